// A real Wikibase's JSON dump and its own dumpRdf.php output (../shared/conformance/wikibase-dump): every entity
// converted by the built CLI gives exactly Wikibase's triples (blank nodes masked; redirects and the per-entity
// dateModified, which the JSON dump cannot tell, left out), whatever the number of worker threads.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareGraphs, entityGraphs } from '../../scripts/conformance/entity-graphs.js';
import { oraclePath } from '../support/oracle.js';
import { runBuilt } from '../support/run-cli.js';

const PACK = oraclePath('conformance/wikibase-dump');

describe.skipIf(PACK === undefined)('the wikibase-dump pack', () => {
  const dir = PACK ?? '';
  const settings = () => JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')) as { conceptUriBase: string; dataUriBase: string };
  const args = (): string[] => {
    const s = settings();
    return [join(dir, 'dump.json'), '--concept-uri', s.conceptUriBase, '--data-uri', s.dataUriBase, '--datatypes', join(dir, 'datatypes.json')];
  };
  const ids = (): string[] =>
    readFileSync(join(dir, 'dump.json'), 'utf8')
      .split('\n')
      .map((l) => l.trim().replace(/,$/u, ''))
      .filter((l) => l.startsWith('{'))
      .map((l) => (JSON.parse(l) as { id: string }).id);

  it('gives every entity exactly as Wikibase dumps it', async () => {
    const result = await runBuilt(['convert', ...args(), '--to', 'ntriples']);
    expect(result.code, result.stderr).toBe(0);
    const list = ids();
    expect(list.some((id) => id.startsWith('P')) && list.some((id) => id.startsWith('Q'))).toBe(true);
    const expected = entityGraphs(readFileSync(join(dir, 'expected.nt'), 'utf8'), list, settings());
    const actual = entityGraphs(result.stdout, list, settings());
    const differing = list
      .map((id) => ({ id, ...compareGraphs(expected.get(id) ?? new Set(), actual.get(id) ?? new Set()) }))
      .filter((d) => d.missing.length + d.extra.length > 0);
    expect(differing.slice(0, 3)).toEqual([]);
    // The header once, before the entities.
    expect(result.stdout.match(/^<http:\/\/wikiba\.se\/ontology#Dump> <[^>]*#type> <http:\/\/schema\.org\/Dataset> \.$/gmu)).toHaveLength(1);
  }, 60_000);

  it('gives every entity, properties included, back as the same Wikibase JSON', async () => {
    const lines = readFileSync(join(dir, 'dump.json'), 'utf8').split('\n').map((l) => l.trim().replace(/,$/u, '')).filter((l) => l.startsWith('{'));
    const result = await runBuilt(['convert', join(dir, 'dump.json'), '--to', 'ndjson']);
    expect(result.code, result.stderr).toBe(0);
    const out = result.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
    expect(out).toEqual(lines.map((l) => JSON.parse(l) as unknown));
  }, 60_000);

  it('can be queried: Wikibase\'s language tags (@zh-classical) load into the local store', async () => {
    const query = 'SELECT ?l WHERE { ?s rdfs:label ?l FILTER(lang(?l) = "zh-classical") } LIMIT 1';
    const result = await runBuilt(['query', query, ...args()]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('@zh-classical');
  }, 60_000);

  it('writes the same bytes at any --jobs (the header once), on enough entities for worker threads to start', async () => {
    // The pack's entities three times over, under other ids, so that the worker threads start.
    const lines = readFileSync(join(dir, 'dump.json'), 'utf8').split('\n').map((l) => l.trim().replace(/,$/u, '')).filter((l) => l.startsWith('{'));
    const copies = [0, 1, 2].flatMap((k) =>
      lines.map((l) => {
        const entity = JSON.parse(l) as { id: string };
        return JSON.stringify({ ...entity, id: `${entity.id.charAt(0)}${Number(entity.id.slice(1)) + k * 100_000}` });
      }),
    );
    const file = join(mkdtempSync(join(tmpdir(), 'wbimport-dump-')), 'dump.json');
    writeFileSync(file, `[\n${copies.join(',\n')}\n]\n`);
    const [, ...rest] = args();
    const one = await runBuilt(['convert', file, ...rest, '--to', 'turtle', '--jobs', '1']);
    const two = await runBuilt(['convert', file, ...rest, '--to', 'turtle', '--jobs', '2']);
    expect(one.stdout.match(/^wikibase:Dump a schema:Dataset/gmu)).toHaveLength(1);
    expect(one.code, one.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  }, 60_000);

  it('reads the site table from the pack: the same article nodes as the built-in Wikimedia table', async () => {
    const withSites = await runBuilt(['convert', ...args(), '--to', 'ntriples', '--sites', join(dir, 'settings.json')]);
    const without = await runBuilt(['convert', ...args(), '--to', 'ntriples']);
    expect(withSites.code, withSites.stderr).toBe(0);
    expect(withSites.stdout).toBe(without.stdout);
  }, 60_000);
});
