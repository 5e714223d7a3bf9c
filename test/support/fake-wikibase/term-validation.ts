// Wikibase's term validators for an edited item: lengths, label ≠ description, and label+description uniqueness.
import { escapeHtml, wikibaseError, wikibaseMessage, ApiError } from './api-error.js';
import type { TouchedTerms } from './change-ops.js';
import type { ItemState } from './item-state.js';

/** Wikibase's default `string-limits` for terms. */
export const MAX_TERM_LENGTH = 250;

export interface OtherItem {
  readonly id: string;
  readonly item: ItemState;
}

/**
 * Validates the languages the edit touched, as the ChangeOps' validate() does (untouched languages are not
 * re-checked, so an old conflict does not block an unrelated edit). The uniqueness check compares exact
 * strings; the conflicting item is named as a link to its page in the Item namespace.
 */
export function validateTerms(id: string, item: ItemState, touched: TouchedTerms, others: Iterable<OtherItem>): void {
  for (const language of touched.labels) tooLong(item.labels.get(language));
  for (const language of touched.descriptions) tooLong(item.descriptions.get(language));
  for (const language of touched.aliases) for (const alias of item.aliases.get(language) ?? []) tooLong(alias);

  const languages = new Set([...touched.labels, ...touched.descriptions]);
  for (const language of languages) {
    const label = item.labels.get(language);
    const description = item.descriptions.get(language);
    if (label === undefined || description === undefined) continue;
    if (label === description) {
      throw wikibaseError(
        'modification-failed',
        `Label and description for language code ${language} can not have the same value.`,
        'wikibase-validator-label-equals-description',
        [language],
      );
    }
  }
  const others_ = [...others];
  for (const language of languages) {
    const label = item.labels.get(language);
    const description = item.descriptions.get(language);
    if (label === undefined || description === undefined) continue;
    const conflict = others_.find(
      (o) => o.id !== id && o.item.labels.get(language) === label && o.item.descriptions.get(language) === description,
    );
    if (conflict) throw labelDescriptionConflict(label, language, conflict.id);
  }
}

function tooLong(value: string | undefined): void {
  if (value === undefined || [...value].length <= MAX_TERM_LENGTH) return;
  throw wikibaseError(
    'modification-failed',
    `Must be no more than ${MAX_TERM_LENGTH} characters long`,
    'wikibase-validator-too-long',
    [String(MAX_TERM_LENGTH), value],
  );
}

function labelDescriptionConflict(label: string, language: string, conflictId: string): ApiError {
  const link = `[[Item:${conflictId}|${conflictId}]]`;
  const info = `Item ${link} already has label "${label}" associated with language code ${language}, using the same description text.`;
  const html =
    `Item <a href="/wiki/Item:${conflictId}" title="Item:${conflictId}">${conflictId}</a> already has label ` +
    `&quot;${escapeHtml(label)}&quot; associated with language code ${language}, using the same description text.`;
  return new ApiError('modification-failed', info, {
    messages: [wikibaseMessage('wikibase-validator-label-with-description-conflict', [label, language, link], html)],
  });
}
