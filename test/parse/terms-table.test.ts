// The terms table: its header, rows that wrap over lines, placeholder and empty cells, aliases, and stray lines.
import { describe, expect, it } from 'vitest';
import { ENGLISH, type TermsRow } from '../../src/parse/index.js';
import { isTermsHeader, parseTermsRows } from '../../src/parse/terms-table.js';
import { sourceLine } from '../support/builders.js';

/** The table body as source lines numbered from 2 (line 1 being the header). */
const body = (...texts: string[]) => texts.map((t, i) => sourceLine(t, i + 2));
const rowsOf = (...texts: string[]) => parseTermsRows(body(...texts), ENGLISH);
/** A row without its span, for comparing content. */
const content = ({ span: _span, ...row }: TermsRow): Omit<TermsRow, 'span'> => row;

describe('isTermsHeader', () => {
  it.each<[string, boolean]>([
    ['Language | Label | Description | Also known as |', true],
    ['Language|Label|Description|Also known as', true],
    ['| Language | Label | Description | Also known as |', true],
    ['  Language | Label | Description | Also known as |  ', true],
    ['Language | Label | Description |', false],
    ['Language | Label | Description | Also known as | More |', false],
    ['language | label | description | also known as |', false],
    ['Label | Language | Description | Also known as |', false],
    ['Statements', false],
  ])('%j → %s', (line, expected) => {
    expect(isTermsHeader(line, ENGLISH)).toBe(expected);
  });
});

describe('parseTermsRows', () => {
  it.each<[string, string[], Omit<TermsRow, 'span'>[]]>([
    [
      'a full row on one line, aliases split by "|"',
      ['English | Social activation | Project in Slovenia | 2SoKroG | Social activation (2SoKroG) |'],
      [{ languageName: 'English', label: 'Social activation', description: 'Project in Slovenia', aliases: ['2SoKroG', 'Social activation (2SoKroG)'] }],
    ],
    [
      'a row wrapping mid-cell is joined with a space',
      ['Slovenian | Socialna aktivacija za zagotavljanje zdravega, varnega in', 'dostopnejšega čezmejnega območja |', 'No description defined |'],
      [{ languageName: 'Slovenian', label: 'Socialna aktivacija za zagotavljanje zdravega, varnega in dostopnejšega čezmejnega območja', aliases: [] }],
    ],
    [
      'placeholders give no label or description',
      ['Croatian | No label defined | Projekt u Sloveniji |'],
      [{ languageName: 'Croatian', description: 'Projekt u Sloveniji', aliases: [] }],
    ],
    [
      'a row with each cell on its own line',
      ['German |', 'Soziale Aktivierung |', 'Projekt in Slowenien |', 'Soziale Aktivierung 2 |'],
      [{ languageName: 'German', label: 'Soziale Aktivierung', description: 'Projekt in Slowenien', aliases: ['Soziale Aktivierung 2'] }],
    ],
    [
      'a row with only the language',
      ['French |'],
      [{ languageName: 'French', aliases: [] }],
    ],
    [
      'empty cells and empty alias cells are dropped',
      ['English |  |  | a |  | b |'],
      [{ languageName: 'English', aliases: ['a', 'b'] }],
    ],
    [
      'the separator row and blank lines are skipped; rows follow one another once three cells are closed',
      ['---|---|---|---|', 'English | One | No description defined |', '', 'Italian | Uno | Progetto |', '   '],
      [
        { languageName: 'English', label: 'One', aliases: [] },
        { languageName: 'Italian', label: 'Uno', description: 'Progetto', aliases: [] },
      ],
    ],
    [
      'a wrapped label that is a language name does not start a row before three cells are closed',
      ['German |', 'English |', 'Keine Beschreibung vorhanden |'],
      [{ languageName: 'German', label: 'English', description: 'Keine Beschreibung vorhanden', aliases: [] }],
    ],
    [
      'a row without a final "|" keeps its last cell',
      ['English | One | Two'],
      [{ languageName: 'English', label: 'One', description: 'Two', aliases: [] }],
    ],
    [
      'language names are read case-insensitively but kept as shown',
      ['english | One |'],
      [{ languageName: 'english', label: 'One', aliases: [] }],
    ],
  ])('%s', (_, texts, expected) => {
    const { rows, diagnostics } = rowsOf(...texts);
    expect(diagnostics).toEqual([]);
    expect(rows.map(content)).toEqual(expected);
  });

  it('gives each row the span of its first line', () => {
    const { rows } = rowsOf('---|---|---|---|', 'English | One |', 'No description defined |', 'German |', 'Eins |');
    expect(rows.map((r) => [r.languageName, r.span.line])).toEqual([
      ['English', 3],
      ['German', 5],
    ]);
  });

  it.each<[string, string[], number[]]>([
    ['a line before any row', ['Something else |', 'English | One |'], [2]],
    ['a line whose first cell names no language', ['Klingonish | Tlhingan |'], [2]],
    ['a line with no "|" at all', ['just text'], [2]],
    ['a line starting with "|"', ['| English | One |'], [2]],
  ])('reports %s as line-unexpected', (_, texts, lines) => {
    const { diagnostics } = rowsOf(...texts);
    expect(diagnostics.map((d) => [d.code, d.severity, d.span?.line])).toEqual(lines.map((l) => ['line-unexpected', 'error', l]));
  });

  it('takes a line that does not start a row as the wrap of the row before', () => {
    const { rows, diagnostics } = rowsOf('English | One |', 'Something else | more |');
    expect(diagnostics).toEqual([]);
    expect(rows.map(content)).toEqual([{ languageName: 'English', label: 'One', description: 'Something else', aliases: ['more'] }]);
  });

  it('reads nothing from an empty body', () => {
    expect(rowsOf()).toEqual({ rows: [], diagnostics: [] });
  });

  // The body's doc says blank lines are skipped, but the separator row is only recognised at index 0 of the
  // body, blank lines included: a blank line between header and separator turns the separator into an error.
  it('skips the separator row after a blank line too', () => {
    const { rows, diagnostics } = rowsOf('', '---|---|---|---|', 'English | One |');
    expect(diagnostics).toEqual([]);
    expect(rows.map((r) => r.label)).toEqual(['One']);
  });
});
