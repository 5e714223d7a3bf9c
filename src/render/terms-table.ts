// The terms table as the scraper flattens it: header, separator, one row per language with placeholders for empty cells.
import { languageName } from '../locale/index.js';
import type { Item } from '../model/index.js';
import type { UiPhrases } from '../parse/index.js';
import { layoutRow, type TermsRowLayout } from './row-layout.js';

/**
 * The languages with a row: the UI language first (Wikibase always shows the reader's language, empty or not), then
 * every other language the item has a term in, in code order.
 */
export function termsLanguages(item: Item, uiLanguage: string): string[] {
  const others = new Set([
    ...Object.keys(item.labels ?? {}),
    ...Object.keys(item.descriptions ?? {}),
    ...Object.keys(item.aliases ?? {}),
  ]);
  others.delete(uiLanguage);
  return [uiLanguage, ...[...others].sort()];
}

/** A row's cells: the language's name in the UI language, the label, the description, then each alias. */
export function termsRowCells(item: Item, language: string, phrases: UiPhrases): string[] {
  return [
    languageName(language, phrases.language),
    item.labels?.[language]?.value ?? phrases.labelEmpty,
    item.descriptions?.[language]?.value ?? phrases.descriptionEmpty,
    ...(item.aliases?.[language] ?? []).map((a) => a.value),
  ];
}

export function renderTermsTable(
  item: Item,
  phrases: UiPhrases,
  languages: readonly string[],
  layout: TermsRowLayout,
): string[] {
  const header = `${phrases.termsHeader.join(' | ')} |`;
  const separator = '---|'.repeat(phrases.termsHeader.length);
  const rows = languages.flatMap((language) => {
    const cells = termsRowCells(item, language, phrases);
    return layoutRow(cells, layout(cells, language));
  });
  return [header, separator, ...rows];
}
