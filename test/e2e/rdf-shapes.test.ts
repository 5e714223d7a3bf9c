// The two RDF shapes: a JSON dump gives dumpRdf.php's (a wikibase:Dump header once, page counts), a lone entity
// Special:EntityData's (licence and version on its data node); --flavor chooses; graph-per-entity formats keep
// each entity's graph whole.
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../support/run-cli.js';

const entity = (id: string) => ({
  type: 'item',
  id,
  labels: { en: { language: 'en', value: `item ${id}` } },
  claims: { P842: [{ mainsnak: { snaktype: 'value', property: 'P842', datavalue: { type: 'string', value: 'X1' } }, type: 'statement', id: `${id}$a`, rank: 'normal' }] },
  sitelinks: { enwiki: { site: 'enwiki', title: `Page ${id}`, badges: [] } },
  lastrevid: 7,
});
const dump = `[\n${JSON.stringify(entity('Q1'))},\n${JSON.stringify(entity('Q2'))}\n]\n`;
const lone = JSON.stringify(entity('Q1'), null, 2);

const HEADER = /^<http:\/\/wikiba\.se\/ontology#Dump> <[^>]*#type> <http:\/\/schema\.org\/Dataset> \.$/gmu;
const LICENCE = /^<[^>]*Special:EntityData\/Q1> <http:\/\/creativecommons\.org\/ns#license> /mu;
const COUNT = (what: string, n: number) => `<https://linkedopendata.eu/wiki/Special:EntityData/Q1> <http://wikiba.se/ontology#${what}> "${n}"^^<http://www.w3.org/2001/XMLSchema#integer> .`;

describe('RDF shapes', () => {
  it('a dump: the header once, page counts, no licence per entity', async () => {
    const result = await runInProcess(['convert', '-', '--to', 'ntriples'], dump);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.match(HEADER)).toHaveLength(1);
    expect(result.stdout).not.toMatch(LICENCE);
    // P842 is an external id in the profile.
    for (const line of [COUNT('statements', 1), COUNT('sitelinks', 1), COUNT('identifiers', 1)]) expect(result.stdout).toContain(line);
    expect(result.stdout).toContain('<https://en.wikipedia.org/wiki/Page_Q1> <http://schema.org/about> <https://linkedopendata.eu/entity/Q1> .');
  });

  it('a dump with --flavor dump, and a lone entity: licence and version per entity, no header, no counts', async () => {
    for (const [input, flags] of [[dump, ['--flavor', 'dump']], [lone, []]] as const) {
      const result = await runInProcess(['convert', '-', '--to', 'ntriples', ...flags], input);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout.match(HEADER)).toBeNull();
      expect(result.stdout).toMatch(LICENCE);
      expect(result.stdout).not.toContain(COUNT('statements', 1));
    }
  });

  it('a lone entity with --flavor full-dump: the header and the counts', async () => {
    const result = await runInProcess(['convert', '-', '--to', 'turtle', '--flavor', 'full-dump'], lone);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.match(/^wikibase:Dump a schema:Dataset, owl:Ontology;$/gmu)).toHaveLength(1);
    expect(result.stdout).toContain('wikibase:statements 1');
  });

  it('N-Quads of a dump: every graph an entity, whole in itself', async () => {
    const result = await runInProcess(['convert', '-', '--to', 'nquads'], dump);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.match(HEADER)).toBeNull();
    expect(result.stdout).toMatch(/^<[^>]*Special:EntityData\/Q1> <http:\/\/creativecommons\.org\/ns#license> .* <[^>]*Special:EntityData\/Q1> \.$/mu);
  });
});
