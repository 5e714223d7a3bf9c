// CONSTRUCT and DESCRIBE answers: each triple once, sorted, blank nodes renamed, written as Turtle or N-Triples.
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { graphResult, graphRdf, prepareQuery, runQuery, type GraphResult } from '../../src/query/index.js';

const DATA = [
  '<http://example.org/b> <http://example.org/p> "2" <http://example.org/g1> .',
  '<http://example.org/a> <http://example.org/p> "1" <http://example.org/g1> .',
  '<http://example.org/a> <http://example.org/p> "1" <http://example.org/g2> .',
  '<http://example.org/a> <http://example.org/q> _:x <http://example.org/g1> .',
  '_:x <http://example.org/p> "blank" <http://example.org/g1> .',
].join('\n');

function construct(): GraphResult {
  const store = new oxigraph.Store();
  store.load(DATA, { format: 'application/n-quads' });
  const result = runQuery(store, prepareQuery('CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }', {}));
  if (result.kind !== 'graph') throw new Error('expected a graph');
  return result;
}

describe('graphResult', () => {
  it('keeps each triple once, in the default graph, sorted with blank nodes renamed b0, b1, …', async () => {
    expect(await graphRdf(construct(), 'N-Triples', {})).toBe(
      [
        '<http://example.org/a> <http://example.org/p> "1" .',
        '<http://example.org/a> <http://example.org/q> _:b0 .',
        '<http://example.org/b> <http://example.org/p> "2" .',
        '_:b0 <http://example.org/p> "blank" .',
        '',
      ].join('\n'),
    );
  });

  it('gives the same text for the same data loaded twice (oxigraph names blank nodes afresh on each load)', async () => {
    expect(await graphRdf(construct(), 'N-Triples', {})).toBe(await graphRdf(construct(), 'N-Triples', {}));
  });

  it('is empty for no quads', () => {
    expect(graphResult([]).triples).toEqual([]);
  });
});

describe('graphRdf', () => {
  it('writes Turtle with only the prefixes it uses', async () => {
    const turtle = await graphRdf(construct(), 'Turtle', { ex: 'http://example.org/', unused: 'http://unused.example/' });
    expect(turtle).toContain('@prefix ex: <http://example.org/>.');
    expect(turtle).not.toContain('unused');
    expect(turtle).toContain('ex:a ex:p "1";');
  });
});
