// The predeclared prefixes: Wikibase's, derived from the profile's URI bases; the one-line prologue; compact IRIs.
import { describe, expect, it } from 'vitest';
import { compactIri, prefixLine, wikibasePrefixes } from '../../src/query/index.js';

const EU = wikibasePrefixes('https://linkedopendata.eu/entity/', 'https://linkedopendata.eu/wiki/Special:EntityData/');

describe('wikibasePrefixes', () => {
  it.each([
    ['wd', 'https://linkedopendata.eu/entity/'],
    ['wdt', 'https://linkedopendata.eu/prop/direct/'],
    ['p', 'https://linkedopendata.eu/prop/'],
    ['ps', 'https://linkedopendata.eu/prop/statement/'],
    ['psv', 'https://linkedopendata.eu/prop/statement/value/'],
    ['pq', 'https://linkedopendata.eu/prop/qualifier/'],
    ['wds', 'https://linkedopendata.eu/entity/statement/'],
    ['wdv', 'https://linkedopendata.eu/value/'],
    ['wdref', 'https://linkedopendata.eu/reference/'],
    ['wdata', 'https://linkedopendata.eu/wiki/Special:EntityData/'],
    ['wikibase', 'http://wikiba.se/ontology#'],
    ['rdf', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
    ['rdfs', 'http://www.w3.org/2000/01/rdf-schema#'],
    ['xsd', 'http://www.w3.org/2001/XMLSchema#'],
    ['schema', 'http://schema.org/'],
  ])('declares %s: as %s for the EU Knowledge Graph', (name, namespace) => {
    expect(EU[name]).toBe(namespace);
  });

  it('follows another Wikibase’s concept URI base', () => {
    expect(wikibasePrefixes('http://example.org/entity/', 'http://example.org/data/')['wdt']).toBe('http://example.org/prop/direct/');
  });
});

describe('prefixLine', () => {
  it('puts every declaration on one line, so the query below moves down by exactly one line', () => {
    const line = prefixLine(EU);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(line).toContain('PREFIX wdt: <https://linkedopendata.eu/prop/direct/>');
  });
});

describe('compactIri', () => {
  it.each([
    ['https://linkedopendata.eu/entity/Q4295133', 'wd:Q4295133'],
    ['https://linkedopendata.eu/prop/direct/P835', 'wdt:P835'],
    ['https://linkedopendata.eu/prop/statement/value/P835', 'psv:P835'],
    ['https://linkedopendata.eu/entity/statement/Q1-113506bc-d83f', 'wds:Q1-113506bc-d83f'],
    ['http://www.w3.org/2001/XMLSchema#decimal', 'xsd:decimal'],
    ['https://linkedopendata.eu/entity/', 'wd:'],
  ])('writes %s as %s (the longest namespace)', (iri, compact) => {
    expect(compactIri(iri, EU)).toBe(compact);
  });

  it.each(['https://example.org/x', 'https://linkedopendata.eu/entity/a/b', 'https://linkedopendata.eu/entity/Q1.', 'https://linkedopendata.eu/entity/a?b'])(
    'leaves %s whole (no namespace, or a local name that would need escapes)',
    (iri) => {
      expect(compactIri(iri, EU)).toBeNull();
    },
  );
});
