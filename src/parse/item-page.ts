// Parses a flattened Wikibase item page: title, description, terms table, statements.
import type { Diagnostic, Span } from '../diagnostics/index.js';
import { languageName } from '../locale/index.js';
import type { ItemId } from '../model/index.js';
import type { PageSource } from '../input/index.js';
import type { ItemPage, PageStatement, SourceLine } from './page.js';
import { sourceLines } from './source-lines.js';
import { isTermsHeader, parseTermsRows } from './terms-table.js';
import type { UiPhrases } from './ui-phrases.js';

/** `<label> (Q123)`: the label may itself end in parentheses, so the id is taken from the end. */
export const TITLE_LINE = /^(.*?)\s*\((Q[1-9]\d*)\)\s*$/u;

/** `.` without the s flag: any character but these. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/u;

/**
 * TITLE_LINE.exec(line) as `[line, label, id]`, read by hand: the pattern's lazy label tries every place in the
 * line (quadratic over a run of spaces, a stack overflow on a line of millions of characters); this reads the line
 * once. The id is the last `(Q<digits>)` before the line's trailing spaces; the label, what comes before it, spaces
 * trimmed at its end.
 */
export function readTitleLine(line: string): readonly [string, string, string] | null {
  const end = line.trimEnd();
  if (end.charCodeAt(end.length - 1) !== 0x29) return null;
  const open = end.lastIndexOf('(');
  if (open === -1 || end.charCodeAt(open + 1) !== 0x51) return null;
  const first = end.charCodeAt(open + 2);
  if (first < 0x31 || first > 0x39) return null;
  for (let k = open + 3; k < end.length - 1; k++) {
    const c = end.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return null;
  }
  const label = end.slice(0, open).trimEnd();
  if (LINE_TERMINATOR.test(label)) return null;
  return [line, label, end.slice(open + 1, -1)];
}

/** TITLE_LINE.test(line), as readTitleLine. */
export function isTitleLine(line: string): boolean {
  return readTitleLine(line) !== null;
}

/** An alias under the heading's description: `- alias`. */
const ALIAS_LINE = /^\s*-\s+/u;

export interface ParseResult<P> {
  readonly page: P | null;
  readonly diagnostics: Diagnostic[];
}

function readStatements(
  lines: readonly SourceLine[],
  phrases: UiPhrases,
  diagnostics: Diagnostic[],
): PageStatement[] {
  const statements: PageStatement[] = [];
  let section: PageStatement['section'] = 'statements';
  let pending: SourceLine[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '') continue;
    if (pending.length === 0 && (text === phrases.statements || text === phrases.identifiers)) {
      section = text === phrases.statements ? 'statements' : 'identifiers';
      continue;
    }
    const count = phrases.references.read(text);
    if (count !== null) {
      const [value, ...qualifiers] = pending;
      if (value === undefined) {
        diagnostics.push({
          code: 'line-unexpected',
          severity: 'error',
          span: line.span,
          expected: 'a statement value before its references line',
        });
      } else {
        statements.push({ section, value, qualifiers, references: count, referencesSpan: line.span });
      }
      pending = [];
      continue;
    }
    pending.push(line);
  }
  const first = pending[0];
  // A last reference snak whose value (a link) the flattening pruned leaves its property's label line with the
  // fallback indicator (`programme Englisch`) after the last references line: no value, and no truncation.
  const indicator = phrases.language === 'en' ? null : ` ${languageName('en', phrases.language)}`;
  if (indicator !== null && pending.length > 0 && pending.every((l) => l.text.trim().endsWith(indicator))) {
    for (const line of pending) {
      diagnostics.push({ code: 'line-skipped', severity: 'info', span: line.span, as: 'a property label with its fallback indicator' });
    }
  } else if (first !== undefined) {
    diagnostics.push({ code: 'statement-unclosed', severity: 'error', span: first.span, lines: pending.length });
  }
  return statements;
}

/** The id on a page's title line (its first non-blank line), as parseItemPage reads it; undefined when it has none. */
export function titleLineId(text: string): ItemId | undefined {
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    // As splitLines cuts: a `\r` before a line break goes, one at the very end stays.
    let line = text.slice(start, end);
    if (nl !== -1 && line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() !== '') return readTitleLine(line)?.[2] as ItemId | undefined;
    if (nl === -1) return undefined;
    start = nl + 1;
  }
}

/** A page's title line (its first non-blank line), read: the item's id and shown label, and the lines after it. */
export interface PageTitle<L> {
  readonly titleLine: L;
  readonly rest: L[];
  readonly id: ItemId;
  /** The label the title shows; absent when it shows none or the UI's "No label defined". */
  readonly titleLabel?: string;
}

/** Reads a page's title line, or says where it is missing (`title-missing`): item pages and labelled pages alike. */
export function readPageTitle<L extends { readonly text: string; readonly span: Span }>(
  source: PageSource,
  lines: readonly L[],
  phrases: UiPhrases,
): PageTitle<L> | { readonly missing: Diagnostic } {
  const start = lines.findIndex((l) => l.text.trim() !== '');
  const titleLine = lines[start];
  const title = titleLine === undefined ? null : readTitleLine(titleLine.text);
  if (titleLine === undefined || title === null) {
    const span = titleLine?.span ?? { file: source.file, line: source.line, column: 1 };
    return { missing: { code: 'title-missing', severity: 'error', span } };
  }
  const label = title[1]?.trim() ?? '';
  return {
    titleLine,
    rest: lines.slice(start + 1),
    id: title[2] as ItemId,
    ...(label === '' || label === phrases.labelEmpty ? {} : { titleLabel: label }),
  };
}

/** Parses an item page; `texts`, when given, is its text already split with splitLines. */
export function parseItemPage(source: PageSource, phrases: UiPhrases, texts?: string[]): ParseResult<ItemPage> {
  const lines = sourceLines(source, texts);
  const diagnostics: Diagnostic[] = [];
  const title = readPageTitle(source, lines, phrases);
  if ('missing' in title) return { page: null, diagnostics: [title.missing] };
  const { titleLine, rest } = title;
  const headerAt = rest.findIndex((l) => l.text.includes('|') && isTermsHeader(l.text, phrases));
  const statementsAt = rest.findIndex((l) => {
    const t = l.text.trim();
    return t === phrases.statements || t === phrases.identifiers;
  });
  const headEnd = headerAt !== -1 ? headerAt : statementsAt !== -1 ? statementsAt : rest.length;
  let description: string | undefined;

  // The description (or its placeholder) is the last line before the terms table; lines before it are the
  // skin's navigation links, known in English, reported (not silently dropped) in other languages.
  const head = rest
    .slice(0, headEnd)
    .filter((l) => l.text.trim() !== '' && !phrases.chrome.includes(l.text.trim()) && l.text.trim() !== phrases.termsToggler);
  // Under the description, the UI language's aliases, one `- alias` line each (the terms table's alias cells are
  // link-dense, and the flattening drops them).
  let aliasesAt = head.length;
  while (aliasesAt > 1 && ALIAS_LINE.test(head[aliasesAt - 1]?.text ?? '')) aliasesAt -= 1;
  const headingAliases = head.slice(aliasesAt).map((l) => ({ text: l.text.trim().replace(ALIAS_LINE, ''), span: l.span }));
  const descriptionLine = head[aliasesAt - 1];
  if (descriptionLine !== undefined && descriptionLine.text.trim() !== phrases.descriptionEmpty) {
    description = descriptionLine.text.trim();
  }
  for (const line of head.slice(0, Math.max(0, aliasesAt - 1))) {
    diagnostics.push({ code: 'line-skipped', severity: 'info', span: line.span, as: 'the page skin’s navigation' });
  }

  const tableEnd = statementsAt !== -1 && statementsAt > headerAt ? statementsAt : rest.length;
  const terms =
    headerAt === -1 ? { rows: [], diagnostics: [] } : parseTermsRows(rest.slice(headerAt + 1, tableEnd), phrases);
  diagnostics.push(...terms.diagnostics);

  let statements: PageStatement[] = [];
  if (statementsAt === -1) {
    const span = rest.at(-1)?.span ?? titleLine.span;
    diagnostics.push({ code: 'statements-missing', severity: 'error', span });
  } else {
    statements = readStatements(rest.slice(statementsAt), phrases, diagnostics);
    const heading = rest[statementsAt];
    if (statements.length === 0 && heading !== undefined && !diagnostics.some((d) => d.code === 'statement-unclosed')) {
      diagnostics.push({ code: 'statements-empty', severity: 'warning', span: heading.span });
    }
  }

  const page: ItemPage = {
    kind: 'item',
    source,
    uiLanguage: phrases.language,
    id: title.id,
    ...(title.titleLabel === undefined ? {} : { titleLabel: title.titleLabel }),
    titleSpan: titleLine.span,
    ...(description === undefined || descriptionLine === undefined ? {} : { description, descriptionSpan: descriptionLine.span }),
    ...(headingAliases.length === 0 ? {} : { headingAliases }),
    terms: terms.rows,
    statements,
  };
  return { page, diagnostics };
}
