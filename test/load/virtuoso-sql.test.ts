// Virtuoso's SQL over HTTP: the SELECT that calls SQL, its escaping, and reading its answer.
import { describe, expect, it } from 'vitest';
import { execExpression, sparqlString, sqlCallQuery, sqlCallRequest, sqlCallValues, sqlString } from '../../src/load/index.js';

describe('Virtuoso SQL calls over SPARQL', () => {
  it('escapes strings for SPARQL and for SQL, and refuses line breaks', () => {
    expect(sparqlString('/data/a "b"\\c.nq')).toBe('"/data/a \\"b\\"\\\\c.nq"');
    expect(sqlString("it's")).toBe("'it''s'");
    expect(execExpression("delete from T where x = 'a'")).toBe(`bif:exec("delete from T where x = 'a'")`);
    expect(execExpression('delete from T where G = iri_to_id(?, 0)', 'urn:a"b')).toBe('bif:exec("delete from T where G = iri_to_id(?, 0)", 0, 0, bif:vector("urn:a\\"b"))');
    expect(() => sparqlString('a\nb')).toThrow(/line break/u);
  });

  it('evaluates each expression once, as ?r0, ?r1, … in a form POST asking for JSON results', () => {
    expect(sqlCallQuery(['sql:rdf_loader_run()', 'bif:server_root()'])).toBe('SELECT (sql:rdf_loader_run() AS ?r0) (bif:server_root() AS ?r1) WHERE {}');
    const request = sqlCallRequest(new URL('http://127.0.0.1:8890/sparql-auth'), ['bif:server_root()']);
    expect(request).toMatchObject({ method: 'POST', contentType: 'application/x-www-form-urlencoded', accept: 'application/sparql-results+json' });
    expect(new URLSearchParams(request.body).get('query')).toBe('SELECT (bif:server_root() AS ?r0) WHERE {}');
  });

  it('reads the values, undefined for SQL NULL, and refuses anything but SPARQL JSON results', () => {
    const answer = JSON.stringify({ head: { vars: ['r0', 'r1'] }, results: { bindings: [{ r0: { type: 'literal', value: './data' } }] } });
    expect(sqlCallValues(answer, 2)).toEqual(['./data', undefined]);
    expect(() => sqlCallValues('<html>', 1)).toThrow(/other than JSON/u);
    expect(() => sqlCallValues('{"results": {"bindings": []}}', 1)).toThrow(/SPARQL JSON results/u);
  });
});
