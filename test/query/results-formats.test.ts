// SELECT and ASK answers in SPARQL 1.1 Query Results JSON, CSV and TSV: the W3C examples to the byte, and the same
// text as oxigraph's own writers for every kind of term.
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import {
  booleanCsv,
  booleanJson,
  booleanTsv,
  prepareQuery,
  runQuery,
  solutionsCsv,
  solutionsJson,
  solutionsTsv,
  type Solutions,
} from '../../src/query/index.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const x = { type: 'uri', value: 'http://example/x' } as const;
const str = (value: string) => ({ type: 'literal', value }) as const;

/** The example of SPARQL 1.1 Query Results CSV and TSV Formats, §1.1 (blank nodes named as in its TSV example). */
const W3C_EXAMPLE: Solutions = {
  kind: 'solutions',
  vars: ['x', 'literal'],
  rows: [
    { x, literal: str('String') },
    { x, literal: str('String-with-dquote"') },
    { x: { type: 'bnode', value: 'blank0' }, literal: str('Blank node') },
    { literal: str("Missing 'x'") },
    {},
    { x },
    { x: { type: 'bnode', value: 'blank1' }, literal: { type: 'literal', value: 'String-with-lang', 'xml:lang': 'en' } },
    { x: { type: 'bnode', value: 'blank1' }, literal: { type: 'literal', value: '123', datatype: `${XSD}integer` } },
  ],
};

describe('CSV', () => {
  it('writes the W3C example as §3.3 shows it, with CRLF line ends', () => {
    const expected = [
      'x,literal',
      'http://example/x,String',
      'http://example/x,"String-with-dquote"""',
      '_:blank0,Blank node',
      ",Missing 'x'",
      ',',
      'http://example/x,',
      '_:blank1,String-with-lang',
      '_:blank1,123',
    ];
    expect(solutionsCsv(W3C_EXAMPLE)).toBe(`${expected.join('\r\n')}\r\n`);
  });

  it.each([
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['tab\tstays', 'tab\tstays'],
    ['', ''],
  ])('quotes %j as RFC 4180 says', (value, field) => {
    expect(solutionsCsv({ kind: 'solutions', vars: ['v'], rows: [{ v: str(value) }] })).toBe(`v\r\n${field}\r\n`);
  });

  it('writes a header even with no solution', () => {
    expect(solutionsCsv({ kind: 'solutions', vars: ['a', 'b'], rows: [] })).toBe('a,b\r\n');
  });

  it('answers ASK with the boolean alone', () => {
    expect(booleanCsv({ kind: 'boolean', value: true })).toBe('true\r\n');
    expect(booleanCsv({ kind: 'boolean', value: false })).toBe('false\r\n');
  });
});

describe('TSV', () => {
  it('writes the W3C example as §4.3 shows it, with LF line ends', () => {
    const expected = [
      '?x\t?literal',
      '<http://example/x>\t"String"',
      '<http://example/x>\t"String-with-dquote\\""',
      '_:blank0\t"Blank node"',
      "\t\"Missing 'x'\"",
      '\t',
      '<http://example/x>\t',
      '_:blank1\t"String-with-lang"@en',
      '_:blank1\t123',
    ];
    expect(solutionsTsv(W3C_EXAMPLE)).toBe(`${expected.join('\n')}\n`);
  });

  it.each([
    [{ type: 'literal', value: 'a\tb\nc\rd\\e"f' }, '"a\\tb\\nc\\rd\\\\e\\"f"'],
    [{ type: 'literal', value: '488705.11', datatype: `${XSD}decimal` }, '488705.11'],
    [{ type: 'literal', value: '85', datatype: `${XSD}decimal` }, `"85"^^<${XSD}decimal>`],
    [{ type: 'literal', value: '-12', datatype: `${XSD}integer` }, '-12'],
    [{ type: 'literal', value: '1.5E3', datatype: `${XSD}double` }, '1.5E3'],
    [{ type: 'literal', value: '1500', datatype: `${XSD}double` }, `"1500"^^<${XSD}double>`],
    [{ type: 'literal', value: 'true', datatype: `${XSD}boolean` }, 'true'],
    [{ type: 'literal', value: '2018-09-01T00:00:00Z', datatype: `${XSD}dateTime` }, `"2018-09-01T00:00:00Z"^^<${XSD}dateTime>`],
    [{ type: 'literal', value: 'x', datatype: `${XSD}string` }, '"x"'],
  ] as const)('writes %j as %s', (term, text) => {
    expect(solutionsTsv({ kind: 'solutions', vars: ['v'], rows: [{ v: term }] })).toBe(`?v\n${text}\n`);
  });

  it('answers ASK with the boolean alone', () => {
    expect(booleanTsv({ kind: 'boolean', value: false })).toBe('false\n');
  });
});

describe('JSON', () => {
  it('writes head.vars and one binding a line, unbound variables left out', () => {
    const text = solutionsJson(W3C_EXAMPLE);
    expect(text.split('\n')).toHaveLength(W3C_EXAMPLE.rows.length + 3);
    const parsed = JSON.parse(text) as { head: { vars: string[] }; results: { bindings: object[] } };
    expect(parsed.head.vars).toEqual(['x', 'literal']);
    expect(parsed.results.bindings[3]).toEqual({ literal: { type: 'literal', value: "Missing 'x'" } });
    expect(parsed.results.bindings[4]).toEqual({});
    expect(parsed.results.bindings[6]).toEqual({
      x: { type: 'bnode', value: 'blank1' },
      literal: { type: 'literal', value: 'String-with-lang', 'xml:lang': 'en' },
    });
    expect(parsed.results.bindings[7]).toEqual({
      x: { type: 'bnode', value: 'blank1' },
      literal: { type: 'literal', value: '123', datatype: `${XSD}integer` },
    });
  });

  it('leaves the datatype out of xsd:string literals', () => {
    const text = solutionsJson({ kind: 'solutions', vars: ['v'], rows: [{ v: { type: 'literal', value: 'a', datatype: `${XSD}string` } }] });
    expect(JSON.parse(text)).toEqual({ head: { vars: ['v'] }, results: { bindings: [{ v: { type: 'literal', value: 'a' } }] } });
  });

  it('keeps the variables of an empty answer', () => {
    expect(solutionsJson({ kind: 'solutions', vars: ['a'], rows: [] })).toBe('{"head":{"vars":["a"]},"results":{"bindings":[]}}\n');
  });

  it('answers ASK as §3.2.2 says', () => {
    expect(booleanJson({ kind: 'boolean', value: true })).toBe('{"head":{},"boolean":true}\n');
  });
});

describe('agreement with oxigraph’s own result writers', () => {
  const store = new oxigraph.Store();
  store.load(
    [
      '@prefix ex: <http://example.org/> .',
      '@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .',
      'ex:a ex:v "plain", "with, comma", "with \\"quote\\"", "tab\\tnew\\nline\\rcr", "back\\\\slash", "lang"@sl,',
      '  42, 4.20, "+85.0"^^xsd:decimal, 1.5e3, "1500"^^xsd:double, true, "2018-09-01"^^xsd:date,',
      '  "2018-09-01T00:00:00Z"^^xsd:dateTime, "x"^^ex:custom, ex:iri, "čćž 😀" .',
    ].join('\n'),
    { format: 'text/turtle' },
  );
  const text = 'SELECT ?v ?unbound WHERE { ?s ?p ?v OPTIONAL { ?s ?p ?unbound FILTER(false) } } ORDER BY STR(?v)';
  const ours = runQuery(store, prepareQuery(text, {}));

  it.each([
    ['csv', solutionsCsv],
    ['tsv', solutionsTsv],
  ] as const)('writes %s as oxigraph does', (format, write) => {
    if (ours.kind !== 'solutions') throw new Error('expected solutions');
    expect(write(ours)).toBe(store.query(text, { results_format: format }));
  });

  it('writes JSON that parses to what oxigraph writes', () => {
    if (ours.kind !== 'solutions') throw new Error('expected solutions');
    expect(JSON.parse(solutionsJson(ours))).toEqual(JSON.parse(store.query(text, { results_format: 'json' }) as string));
  });
});
