// The terms table of an item page: one row per language, rows that wrap, empty cells, aliases split by `|`.
import type { Diagnostic } from '../diagnostics/index.js';
import { languageCodeForName } from '../locale/index.js';
import type { SourceLine, TermsRow } from './page.js';
import type { UiPhrases } from './ui-phrases.js';

/**
 * A Markdown separator row (`---|---|`): what `/^[\s|:-]*-[\s|:-]*$/u` matches, read in one pass (the pattern
 * backtracked quadratically over a long run of dashes and spaces).
 */
function isSeparatorRow(line: string): boolean {
  let dash = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (c === '-') dash = true;
    else if (c !== '|' && c !== ':' && !WHITE_SPACE.test(c)) return false;
  }
  return dash;
}
const WHITE_SPACE = /\s/u;

function bars(text: string): number {
  let n = 0;
  for (let at = text.indexOf('|'); at !== -1; at = text.indexOf('|', at + 1)) n += 1;
  return n;
}

export function isTermsHeader(line: string, phrases: UiPhrases): boolean {
  const cells = line.split('|').map((c) => c.trim()).filter((c) => c !== '');
  return cells.length === 4 && cells.every((c, i) => c === phrases.termsHeader[i]);
}

/** A row starts with a language's name in the UI language and a cell separator. */
function rowLanguage(line: string, phrases: UiPhrases): string | null {
  const bar = line.indexOf('|');
  if (bar <= 0) return null;
  const name = line.slice(0, bar).trim();
  return languageCodeForName(name, phrases.language) === null ? null : name;
}

function cellValue(cell: string | undefined, placeholder: string): string | undefined {
  const value = cell?.trim();
  return value === undefined || value === '' || value === placeholder ? undefined : value;
}

function toRow(lines: readonly SourceLine[], phrases: UiPhrases): TermsRow | null {
  const first = lines[0];
  if (first === undefined) return null;
  // A row wraps only where the scraper broke the line, always between words: join with a space.
  const cells = lines.map((l) => l.text.trim()).join(' ').split('|').map((c) => c.trim());
  if (cells.at(-1) === '') cells.pop();
  const [languageName = '', label, description, ...aliases] = cells;
  const labelValue = cellValue(label, phrases.labelEmpty);
  const descriptionValue = cellValue(description, phrases.descriptionEmpty);
  return {
    languageName,
    ...(labelValue === undefined ? {} : { label: labelValue }),
    ...(descriptionValue === undefined ? {} : { description: descriptionValue }),
    aliases: aliases.map((a) => a.trim()).filter((a) => a !== ''),
    span: first.span,
  };
}

/** Reads the table's body (the lines after its header); blank lines are skipped. */
export function parseTermsRows(
  body: readonly SourceLine[],
  phrases: UiPhrases,
): { rows: TermsRow[]; diagnostics: Diagnostic[] } {
  const rows: TermsRow[] = [];
  const diagnostics: Diagnostic[] = [];
  let current: SourceLine[] = [];
  // Wikibase renders the language, label and description cells (empty ones as placeholders): the `|` that close
  // the current row's cells so far.
  let closedCells = 0;
  const flush = (): void => {
    const row = toRow(current, phrases);
    if (row !== null) rows.push(row);
    current = [];
  };
  for (const line of body) {
    if (line.text.trim() === '') continue;
    if (rows.length === 0 && current.length === 0 && isSeparatorRow(line.text)) continue;
    // A row never ends before its language, label and description cells are closed: a wrapped label that
    // happens to be a language's name ("Englisch |") is not the start of a row.
    if ((current.length === 0 || closedCells >= 3) && rowLanguage(line.text, phrases) !== null) {
      flush();
      current.push(line);
      closedCells = bars(line.text);
    } else if (current.length > 0) {
      current.push(line);
      closedCells += bars(line.text);
    } else {
      diagnostics.push({
        code: 'line-unexpected',
        severity: 'error',
        span: line.span,
        expected: `a terms row starting with a language name and "|" (e.g. "English | …")`,
      });
    }
  }
  flush();
  return { rows, diagnostics };
}
