// Parser problems the round trip found, kept out of the property so it tests the rest; each has an it.fails example.
import { languageCodeForName } from '../../src/locale/index.js';
import type { Item } from '../../src/model/index.js';

/** UI languages whose item pages, read without an address, are taken for portal pages (`\b` after a non-ASCII phrase). */
export const NO_ADDRESS_NOT_AN_ITEM_PAGE: readonly string[] = ['bg', 'el'];

/**
 * Whether a term of the item is a language's name in the UI language (`Englisch` on a German page): on a line of its
 * own, where a terms row wraps, the parser takes it for the start of a new row.
 */
export function hasLanguageNameTerm(item: Item, uiLanguage: string): boolean {
  const terms = [
    ...Object.values(item.labels ?? {}),
    ...Object.values(item.descriptions ?? {}),
    ...Object.values(item.aliases ?? {}).flat(),
  ];
  return terms.some((t) => languageCodeForName(t.value, uiLanguage) !== null);
}
