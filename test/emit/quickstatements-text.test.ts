// QuickStatements text rules: which texts every reader (PHP, quickstatements_rs, QuickStatements 3) reads back unchanged.
import { describe, expect, it } from 'vitest';
import { codeProblem, csvQuotedText, csvTermText, v1QuotedText } from '../../src/emit/quickstatements/index.js';

/** [case, text, problem expected (a fragment of its wording) or null]. */
type Row = [string, string, string | null];

const COMMON: Row[] = [
  ['plain text', 'Scienific Reserch Centre Bistra Ptuj', null],
  ['accents and other scripts', 'Znanstvenoraziskovalno središče Бистра', null],
  ['a low-9 quote alone stays (no reader rewrites it)', '\u201eBistra', null],
  ['German low-high quotes: the closing one is U+201C', '\u201eBistra\u201c', 'curly'],
  ['single curly quotes stay', '\u2018Bistra\u2019', null],
  ['an inner space', 'a  b', null],
  ['empty', '', 'empty'],
  ['a line feed', 'a\nb', 'line break'],
  ['a carriage return', 'a\rb', 'line break'],
  ['a double quote', 'the "Bistra" centre', 'double quote'],
  ['a leading space', ' Bistra', 'spaces at its start or end'],
  ['a trailing space', 'Bistra ', 'spaces at its start or end'],
  ['a trailing vertical tab (PHP trim)', 'Bistra\x0B', 'spaces at its start or end'],
  ['a left curly quote', 'the \u201cBistra centre', 'curly'],
  ['a right curly quote', 'Bistra\u201d', 'curly'],
];

describe('v1QuotedText', () => {
  it.each<Row>([
    ...COMMON,
    ['a tab', 'a\tb', 'tab'],
    ['a pipe', 'a|b', '"|"'],
    ['a double pipe', 'a||b', '"|"'],
    ['a comment', 'a /* b */ c', 'comment'],
    ['an opening comment alone is harmless', 'a /* b', null],
    ['a backslash is plain text in V1', 'C:\\', null],
  ])('%s', (_, text, problem) => {
    const got = v1QuotedText(text);
    if (problem === null) expect(got).toBeNull();
    else expect(got).toContain(problem);
  });
});

describe('csvQuotedText', () => {
  it.each<Row>([
    ...COMMON,
    ['a tab is plain text in a CSV cell', 'a\tb', null],
    ['a pipe is plain text in a CSV cell', 'a|b', null],
    ['a comment is plain text in a CSV cell', 'a /* b */ c', null],
    ['a trailing backslash (PHP fgetcsv escape before the closing quote)', 'C:\\', 'backslash'],
    ['an inner backslash', 'a\\b', null],
  ])('%s', (_, text, problem) => {
    const got = csvQuotedText(text);
    if (problem === null) expect(got).toBeNull();
    else expect(got).toContain(problem);
  });
});

describe('csvTermText: raw labels, descriptions, aliases and titles', () => {
  it.each<Row>([
    ['plain text', 'Scienific Reserch Centre Bistra Ptuj', null],
    ['a comma (RFC 4180 quotes the field)', 'Ptuj, Slovenia', null],
    ['an inner double quote (raw in the cell)', 'the "Bistra" centre', null],
    ['a tab', 'a\tb', null],
    ['empty', '', 'empty'],
    ['a line break', 'a\nb', 'line break'],
    ['a leading space', ' x', 'spaces'],
    ['an item id', 'Q42', 'reads as a V1 value'],
    ['a property id', 'P31', 'reads as a V1 value'],
    ['a form id', 'L1-F2', 'reads as a V1 value'],
    ['somevalue', 'somevalue', 'reads as a V1 value'],
    ['LAST', 'LAST', 'reads as a V1 value'],
    ['a number', '2018', 'reads as a V1 value'],
    ['a number with a unit', '12U11573', 'reads as a V1 value'],
    ['a number with a tolerance', '5~1', 'reads as a V1 value'],
    ['a number with bounds', '5[4,6]', 'reads as a V1 value'],
    ['a date', '+2018-09-01T00:00:00Z/11', 'reads as a V1 value'],
    ['a coordinate', '@46.4/15.8', 'reads as a V1 value'],
    ['a quoted text', '"Bistra"', 'reads as a V1 value'],
    ['a text in curly quotes (QuickStatements 3 straightens them first)', '\u201cBistra\u201d', 'reads as a V1 value'],
    ['a monolingual text', 'en:"Bistra"', 'reads as a V1 value'],
    ['a year inside text is text', 'Projekt 2018', null],
    ['a backslash before a quote', 'a\\"b', 'backslash'],
    ['a trailing backslash', 'C:\\', 'backslash'],
  ])('%s', (_, text, problem) => {
    const got = csvTermText(text);
    if (problem === null) expect(got).toBeNull();
    else expect(got).toContain(problem);
  });
});

describe('codeProblem: languages and site ids', () => {
  it.each<[string, boolean]>([
    ['en', true],
    ['zh-hans', true],
    ['be-tarask', true],
    ['enwiki', true],
    ['be_x_oldwiki', true],
    ['de-CH', false],
    ['-en', false],
    ['x1', false],
    ['', false],
  ])('%s', (code, ok) => {
    expect(codeProblem(code) === null).toBe(ok);
  });
});
