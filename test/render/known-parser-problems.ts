// What the round trip keeps out of its property: parser problems (each with an it.fails example) and true ambiguities.
import { languageCodeForName } from '../../src/locale/index.js';
import type { Item, Term } from '../../src/model/index.js';

/** Parser problem: UI languages whose item pages, read without an address, are taken for portal pages. */
export const NO_ADDRESS_NOT_AN_ITEM_PAGE: readonly string[] = ['bg', 'el'];

const isLanguageName = (uiLanguage: string) => (t: Term): boolean => languageCodeForName(t.value, uiLanguage) !== null;

/**
 * Parser problem: a label or description that is a language's name in the UI language (`Englisch` on a German
 * page), at the start of a line where a row wraps, is taken for the start of a new row.
 */
export function hasLanguageNameLabelOrDescription(item: Item, uiLanguage: string): boolean {
  return [...Object.values(item.labels ?? {}), ...Object.values(item.descriptions ?? {})].some(isLanguageName(uiLanguage));
}

/**
 * A true ambiguity, not a parser problem: an alias that is a language's name, alone at the start of a line after
 * a row's three cells, reads just as well as the next row's language cell.
 */
export function hasLanguageNameAlias(item: Item, uiLanguage: string): boolean {
  return Object.values(item.aliases ?? {}).flat().some(isLanguageName(uiLanguage));
}

/** Rows on one line keep every term off the start of a line. */
export const needsOneLineRows = (item: Item, uiLanguage: string): boolean =>
  hasLanguageNameLabelOrDescription(item, uiLanguage) || hasLanguageNameAlias(item, uiLanguage);
