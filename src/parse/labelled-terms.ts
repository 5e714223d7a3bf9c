// The head of a labelled page: skin menus, the heading (description and aliases), the terms table as a pipe table,
// a tab-separated table, or one cell per line under a header glued into one line.
import type { Diagnostic } from '../diagnostics/index.js';
import { languageCodeForName } from '../locale/index.js';
import type { MarkedLine } from './labelled-types.js';
import type { SourceLine, TermsRow } from './page.js';
import { isTermsHeader, parseTermsRows } from './terms-table.js';
import { ENGLISH, type UiPhrases } from './ui-phrases.js';

/**
 * Toggles of Wikidata's terms box that a copy keeps as lines (known in English only, as the skin's other links):
 * never a term.
 */
export const TERMS_FURNITURE = ['All entered languages', 'Configure', 'Show more'];

/** The placeholder the multilingual ("default for all languages") row shows for a missing description. */
const DASH = /^[\u2013\u2014-]$/u;

export interface LabelledHead {
  readonly rows: TermsRow[];
  readonly headingAliases: MarkedLine[];
  readonly diagnostics: Diagnostic[];
}

type TableShape = { shape: 'pipe' | 'tab'; at: number } | { shape: 'cells'; at: number; firstLanguage: string };

const skipped = (line: MarkedLine, as: string): Diagnostic => ({ code: 'line-skipped', severity: 'info', span: line.span, as });

function tableStart(lines: readonly MarkedLine[], phrases: UiPhrases): TableShape | null {
  const glued = phrases.termsHeader.join('');
  for (let at = 0; at < lines.length; at++) {
    const text = (lines[at] as MarkedLine).text;
    if (text.includes('|') && isTermsHeader(text.replace(/^\|/u, ''), phrases)) return { shape: 'pipe', at };
    if (text.includes('\t') && isTermsHeader(text.split('\t').join('|'), phrases)) return { shape: 'tab', at };
    if (text.startsWith(glued)) return { shape: 'cells', at, firstLanguage: text.slice(glued.length).trim() };
  }
  return null;
}

/** A pipe or tab table's lines as the seed reader's table reader takes them. */
function asPipeRows(lines: readonly MarkedLine[], shape: 'pipe' | 'tab'): SourceLine[] {
  return lines.map((l) => ({
    text: shape === 'tab' ? `${l.text.split('\t').join(' | ')} |` : l.text.replace(/^\|\s*/u, ''),
    span: l.span,
  }));
}

/**
 * One cell per line: a language's name, its label (or placeholder), its description (or placeholder), then its
 * aliases (list items in a text copy, plain lines in Markdown); the next language's name starts the next row.
 */
function cellRows(
  lines: readonly MarkedLine[],
  firstLanguage: string,
  header: MarkedLine,
  phrases: UiPhrases,
  diagnostics: Diagnostic[],
): TermsRow[] {
  const rows: TermsRow[] = [];
  let row: { name: string; known: boolean; cells: MarkedLine[]; span: MarkedLine['span'] } | null =
    firstLanguage === '' ? null : { name: firstLanguage, known: languageCodeForName(firstLanguage, phrases.language) !== null, cells: [], span: header.span };
  const marksAliases = lines.some((l) => l.marked);
  const flush = (): void => {
    if (row === null) return;
    if (!row.known) {
      // Wikidata's "default for all languages" row: no language code, so nothing in it can be a term.
      for (const cell of row.cells) diagnostics.push(skipped(cell, `a cell of the terms row "${row.name}", a language with no code`));
    } else {
      const [label, description, ...aliases] = row.cells;
      const labelText = label === undefined || label.text === phrases.labelEmpty ? undefined : label.text;
      const descriptionText =
        description === undefined || description.text === phrases.descriptionEmpty || DASH.test(description.text) ? undefined : description.text;
      rows.push({
        languageName: row.name,
        ...(labelText === undefined ? {} : { label: labelText }),
        ...(descriptionText === undefined ? {} : { description: descriptionText }),
        aliases: aliases.map((a) => a.text).filter((a) => a !== ''),
        span: row.span,
      });
    }
    row = null;
  };
  for (const line of lines) {
    if (line.text === '' && !line.marked) {
      if (line.links.length > 0) diagnostics.push(skipped(line, 'a link with no text (an icon)'));
      continue;
    }
    if (TERMS_FURNITURE.includes(line.text) || isAnchorToggle(line)) {
      flush();
      diagnostics.push(skipped(line, 'a toggle of the terms box'));
      continue;
    }
    const complete = row === null || row.cells.length >= 2;
    const language = languageCodeForName(line.text, phrases.language);
    if (complete && !line.marked && language !== null) {
      flush();
      row = { name: line.text, known: true, cells: [], span: line.span };
      continue;
    }
    if (row === null) {
      diagnostics.push({ code: 'line-unexpected', severity: 'error', span: line.span, expected: 'a terms row starting with a language name' });
      continue;
    }
    // In a copy that marks aliases as list items, an unmarked line past the description is no alias.
    if (row.cells.length >= 2 && marksAliases && !line.marked) {
      diagnostics.push(skipped(line, 'a line after a terms row that is no alias'));
      continue;
    }
    if (line.marked && line.text === '') continue; // an empty alias cell
    row.cells.push(line);
  }
  flush();
  return rows;
}

/** A Markdown link to an anchor of the page itself (`…/Q1071#`): a toggle, not content. */
const isAnchorToggle = (line: MarkedLine): boolean => line.links.length === 1 && /#[^/]*$/u.test(line.links[0]?.target ?? '');

/**
 * The heading shows the UI language's description and aliases; everything above it is the skin's menus. The
 * description is found as the UI language's row gives it (or its placeholder); the lines after it are aliases.
 */
function readHeading(head: readonly MarkedLine[], uiRow: TermsRow | undefined, phrases: UiPhrases, diagnostics: Diagnostic[]): MarkedLine[] {
  const lines = head.filter((l) => l.text !== '' || l.marked || l.links.length > 0);
  const wanted = uiRow?.description;
  let at = -1;
  for (let k = lines.length - 1; k >= 0 && at === -1; k--) {
    const text = (lines[k] as MarkedLine).text;
    if (text === (wanted ?? phrases.descriptionEmpty) || (wanted !== undefined && text.startsWith(`${wanted} `))) at = k;
  }
  if (at === -1) {
    // No description to anchor on: only list-marked lines at the very end can be aliases.
    at = lines.length;
    while (at > 0 && (lines[at - 1] as MarkedLine).marked) at -= 1;
    at -= 1;
  }
  const aliases: MarkedLine[] = [];
  lines.forEach((line, k) => {
    if (k > at && line.text !== '') aliases.push(line);
    else if (k === at) diagnostics.push(skipped(line, 'the heading’s description, read from the terms table'));
    else if (line.text !== '' || line.links.length > 0) diagnostics.push(skipped(line, 'the page skin’s menus'));
    else diagnostics.push(skipped(line, 'an empty list item of the page skin'));
  });
  return aliases;
}

function withoutPlaceholders(row: TermsRow, english: UiPhrases): TermsRow {
  if (row.label !== english.labelEmpty && row.description !== english.descriptionEmpty) return row;
  const { label, description, ...rest } = row;
  return {
    ...rest,
    ...(label === undefined || label === english.labelEmpty ? {} : { label }),
    ...(description === undefined || description === english.descriptionEmpty ? {} : { description }),
  };
}

/** Reads the lines between the title and the statements heading. */
export function readLabelledHead(lines: readonly MarkedLine[], phrases: UiPhrases): LabelledHead {
  const diagnostics: Diagnostic[] = [];
  const start = tableStart(lines, phrases);
  let rows: TermsRow[] = [];
  let headEnd = lines.length;
  if (start !== null) {
    headEnd = start.at;
    const header = lines[start.at] as MarkedLine;
    const body = lines.slice(start.at + 1);
    if (start.shape === 'cells') {
      rows = cellRows(body, start.firstLanguage, header, phrases, diagnostics);
    } else {
      const furniture = body.filter((l) => TERMS_FURNITURE.includes(l.text) || isAnchorToggle(l));
      for (const line of furniture) diagnostics.push(skipped(line, 'a toggle of the terms box'));
      const table = parseTermsRows(asPipeRows(body.filter((l) => !furniture.includes(l)), start.shape), phrases);
      rows = table.rows;
      diagnostics.push(...table.diagnostics);
    }
  }
  // The "In more languages" toggle and the skin's skip links sit above the table.
  const head: MarkedLine[] = [];
  for (const line of lines.slice(0, headEnd)) {
    if (line.text === phrases.termsToggler || phrases.chrome.includes(line.text) || TERMS_FURNITURE.includes(line.text)) {
      diagnostics.push(skipped(line, 'the page skin’s navigation'));
    } else {
      head.push(line);
    }
  }
  // The Irish UI of MediaWiki 1.39 shows the English placeholders: an empty cell in either language is empty.
  rows = rows.map((r) => withoutPlaceholders(r, ENGLISH));
  const uiRow = rows.find((r) => languageCodeForName(r.languageName, phrases.language) === phrases.language);
  const headingAliases = readHeading(head, uiRow, phrases, diagnostics);
  return { rows, headingAliases, diagnostics };
}
