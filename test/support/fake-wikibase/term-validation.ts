// Wikibase's term validators for an edited item: lengths, label ≠ description, and label+description uniqueness.
import { escapeHtml, wikibaseError, wikibaseMessage, ApiError } from './api-error.js';
import type { TouchedTerms } from './change-ops.js';
import { tooLong as tooLongError } from './datavalues.js';
import type { ItemState } from './item-state.js';

export interface OtherItem {
  readonly id: string;
  readonly item: ItemState;
}

/**
 * Validates the languages the edit touched, as the ChangeOps' validate() does (untouched languages are not
 * re-checked, so an old conflict does not block an unrelated edit). The uniqueness check compares exact
 * strings; the conflicting item is named as a link to its page in the Item namespace.
 */
export function validateTerms(id: string, item: ItemState, touched: TouchedTerms, others: Iterable<OtherItem>, limit: number): void {
  const tooLong = (value: string | undefined, what: string): void => {
    if (value !== undefined && [...value].length > limit) throw tooLongError(limit, value, what);
  };
  for (const language of touched.labels) tooLong(item.labels.get(language), 'Label');
  for (const language of touched.descriptions) tooLong(item.descriptions.get(language), 'Description');
  for (const language of touched.aliases) for (const alias of item.aliases.get(language) ?? []) tooLong(alias, 'Alias');

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
