import { describe, expect, it } from 'vitest';
import { countQuery, countRequest, parseCounts } from '../../src/load/index.js';

const row = (g: string, n: string, type = 'typed-literal'): object => ({
  g: { type: 'uri', value: g },
  n: { type, datatype: 'http://www.w3.org/2001/XMLSchema#integer', value: n },
});

describe('parseCounts', () => {
  it('reads counts typed the SPARQL 1.0 way (Virtuoso) or 1.1 way; a graph with no triples is absent and counts 0', () => {
    const text = JSON.stringify({ head: { vars: ['g', 'n'] }, results: { bindings: [row('http://g/1', '157'), row('http://g/2', '3', 'literal')] } });
    expect([...parseCounts(text, null)]).toEqual([
      ['http://g/1', 157],
      ['http://g/2', 3],
    ]);
  });

  it('refuses an answer cut short by Virtuoso (X-SPARQL-MaxRows)', () => {
    expect(() => parseCounts(JSON.stringify({ results: { bindings: [] } }), '10000')).toThrow(/cut its answer short at 10000 rows/u);
  });

  it.each([
    ['not SPARQL JSON', JSON.stringify({ boolean: true })],
    ['a count that is not a number', JSON.stringify({ results: { bindings: [row('http://g/1', 'many')] } })],
  ])('refuses %s', (_, text) => {
    expect(() => parseCounts(text, null)).toThrow();
  });
});

describe('countRequest', () => {
  it('asks for JSON results, graphs named in VALUES', () => {
    expect(countQuery(['http://g/1', 'http://g/2'])).toBe(
      'SELECT ?g (COUNT(*) AS ?n) WHERE { VALUES ?g { <http://g/1> <http://g/2> } GRAPH ?g { ?s ?p ?o } } GROUP BY ?g',
    );
    const request = countRequest(new URL('http://h/sparql'), ['http://g/1']);
    expect(request.accept).toBe('application/sparql-results+json');
    expect(new URLSearchParams(request.body).get('query')).toContain('<http://g/1>');
  });
});
