// Running a query: predeclared prefixes (the query's own win), errors at the user's positions, answers as data.
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { checkQuery, prepareQuery, QueryError, runQuery, type QueryProblem } from '../../src/query/index.js';

const PREFIXES = { ex: 'http://example.org/', wdt: 'http://example.org/direct/' };

function store(): oxigraph.Store {
  const s = new oxigraph.Store();
  s.load('<http://example.org/a> <http://example.org/direct/P1> "1", "2" .\n<http://other.org/a> <http://other.org/P1> "other" .', {
    format: 'text/turtle',
  });
  return s;
}

function problemOf(text: string): QueryProblem {
  try {
    checkQuery(prepareQuery(text, PREFIXES));
  } catch (error) {
    if (error instanceof QueryError) return error.problem;
    throw error;
  }
  throw new Error('expected a query error');
}

describe('prepareQuery', () => {
  it('predeclares the prefixes, and the query’s own declarations win', () => {
    const query = prepareQuery('PREFIX wdt: <http://other.org/>\nSELECT ?o WHERE { ?s wdt:P1 ?o }', PREFIXES);
    expect(query.prefixes['wdt']).toBe('http://other.org/');
    const result = runQuery(store(), query);
    expect(result).toEqual({ kind: 'solutions', vars: ['o'], rows: [{ o: { type: 'literal', value: 'other' } }] });
  });
});

describe('checkQuery', () => {
  it('accepts a query that uses the predeclared prefixes without declaring them', () => {
    expect(() => checkQuery(prepareQuery('SELECT * WHERE { ?s wdt:P1 ?o }', PREFIXES))).not.toThrow();
  });

  it('reports a syntax error at its line and column in the user’s text', () => {
    expect(problemOf('SELECT ?x\nWHERE { ?x ex:p ?y }\nGROUP BY ?q')).toMatchObject({ line: 3, message: 'The SELECT contains a variable that is unbound' });
  });

  it('names an undeclared prefix where it is written', () => {
    expect(problemOf('SELECT * WHERE {\n  ?s zz:p ?o }')).toMatchObject({ line: 2, column: 6, message: expect.stringContaining('unknown prefix "zz:"') });
  });

  it('rejects an update', () => {
    expect(problemOf('INSERT DATA { ex:a ex:b ex:c }')).toMatchObject({ line: 1 });
  });
});

describe('runQuery', () => {
  it('gives SELECT solutions in the query’s order, with every projected variable', () => {
    const result = runQuery(store(), prepareQuery('SELECT ?o ?none WHERE { ex:a wdt:P1 ?o } ORDER BY DESC(?o)', PREFIXES));
    expect(result).toEqual({
      kind: 'solutions',
      vars: ['o', 'none'],
      rows: [{ o: { type: 'literal', value: '2' } }, { o: { type: 'literal', value: '1' } }],
    });
  });

  it('keeps the variables of an answer with no solution', () => {
    expect(runQuery(store(), prepareQuery('SELECT ?a ?b WHERE { ?a ex:nothing ?b }', PREFIXES))).toEqual({ kind: 'solutions', vars: ['a', 'b'], rows: [] });
  });

  it('answers ASK with a boolean', () => {
    expect(runQuery(store(), prepareQuery('ASK { ex:a wdt:P1 "2" }', PREFIXES))).toEqual({ kind: 'boolean', value: true });
    expect(runQuery(store(), prepareQuery('ASK { ex:a wdt:P1 "3" }', PREFIXES))).toEqual({ kind: 'boolean', value: false });
  });

  it('answers CONSTRUCT and DESCRIBE with triples', () => {
    const constructed = runQuery(store(), prepareQuery('CONSTRUCT { ?s ex:q ?o } WHERE { ?s wdt:P1 ?o }', PREFIXES));
    expect(constructed.kind === 'graph' && constructed.triples.map((q) => q.object.value)).toEqual(['1', '2']);
    const described = runQuery(store(), prepareQuery('DESCRIBE ex:a', PREFIXES));
    expect(described.kind === 'graph' && described.triples).toHaveLength(2);
  });

  it('names blank nodes b0, b1, … in order of appearance', () => {
    const s = new oxigraph.Store();
    s.load('_:x <http://example.org/p> _:y .', { format: 'application/n-triples' });
    expect(runQuery(s, prepareQuery('SELECT ?o ?s WHERE { ?s ex:p ?o }', PREFIXES))).toMatchObject({
      rows: [{ o: { type: 'bnode', value: 'b0' }, s: { type: 'bnode', value: 'b1' } }],
    });
  });

  it('reports what oxigraph cannot evaluate as a query error without a position', () => {
    expect(() => runQuery(store(), prepareQuery('SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }', PREFIXES))).toThrow(QueryError);
  });
});
