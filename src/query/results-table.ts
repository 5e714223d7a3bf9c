// Solutions for people: aligned columns, IRIs shortened with the prefixes (wd:Q4295133), literals as their text
// (numbers, dates and plain strings bare, a language tag after @, other datatypes after ^^), long cells cut.
import { compactIri, type Prefixes } from './prefixes.js';
import { XSD, XSD_STRING, type BooleanResult, type ResultTerm, type Solutions } from './results.js';
import { sparqlTerm } from './results-tsv.js';

export interface TableOptions {
  readonly prefixes: Prefixes;
  /** Cells longer than this many characters are cut with `…`; 0 keeps them whole. */
  readonly maxWidth: number;
}

const NUMERIC = new Set(
  ['integer', 'decimal', 'double', 'float', 'long', 'int', 'short', 'byte', 'nonNegativeInteger', 'positiveInteger',
    'nonPositiveInteger', 'negativeInteger', 'unsignedLong', 'unsignedInt', 'unsignedShort', 'unsignedByte'].map((t) => `${XSD}${t}`),
);
const BARE = new Set([...NUMERIC, ...['boolean', 'date', 'dateTime', 'time', 'gYear', 'gYearMonth'].map((t) => `${XSD}${t}`)]);

const isNumeric = (t: ResultTerm | undefined): boolean => t?.type === 'literal' && t.datatype !== undefined && NUMERIC.has(t.datatype);

function iri(value: string, prefixes: Prefixes): string {
  return compactIri(value, prefixes) ?? `<${value}>`;
}

/** Control characters would break the table's lines: show them as escapes. */
function visible(text: string): string {
  return text.replace(/[\t\n\r]/gu, (c) => (c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

export function tableCell(t: ResultTerm, prefixes: Prefixes): string {
  switch (t.type) {
    case 'uri':
      return iri(t.value, prefixes);
    case 'bnode':
      return `_:${t.value}`;
    case 'literal': {
      const lang = t['xml:lang'];
      if (lang !== undefined && lang !== '') return `${visible(t.value)}@${lang}`;
      if (t.datatype === undefined || t.datatype === XSD_STRING || BARE.has(t.datatype)) return visible(t.value);
      return `${visible(t.value)}^^${iri(t.datatype, prefixes)}`;
    }
    case 'triple':
      return visible(sparqlTerm(t));
  }
}

function cut(text: string, maxWidth: number): string {
  const chars = Array.from(text);
  return maxWidth > 0 && chars.length > maxWidth ? `${chars.slice(0, Math.max(1, maxWidth - 1)).join('')}…` : text;
}

const width = (text: string): number => Array.from(text).length;

export function solutionsTable(result: Solutions, options: TableOptions): string {
  const { vars } = result;
  const cells = result.rows.map((row) => vars.map((name) => (row[name] === undefined ? '' : cut(tableCell(row[name], options.prefixes), options.maxWidth))));
  const widths = vars.map((name, i) => Math.max(width(name), ...cells.map((row) => width(row[i] ?? ''))));
  // A column of numbers reads best aligned on the right.
  const right = vars.map((name) => result.rows.some((row) => row[name] !== undefined) && result.rows.every((row) => row[name] === undefined || isNumeric(row[name])));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - width(cell));
        return right[i] === true ? `${pad}${cell}` : `${cell}${pad}`;
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return `${[line(vars), rule, ...cells.map(line)].join('\n')}\n`;
}

export function booleanTable(result: BooleanResult): string {
  return `${String(result.value)}\n`;
}
