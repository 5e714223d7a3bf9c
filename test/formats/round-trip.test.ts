// Wikibase JSON → model → Wikibase JSON is the identity, for the conformance pack's entities and our fixtures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { REPO, runInProcess } from '../support/run-cli.js';

const PACK = join(REPO, '..', 'shared', 'conformance', 'wikibase-rdf', 'entities');
const FIXTURES = join(REPO, 'fixtures');

const entitiesOf = (ndjson: string): unknown[] => ndjson.split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);

describe('round trip through the model', () => {
  it.skipIf(!existsSync(PACK))('keeps every entity of the conformance pack as it was', async () => {
    for (const file of readdirSync(PACK).sort()) {
      const input = JSON.parse(readFileSync(join(PACK, file), 'utf8')) as unknown;
      const result = await runInProcess(['convert', join(PACK, file), '--to', 'ndjson']);
      expect(result.code, result.stderr).toBe(0);
      expect(entitiesOf(result.stdout), file).toEqual([input]);
    }
  });

  it('keeps every entity of every fixture as it was', async () => {
    const fixtures = readdirSync(FIXTURES).filter((d) => existsSync(join(FIXTURES, d, 'expected.json')));
    expect(fixtures.length).toBeGreaterThan(8);
    for (const fixture of fixtures) {
      const path = join(FIXTURES, fixture, 'expected.json');
      const { entities } = JSON.parse(readFileSync(path, 'utf8')) as { entities: Record<string, unknown> };
      const result = await runInProcess(['convert', path, '--to', 'json']);
      expect(result.code, `${fixture}: ${result.stderr}`).toBe(0);
      expect(JSON.parse(result.stdout), fixture).toEqual({ entities });
    }
  });
});

describe('Wikibase JSON inputs', () => {
  const seed = JSON.parse(readFileSync(join(FIXTURES, 'seeds', 'expected.json'), 'utf8')) as { entities: { Q4295133: object } };
  const entity = seed.entities.Q4295133;
  const other = JSON.parse(readFileSync(join(FIXTURES, 'wikibase-json-non-euro', 'input.json'), 'utf8')) as object[];
  const both = [entity, ...other];
  const dir = mkdtempSync(join(tmpdir(), 'wbimport-json-'));

  it.each([
    ['a lone entity, pretty-printed', JSON.stringify(entity, null, 2), [entity]],
    ['the {"entities": …} envelope', JSON.stringify(seed, null, '\t'), [entity]],
    ['a JSON dump, one entity a line', `[\n${both.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`, both],
    ['a pretty-printed array', JSON.stringify(both, null, 2), both],
    ['NDJSON', both.map((e) => JSON.stringify(e)).join('\n'), both],
  ])('reads %s', async (_, text, expected) => {
    const result = await runInProcess(['convert', '-', '--to', 'ndjson'], text);
    expect(result.code, result.stderr).toBe(0);
    expect(entitiesOf(result.stdout)).toEqual(expected);
  });

  it('reads a gzipped dump as it inflates it', async () => {
    const path = join(dir, 'dump.json.gz');
    writeFileSync(path, gzipSync(`[\n${both.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`));
    const result = await runInProcess(['convert', path, '--to', 'ndjson']);
    expect(result.code, result.stderr).toBe(0);
    expect(entitiesOf(result.stdout)).toEqual(both);
  });

  it('names the file, the entity and the JSON path of an invalid entity, and goes on with the rest', async () => {
    const broken = structuredClone(entity) as { claims: { P837: [{ mainsnak: { datavalue: { value: { amount: string } } } }] } };
    broken.claims.P837[0].mainsnak.datavalue.value.amount = '85.0';
    const path = join(dir, 'dump.json');
    writeFileSync(path, `[\n${JSON.stringify(broken)},\n${other.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
    const result = await runInProcess(['convert', path, '--to', 'ndjson', '--diagnostics', 'json']);
    expect(result.code).toBe(1);
    const diagnostic = JSON.parse(result.stderr.split('\n')[0] ?? '') as { code: string; entity: string; path: string; span: { file: string; line: number } };
    expect(diagnostic).toMatchObject({
      code: 'entity-invalid',
      entity: 'Q4295133',
      path: 'claims.P837[0].mainsnak.datavalue.value.amount',
      span: { file: path, line: 2 },
    });
    expect(entitiesOf(result.stdout)).toEqual(other);
  });
});
