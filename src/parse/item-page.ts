// Parses a flattened Wikibase item page: title, description, terms table, statements.
import type { Diagnostic } from '../diagnostics/index.js';
import type { ItemId } from '../model/index.js';
import type { PageSource } from '../source/index.js';
import type { ItemPage, PageStatement, SourceLine } from './page.js';
import { sourceLines } from './source-lines.js';
import { isTermsHeader, parseTermsRows } from './terms-table.js';
import type { UiPhrases } from './ui-phrases.js';

/** `<label> (Q123)`: the label may itself end in parentheses, so the id is taken from the end. */
export const TITLE_LINE = /^(.*?)\s*\((Q[1-9]\d*)\)\s*$/u;

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
  if (first !== undefined) {
    diagnostics.push({ code: 'statement-unclosed', severity: 'error', span: first.span, lines: pending.length });
  }
  return statements;
}

export function parseItemPage(source: PageSource, phrases: UiPhrases): ParseResult<ItemPage> {
  const lines = sourceLines(source);
  const diagnostics: Diagnostic[] = [];
  const start = lines.findIndex((l) => l.text.trim() !== '');
  const titleLine = lines[start];
  const title = titleLine === undefined ? null : TITLE_LINE.exec(titleLine.text);
  if (titleLine === undefined || title === null) {
    const span = titleLine?.span ?? { file: source.file, line: source.line, column: 1 };
    return { page: null, diagnostics: [{ code: 'title-missing', severity: 'error', span }] };
  }
  const rest = lines.slice(start + 1);
  const headerAt = rest.findIndex((l) => isTermsHeader(l.text, phrases));
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
  const descriptionLine = head.at(-1);
  if (descriptionLine !== undefined && descriptionLine.text.trim() !== phrases.descriptionEmpty) {
    description = descriptionLine.text.trim();
  }
  for (const line of head.slice(0, -1)) {
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

  const label = title[1]?.trim() ?? '';
  const page: ItemPage = {
    kind: 'item',
    source,
    uiLanguage: phrases.language,
    id: title[2] as ItemId,
    ...(label === '' || label === phrases.labelEmpty ? {} : { titleLabel: label }),
    titleSpan: titleLine.span,
    ...(description === undefined ? {} : { description }),
    terms: terms.rows,
    statements,
  };
  return { page, diagnostics };
}
