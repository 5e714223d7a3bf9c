// The JSON and RDF emitters agree: each fixture's truthy triples are exactly the best-rank statements of its JSON.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import type { Item, Statement } from '../../src/model/index.js';
import { REPO } from '../support/run-cli.js';

const FIXTURES = join(REPO, 'fixtures');
const DIRECT = 'https://linkedopendata.eu/prop/direct/';
const fixtures = readdirSync(FIXTURES).filter((d) => existsSync(join(FIXTURES, d, 'expected.nt'))).sort();

const RANK = { preferred: 2, normal: 1, deprecated: 0 } as const;

/** The simple value of a main snak, written here independently of the emitters, as a comparable key. */
function expectedObject(s: Statement): string {
  const snak = s.mainsnak;
  if (snak.snaktype !== 'value') return `${snak.snaktype}`;
  const dv = snak.datavalue;
  switch (dv.type) {
    case 'quantity':
      return `"${dv.value.amount}"^^decimal`;
    case 'time': {
      // Positive Gregorian years are all the fixtures hold: coarse precisions start on the 1st.
      const [y, m, d] = dv.value.time.slice(1, 11).split('-');
      const month = dv.value.precision >= 10 ? m : '01';
      const day = dv.value.precision >= 11 ? d : '01';
      return `"${y}-${month}-${day}${dv.value.time.slice(11)}"^^dateTime`;
    }
    case 'monolingualtext':
      return `"${dv.value.text}"@${dv.value.language}`;
    case 'string':
      return snak.datatype === 'url' ? `<${dv.value}>` : `"${dv.value}"`;
    case 'globecoordinate':
      return `"Point(${dv.value.longitude} ${dv.value.latitude})"^^wktLiteral`;
    case 'wikibase-entityid':
      return `<https://linkedopendata.eu/entity/${dv.value.id ?? `Q${dv.value['numeric-id']}`}>`;
  }
}

describe.each(fixtures)('fixture %s', (name) => {
  it('has as truthy triples exactly its best-rank statements', () => {
    const { entities } = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as { entities: Record<string, Item> };
    const expected: string[] = [];
    for (const [id, item] of Object.entries(entities)) {
      for (const [p, statements] of Object.entries(item.claims ?? {})) {
        const top = Math.max(...statements.map((s) => RANK[s.rank]));
        for (const s of statements) if (top > 0 && RANK[s.rank] === top) expected.push(`${id} ${p} ${expectedObject(s)}`);
      }
    }
    const actual = new Parser({ format: 'N-Triples' })
      .parse(readFileSync(join(FIXTURES, name, 'expected.nt'), 'utf8'))
      .filter((q) => q.predicate.value.startsWith(DIRECT))
      .map((q) => {
        const o = q.object;
        const object =
          o.termType === 'Literal'
            ? `"${o.value}"${o.language !== '' ? `@${o.language}` : o.datatype.value.endsWith('#string') ? '' : `^^${o.datatype.value.replace(/^.*[#/]/u, '')}`}`
            : `<${o.value}>`;
        return `${q.subject.value.replace(/^.*\//u, '')} ${q.predicate.value.slice(DIRECT.length)} ${object}`;
      });
    expect(actual.sort()).toEqual(expected.sort());
  });
});
