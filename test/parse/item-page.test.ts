// parseItemPage: title, description, terms table, statements and their qualifier lines, and every structural diagnostic.
import { describe, expect, it } from 'vitest';
import { ENGLISH, parseItemPage, TITLE_LINE } from '../../src/parse/index.js';
import { lines, pageSource } from '../support/builders.js';

const parse = (text: string, options: Parameters<typeof pageSource>[1] = {}) =>
  parseItemPage(pageSource(text, options), ENGLISH);

const codes = (text: string): string[] => parse(text).diagnostics.map((d) => d.code);

const SEED = lines(
  'Socialna aktivacija (Q4295133)',
  'Jump to navigation',
  'Jump to search',
  'No description defined',
  'Language | Label | Description | Also known as |',
  '---|---|---|---|',
  'English | Socialna aktivacija |',
  'No description defined |',
  'Statements',
  '488,705.11 Euro',
  '0 references',
  '85.0 percent',
  '0 references',
  'Scienific Reserch Centre Bistra Ptuj',
  '0 references',
);

describe('TITLE_LINE', () => {
  it.each<[string, string | null, string | null]>([
    ['Socialna aktivacija (Q4295133)', 'Socialna aktivacija', 'Q4295133'],
    ['Social activation (2SoKroG) (Q12)', 'Social activation (2SoKroG)', 'Q12'],
    ['(Q7)', '', 'Q7'],
    ['Label (Q12)   ', 'Label', 'Q12'],
    ['Label (Q012)', null, null],
    ['Label (P12)', null, null],
    ['Label Q12', null, null],
    ['Label (Q12) more', null, null],
  ])('%j → label %j, id %j', (text, label, id) => {
    const m = TITLE_LINE.exec(text);
    expect(m === null ? [null, null] : [m[1], m[2]]).toEqual([label, id]);
  });
});

describe('parseItemPage on a well-formed page', () => {
  const { page, diagnostics } = parse(SEED);

  it('reads the id, the title label and the placeholder description as absent', () => {
    expect(diagnostics).toEqual([]);
    expect(page).toMatchObject({ kind: 'item', id: 'Q4295133', titleLabel: 'Socialna aktivacija' });
    expect(page?.titleSpan).toMatchObject({ file: 'page.txt', line: 1, column: 1 });
    expect(page).not.toHaveProperty('description');
  });

  it('reads the terms table, a row wrapping over two lines', () => {
    expect(page?.terms).toEqual([
      { languageName: 'English', label: 'Socialna aktivacija', aliases: [], span: expect.objectContaining({ line: 7 }) },
    ]);
  });

  it('closes each statement at its references line, with the value line and its span', () => {
    expect(
      page?.statements.map((s) => [s.section, s.value.text, s.value.span.line, s.qualifiers.length, s.references, s.referencesSpan.line]),
    ).toEqual([
      ['statements', '488,705.11 Euro', 10, 0, 0, 11],
      ['statements', '85.0 percent', 12, 0, 0, 13],
      ['statements', 'Scienific Reserch Centre Bistra Ptuj', 14, 0, 0, 15],
    ]);
  });
});

describe('parseItemPage: title and head', () => {
  it.each<[string, string, Record<string, unknown>]>([
    ['a label in parentheses keeps them', 'Social activation (2SoKroG) (Q12)\nStatements\n1 Euro\n0 references', { id: 'Q12', titleLabel: 'Social activation (2SoKroG)' }],
    ['the "No label defined" placeholder gives no title label', 'No label defined (Q5)\nStatements\n1 Euro\n0 references', { id: 'Q5' }],
    ['a description is read', 'L (Q5)\nJump to search\nProject in France financed by DG Regio\nStatements\n1 Euro\n0 references', { description: 'Project in France financed by DG Regio' }],
  ])('%s', (_, text, expected) => {
    const { page, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(page).toMatchObject(expected);
  });

  it('has no title label where the title shows the "No label defined" placeholder', () => {
    expect(parse('No label defined (Q5)\nStatements\n1 Euro\n0 references').page).not.toHaveProperty('titleLabel');
  });

  it('skips leading blank lines: the title span is the title line', () => {
    const { page } = parse('\n  \nL (Q5)\nStatements\n1 Euro\n0 references');
    expect(page?.titleSpan.line).toBe(3);
  });

  it.each<[string, string, number]>([
    ['no title line', 'Just a summary of a project.\nStatements', 1],
    ['a title line without an id', 'Label (no id)\nStatements', 1],
    ['an empty page', '', 1],
    ['a blank page', '\n\n', 1],
    ['the title is not the first non-blank line', '\nSummary\nL (Q5)', 2],
  ])('%s → title-missing, no page', (_, text, line) => {
    const { page, diagnostics } = parse(text);
    expect(page).toBeNull();
    expect(diagnostics).toEqual([{ code: 'title-missing', severity: 'error', span: expect.objectContaining({ line }) }]);
  });

  it('takes the last line before the terms table as the description and reports the lines before it', () => {
    // The skin's navigation links are known in English only; in other UI languages they are such lines.
    const { page, diagnostics } = parse('L (Q5)\nPrzejdź do nawigacji\nA description\nStatements\n1 Euro\n0 references');
    expect(page?.description).toBe('A description');
    expect(diagnostics).toEqual([
      { code: 'line-skipped', severity: 'info', span: expect.objectContaining({ line: 2, text: 'Przejdź do nawigacji' }), as: expect.any(String) },
    ]);
  });
});

describe('parseItemPage: statements', () => {
  it('puts the lines between a value and its references line in its qualifiers', () => {
    const { page, diagnostics } = parse('L (Q5)\nStatements\n100 Euro\n0.24 Euro\n1 January 2020\n2 references\n5 percent\n1 reference');
    expect(diagnostics).toEqual([]);
    expect(page?.statements.map((s) => [s.value.text, s.qualifiers.map((q) => q.text), s.references])).toEqual([
      ['100 Euro', ['0.24 Euro', '1 January 2020'], 2],
      ['5 percent', [], 1],
    ]);
  });

  it('marks values after the "Identifiers" heading as identifiers', () => {
    const { page } = parse('L (Q5)\nStatements\n100 Euro\n0 references\nIdentifiers\nABC-123\n0 references');
    expect(page?.statements.map((s) => [s.section, s.value.text])).toEqual([
      ['statements', '100 Euro'],
      ['identifiers', 'ABC-123'],
    ]);
  });

  it('skips blank lines and trims nothing from the value line it keeps', () => {
    const { page } = parse('L (Q5)\nStatements\n\n  100 Euro  \n\n0 references\n');
    expect(page?.statements.map((s) => [s.value.text, s.value.span.line])).toEqual([['  100 Euro  ', 4]]);
  });

  it.each<[string, string, { code: string; line: number; data?: Record<string, unknown> }[]]>([
    ['no "Statements" heading → statements-missing at the last line', 'L (Q5)\nA description', [{ code: 'statements-missing', line: 2 }]],
    ['an empty "Statements" section → statements-empty at its heading', 'L (Q5)\nStatements\n\n', [{ code: 'statements-empty', line: 2 }]],
    ['a references line with no value before it', 'L (Q5)\nStatements\n0 references\n1 Euro\n0 references', [{ code: 'line-unexpected', line: 3 }]],
    ['a page cut inside a statement → statement-unclosed with its line count', 'L (Q5)\nStatements\n1 Euro\n0 references\n2 Euro\n0.24 Euro', [{ code: 'statement-unclosed', line: 5, data: { lines: 2 } }]],
    ['a page cut right after the heading\'s first value → no statements-empty as well', 'L (Q5)\nStatements\n1 Euro', [{ code: 'statement-unclosed', line: 3, data: { lines: 1 } }]],
  ])('%s', (_, text, expected) => {
    const { page, diagnostics } = parse(text);
    expect(page).not.toBeNull();
    expect(diagnostics.map((d) => ({ code: d.code, line: d.span?.line }))).toEqual(expected.map(({ code, line }) => ({ code, line })));
    expected.forEach((e, i) => {
      if (e.data !== undefined) expect(diagnostics[i]).toMatchObject(e.data);
    });
  });

  it('keeps the statements read before a cut', () => {
    const { page } = parse('L (Q5)\nStatements\n1 Euro\n0 references\n2 Euro');
    expect(page?.statements.map((s) => s.value.text)).toEqual(['1 Euro']);
  });

  it.each([
    ['0 references', 0],
    ['1 reference', 1],
    ['12 references', 12],
  ])('reads the count of %j', (line, count) => {
    expect(parse(`L (Q5)\nStatements\n1 Euro\n${line}`).page?.statements[0]?.references).toBe(count);
  });

  it('does not take "1 references" with other words for a references line', () => {
    expect(codes('L (Q5)\nStatements\n1 Euro\n0 references to come')).toEqual(['statement-unclosed']);
  });
});

describe('parseItemPage: spans', () => {
  it('reads CRLF text without a trailing \\r on any line', () => {
    const { page } = parse(SEED.replace(/\n/g, '\r\n'));
    expect(page?.statements.map((s) => s.value.text)).toEqual(['488,705.11 Euro', '85.0 percent', 'Scienific Reserch Centre Bistra Ptuj']);
    expect(page?.titleLabel).toBe('Socialna aktivacija');
  });

  it('gives plain-file spans the file line', () => {
    const { page } = parse(SEED, { file: 'dump/a.txt' });
    expect(page?.statements[1]?.value.span).toEqual({ file: 'dump/a.txt', line: 12, column: 1, text: '85.0 percent' });
  });

  it('gives NDJSON-record spans the record line and the page line', () => {
    const { page } = parse(SEED, { file: 'dump.ndjson', record: 7 });
    expect(page?.statements[1]?.value.span).toEqual({ file: 'dump.ndjson', line: 7, column: 1, pageLine: 12, text: '85.0 percent' });
    expect(page?.titleSpan).toMatchObject({ line: 7, pageLine: 1 });
  });

  it('keeps the source it was given on the page', () => {
    const source = pageSource(SEED, { url: 'https://linkedopendata.eu/wiki/Item:Q4295133' });
    expect(parseItemPage(source, ENGLISH).page?.source).toBe(source);
  });
});
