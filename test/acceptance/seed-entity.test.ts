// The foundation's acceptance: the two real seed pages become one correct entity, in JSON and in RDF.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'n3';
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { ItemSchema, type Item } from '../../src/model/index.js';
import { REPO, runInProcess } from '../support/run-cli.js';

const SEED_ITEM = 'fixtures/seed-item-page/input.txt';
const SEED_PORTAL = 'fixtures/seed-portal-page/input.txt';
const PORTAL_URL = 'https://kohesio.eu/it/progetti/Q4295133';

async function entity(args: string[]): Promise<Item> {
  const result = await runInProcess(['convert', ...args, '--to', 'json']);
  expect(result.code, result.stderr).toBe(0);
  const parsed = JSON.parse(result.stdout) as { entities: Record<string, unknown> };
  return ItemSchema.parse(parsed.entities['Q4295133']);
}

function mainValues(item: Item, property: `P${number}`): unknown[] {
  return (item.claims?.[property] ?? []).map((s) => (s.mainsnak.snaktype === 'value' ? s.mainsnak.datavalue.value : null));
}

describe('seed 000 (a flattened item page)', () => {
  it('is item Q4295133 with the title as English label and no description', async () => {
    const item = await entity([SEED_ITEM]);
    const title = readFileSync(join(REPO, SEED_ITEM), 'utf8').split('\n')[0]?.replace(/ \(Q4295133\)$/, '');
    expect(item.id).toBe('Q4295133');
    expect(item.labels).toEqual({ en: { language: 'en', value: title } });
    expect(item.descriptions).toEqual({});
  });

  it('has every value typed and mapped as the profile says', async () => {
    const item = await entity([SEED_ITEM]);
    const euro = 'https://linkedopendata.eu/entity/Q226';
    expect(mainValues(item, 'P835')).toEqual([{ amount: '+488705.11', unit: euro }]);
    expect(mainValues(item, 'P474')).toEqual([{ amount: '+574947.19', unit: euro }]);
    expect(mainValues(item, 'P837')).toEqual([{ amount: '+85.0', unit: 'https://linkedopendata.eu/entity/Q660' }]);
    const day = (time: string): object => ({
      time,
      timezone: 0,
      before: 0,
      after: 0,
      precision: 11,
      calendarmodel: 'http://www.wikidata.org/entity/Q1985727',
    });
    expect(mainValues(item, 'P20')).toEqual([day('+2018-09-01T00:00:00Z')]);
    expect(mainValues(item, 'P33')).toEqual([day('+2020-09-30T00:00:00Z')]);
    expect(mainValues(item, 'P841')).toEqual(['Scienific Reserch Centre Bistra Ptuj']);
    const [summary] = mainValues(item, 'P836') as { text: string; language: string }[];
    expect(summary?.language).toBe('en');
    expect(summary?.text.startsWith('In the cross-border area, there is a great need')).toBe(true);
    expect(summary?.text.endsWith('increases their effectiveness.')).toBe(true);
    expect(Object.keys(item.claims ?? {})).toEqual(['P835', 'P474', 'P837', 'P20', 'P33', 'P841', 'P836']);
  });

  it('gives every statement a deterministic id of the form Q4295133$<uuid>', async () => {
    const a = await entity([SEED_ITEM]);
    const b = await entity([SEED_ITEM]);
    const ids = Object.values(a.claims ?? {}).flatMap((list) => list.map((s) => s.id));
    expect(ids).toEqual(Object.values(b.claims ?? {}).flatMap((list) => list.map((s) => s.id)));
    for (const id of ids) expect(id).toMatch(/^Q4295133\$[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('seed 003 (a Kohesio portal page) with its address', () => {
  it('adds the Italian summary, verbatim, to the same entity', async () => {
    const item = await entity(['fixtures/seeds/input.ndjson']);
    const italian = readFileSync(join(REPO, SEED_PORTAL), 'utf8');
    const summaries = mainValues(item, 'P836') as { text: string; language: string }[];
    expect(summaries.map((s) => s.language)).toEqual(['en', 'it']);
    expect(summaries[1]?.text).toBe(italian);
  });

  it('is tied to its item by --url for a single file', async () => {
    const item = await entity([SEED_PORTAL, '--url', PORTAL_URL]);
    expect(mainValues(item, 'P836')).toEqual([{ text: readFileSync(join(REPO, SEED_PORTAL), 'utf8'), language: 'it' }]);
  });
});

describe('the seed entity as RDF', () => {
  it('has the truthy amount and a psv: value node with the Euro unit in N-Triples', async () => {
    const result = await runInProcess(['convert', 'fixtures/seeds/input.ndjson', '--to', 'ntriples']);
    expect(result.stdout).toContain(
      '<https://linkedopendata.eu/entity/Q4295133> <https://linkedopendata.eu/prop/direct/P835> "+488705.11"^^<http://www.w3.org/2001/XMLSchema#decimal> .',
    );
    const quads = new Parser({ format: 'N-Triples' }).parse(result.stdout);
    const valueNodes = quads
      .filter((q) => q.predicate.value === 'https://linkedopendata.eu/prop/statement/value/P835')
      .map((q) => q.object.value);
    expect(valueNodes).toHaveLength(1);
    const unit = quads.find((q) => q.subject.value === valueNodes[0] && q.predicate.value === 'http://wikiba.se/ontology#quantityUnit');
    expect(unit?.object.value).toBe('https://linkedopendata.eu/entity/Q226');
  });

  it('writes Turtle that n3 parses and oxigraph loads and answers over', async () => {
    const result = await runInProcess(['convert', 'fixtures/seeds/input.ndjson', '--to', 'turtle']);
    const parsed = new Parser({ format: 'Turtle' }).parse(result.stdout);
    const store = new oxigraph.Store();
    store.load(result.stdout, { format: 'text/turtle' });
    expect(store.size).toBe(parsed.length);
    const rows = store.query(`
      PREFIX wdt: <https://linkedopendata.eu/prop/direct/>
      PREFIX p: <https://linkedopendata.eu/prop/>
      PREFIX psv: <https://linkedopendata.eu/prop/statement/value/>
      PREFIX wikibase: <http://wikiba.se/ontology#>
      SELECT ?amount ?unit ?rate WHERE {
        ?item wdt:P835 ?amount ; wdt:P837 ?rate ; p:P835/psv:P835/wikibase:quantityUnit ?unit .
      }`) as Map<string, { value: string }>[];
    // oxigraph stores xsd:decimal values in canonical form, so "+85.0" comes back as "85".
    expect(rows.map((r) => [r.get('amount')?.value, r.get('unit')?.value, r.get('rate')?.value])).toEqual([
      ['488705.11', 'https://linkedopendata.eu/entity/Q226', '85'],
    ]);
  });

  it('writes every label as rdfs:label, skos:prefLabel and schema:name', async () => {
    const result = await runInProcess(['convert', SEED_ITEM, '--to', 'ntriples']);
    const labelPredicates = new Parser({ format: 'N-Triples' })
      .parse(result.stdout)
      .filter((q) => q.object.termType === 'Literal' && q.object.language === 'en' && q.predicate.value !== 'https://linkedopendata.eu/prop/direct/P836')
      .filter((q) => !q.predicate.value.startsWith('https://linkedopendata.eu/prop/'))
      .map((q) => q.predicate.value)
      .sort();
    expect(labelPredicates).toEqual([
      'http://schema.org/name',
      'http://www.w3.org/2000/01/rdf-schema#label',
      'http://www.w3.org/2004/02/skos/core#prefLabel',
    ]);
  });
});
