// A terms-table row's label, description and aliases as draft terms, or the row reported when its language is unknown.
import type { Diagnostic } from '../diagnostics/index.js';
import type { TermsRow } from '../parse/index.js';
import type { DraftTerm } from './draft.js';

/** The row's terms in `language` (null: the page names a language nobody knows, and the row is reported). */
export function rowTerms(row: TermsRow, language: string | null, diagnostics: Diagnostic[]): DraftTerm[] {
  if (language === null) {
    diagnostics.push({ code: 'language-unknown', severity: 'error', span: row.span, name: row.languageName });
    return [];
  }
  const out: DraftTerm[] = [];
  if (row.label !== undefined) out.push({ kind: 'label', language, value: row.label, span: row.span });
  if (row.description !== undefined) out.push({ kind: 'description', language, value: row.description, span: row.span });
  for (const alias of row.aliases) out.push({ kind: 'alias', language, value: alias, span: row.span });
  return out;
}
