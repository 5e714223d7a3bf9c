// wbimport profile's core: a profile from Wikibase JSON (wbgetentities, dumps) or SPARQL results (JSON, CSV, TSV).
import { describe, expect, it } from 'vitest';
import {
  datatypeName,
  generateProfile,
  readSparqlCsv,
  readSparqlJson,
  readWikibaseEntities,
  type EntityFacts,
  type GenerateProblem,
} from '../../src/profile/generate.js';
import { propertyLabelTable } from '../../src/parse/index.js';
import { parseProfile } from '../../src/profile/index.js';

const OPTIONS = { name: 'test-wiki', title: 'Test wiki', conceptUriBase: 'https://wiki.example/entity/' };

const property = (id: string, datatype: string, labels: Record<string, string>): Record<string, unknown> => ({
  type: 'property',
  id,
  datatype,
  labels: Object.fromEntries(Object.entries(labels).map(([language, value]) => [language, { language, value }])),
});

describe('reading what a Wikibase says of its properties', () => {
  it('reads a wbgetentities answer, an array, and a dump of one entity per line', () => {
    const p31 = property('P31', 'wikibase-item', { en: 'instance of', de: 'ist ein(e)' });
    const q = { type: 'item', id: 'Q11573', labels: { en: { language: 'en', value: 'metre' } } };
    const problems: GenerateProblem[] = [];
    const shapes = [JSON.stringify({ entities: { P31: p31, Q11573: q } }), JSON.stringify([p31, q]), `[\n${JSON.stringify(p31)},\n${JSON.stringify(q)}\n]\n`];
    for (const text of shapes) {
      expect(readWikibaseEntities(text, 'in.json', problems)).toEqual([
        { id: 'P31', datatype: 'wikibase-item', labels: { en: 'instance of', de: 'ist ein(e)' } },
        { id: 'Q11573', labels: { en: 'metre' } },
      ]);
    }
    expect(problems).toEqual([]);
  });

  it('reports records it cannot read, by file and line, and goes on', () => {
    const problems: GenerateProblem[] = [];
    const facts = readWikibaseEntities(`[\n{"id": "P1", "datatype": "string", "labels": {}},\n{oops\n{"id": "L5"}\n]`, 'dump.json', problems);
    expect(facts.map((f) => f.id)).toEqual(['P1']);
    expect(problems.map((p) => p.source)).toEqual(['dump.json:3', 'dump.json:4']);
  });

  it('reads a SPARQL JSON result with language-tagged labels and ontology datatypes', () => {
    const result = {
      head: { vars: ['property', 'propertyLabel', 'type'] },
      results: {
        bindings: [
          { property: { type: 'uri', value: 'https://wiki.example/entity/P2' }, propertyLabel: { type: 'literal', value: 'budget', 'xml:lang': 'en' }, type: { type: 'uri', value: 'http://wikiba.se/ontology#Quantity' } },
          { property: { type: 'uri', value: 'https://wiki.example/entity/P2' }, propertyLabel: { type: 'literal', value: 'Budget', 'xml:lang': 'de' }, type: { type: 'uri', value: 'http://wikiba.se/ontology#Quantity' } },
        ],
      },
    };
    expect(readSparqlJson(JSON.stringify(result), 'r.json', 'en', [])).toEqual([{ id: 'P2', datatype: 'http://wikiba.se/ontology#Quantity', labels: { en: 'budget', de: 'Budget' } }]);
    expect(readSparqlJson('{"entities": {}}', 'r.json', 'en', [])).toBeNull();
  });

  it('reads SPARQL CSV (untagged labels in the language given) and TSV (tagged terms)', () => {
    const csv = 'property,propertyLabel,datatype\nhttps://wiki.example/entity/P3,"start time, planned",http://wikiba.se/ontology#Time\n';
    expect(readSparqlCsv(csv, 'r.csv', 'fr', [])).toEqual([{ id: 'P3', datatype: 'http://wikiba.se/ontology#Time', labels: { fr: 'start time, planned' } }]);
    const tsv = '?property\t?propertyLabel\t?datatype\n<https://wiki.example/entity/P4>\t"code postal"@fr\t<http://wikiba.se/ontology#String>\n';
    expect(readSparqlCsv(tsv, 'r.tsv', 'en', [])).toEqual([{ id: 'P4', datatype: 'http://wikiba.se/ontology#String', labels: { fr: 'code postal' } }]);
  });

  it.each([
    ['wikibase-item', 'wikibase-item'],
    ['WikibaseItem', 'wikibase-item'],
    ['http://wikiba.se/ontology#ExternalId', 'external-id'],
    ['wikibase:Monolingualtext', 'monolingualtext'],
    ['http://wikiba.se/ontology#WikibaseLexeme', undefined],
  ])('datatypeName(%s) = %s', (text, expected) => {
    expect(datatypeName(text)).toBe(expected);
  });
});

describe('generateProfile', () => {
  const facts: EntityFacts[] = [
    { id: 'P10', datatype: 'time', labels: { en: 'point in time', de: 'Zeitpunkt' } },
    { id: 'P2', datatype: 'http://wikiba.se/ontology#Quantity', labels: { en: 'budget' } },
    { id: 'P7', datatype: 'string', labels: { en: 'project id' } },
    { id: 'P8', datatype: 'external-id', labels: { en: 'project id' } },
    { id: 'P9', datatype: 'local-media', labels: { en: 'local file' } },
    { id: 'Q11573', labels: { en: 'metre', de: 'Meter' } },
  ];

  it('writes a valid profile: properties, a label table per language, units; shared labels map to all, unknown datatypes left out', () => {
    const problems: GenerateProblem[] = [];
    const profile = parseProfile(generateProfile(facts, OPTIONS, problems));
    expect(profile.properties).toEqual({
      P2: { label: 'budget', datatype: 'quantity', multiple: true },
      P7: { label: 'project id', datatype: 'string', multiple: true },
      P8: { label: 'project id', datatype: 'external-id', multiple: true },
      P10: { label: 'point in time', datatype: 'time', multiple: true },
    });
    expect(profile.propertyLabels).toEqual({ en: { budget: 'P2', 'project id': ['P7', 'P8'], 'point in time': 'P10' }, de: { Zeitpunkt: 'P10' } });
    expect(profile.units).toEqual([{ item: 'Q11573', labels: { en: ['metre'], de: ['Meter'] } }]);
    expect(profile.wikibase.dataUriBase).toBe('https://wiki.example/wiki/Special:EntityData/');
    expect(problems.map((p) => [p.source, p.severity])).toEqual([
      ['P8', 'warning'],
      ['P9', 'warning'],
    ]);
    const labels = propertyLabelTable(profile);
    expect([labels.lookup('Zeitpunkt', 'de'), labels.lookup('point in time Englisch', 'de'), labels.lookup('project id', 'en')]).toEqual(['P10', 'P10', ['P7', 'P8']]);
  });
});
