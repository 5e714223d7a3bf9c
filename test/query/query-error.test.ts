// Query errors for people: oxigraph's position moved back to the user's text, its alternatives made readable,
// undeclared prefixes named, the query line shown with a caret.
import { describe, expect, it } from 'vitest';
import { formatQueryProblem, queryProblem, readableExpectation, undeclaredPrefix } from '../../src/query/index.js';
import { caretExcerpt, lineOf } from '../../src/query/source-excerpt.js';

describe('queryProblem', () => {
  it('moves the position up by the lines put before the query', () => {
    expect(queryProblem('error at 3:12: expected OPTIONAL', 1)).toEqual({ message: 'expected OPTIONAL', line: 2, column: 12 });
  });

  it('keeps a message without a position (an evaluation error) as it is', () => {
    expect(queryProblem('The service <http://x/> is not supported', 1)).toEqual({ message: 'The service <http://x/> is not supported' });
  });

  it('drops a position inside the predeclared prefixes', () => {
    expect(queryProblem('error at 1:5: expected OPTIONAL', 1)).toEqual({ message: 'expected OPTIONAL' });
  });
});

describe('readableExpectation', () => {
  it('keeps tokens and keywords, drops character classes', () => {
    const raw = `expected one of "$", "(", ":", ['A' ..= 'Z' | 'a' ..= 'z' | '\\u{00C0}'..='\\u{00D6}'\n| '\\u{00F8}'..='\\u{02FF}'], [_]`;
    expect(readableExpectation(raw)).toBe('unexpected input: expected "$", "(", ":"');
  });

  it('gives the parser’s own sentence alone', () => {
    expect(readableExpectation('expected one of "$", IF, The SELECT contains a variable that is unbound, [_]')).toBe(
      'The SELECT contains a variable that is unbound',
    );
  });

  it('cuts long lists', () => {
    const many = `expected one of ${Array.from({ length: 20 }, (_, i) => `K${i}`).join(', ')}`;
    expect(readableExpectation(many)).toBe('unexpected input: expected K0, K1, K2, K3, K4, K5, K6, K7, K8, K9, K10, K11, …');
  });

  it('passes a single expectation through', () => {
    expect(readableExpectation('expected OPTIONAL')).toBe('expected OPTIONAL');
  });
});

describe('undeclaredPrefix', () => {
  const declared = new Set(['wdt', 'rdfs', '']);

  it('finds the first prefixed name whose prefix nobody declared, with its position', () => {
    expect(undeclaredPrefix('SELECT ?x WHERE {\n  ?x wdt:P835 ?y ;\n     zz:foo ?z }', declared)).toMatchObject({ line: 3, column: 6, length: 3 });
  });

  it.each([
    'SELECT * { ?s <http://example.org/a:b> ?o }',
    'SELECT * { ?s rdfs:label "zz:not a name" }',
    "SELECT * { ?s rdfs:label '''zz:\nnot''' }",
    'SELECT * { ?s wdt:P1 ?o } # zz:comment',
    'SELECT * { _:b0 wdt:P1 ?o . ?s :local ?o }',
    'SELECT * { ?s rdfs:label "x"@en-GB }',
  ])('sees nothing undeclared in %j', (query) => {
    expect(undeclaredPrefix(query, declared)).toBeNull();
  });

  it('counts columns in characters, not UTF-16 units', () => {
    expect(undeclaredPrefix('SELECT * { ?s rdfs:label "😀" ; zz:x ?o }', declared)).toMatchObject({ line: 1, column: 32 });
  });
});

describe('formatQueryProblem', () => {
  it('names the source, line and column and draws the line with a caret', () => {
    const query = 'SELECT ?x\nWHERE { ?x zz:foo ?y }';
    expect(formatQueryProblem({ message: 'unknown prefix "zz:"', line: 2, column: 12, length: 3 }, query, 'query')).toBe(
      'query:2:12: error query-invalid: unknown prefix "zz:"\n  | WHERE { ?x zz:foo ?y }\n  |            ^^^',
    );
  });

  it('writes an error without a position on one line', () => {
    expect(formatQueryProblem({ message: 'The service <http://x/> is not supported' }, 'SELECT …', 'q.rq')).toBe(
      'q.rq: error query-invalid: The service <http://x/> is not supported',
    );
  });
});

describe('source excerpts', () => {
  it('puts the caret past the end of a line for an error at the end of the query', () => {
    expect(caretExcerpt('FILTER(?y > )', 14)).toBe('  | FILTER(?y > )\n  |              ^');
  });

  it('cuts a long line around the column', () => {
    const excerpt = caretExcerpt(`${'a'.repeat(200)}X${'b'.repeat(200)}`, 201);
    const [text, caret] = excerpt.split('\n');
    expect(text?.startsWith('  | …')).toBe(true);
    expect(text?.endsWith('…')).toBe(true);
    expect(text?.indexOf('X')).toBe(caret?.indexOf('^'));
  });

  it('finds a line in LF and CRLF text', () => {
    expect(lineOf('a\r\nb\r\nc', 2)).toBe('b');
    expect(lineOf('a\nb', 3)).toBeUndefined();
  });
});
