// What the round trip keeps out of its property: true ambiguities of the flattened page (no parser problem is left).
import { languageCodeForName } from '../../src/locale/index.js';
import type { Item, Term } from '../../src/model/index.js';

const isLanguageName = (uiLanguage: string) => (t: Term): boolean => languageCodeForName(t.value, uiLanguage) !== null;

/**
 * A true ambiguity, not a parser problem: an alias that is a language's name, alone at the start of a line after
 * a row's three cells, reads just as well as the next row's language cell.
 */
export function hasLanguageNameAlias(item: Item, uiLanguage: string): boolean {
  return Object.values(item.aliases ?? {}).flat().some(isLanguageName(uiLanguage));
}

/** Rows on one line keep every alias off the start of a line. */
export const needsOneLineRows = (item: Item, uiLanguage: string): boolean => hasLanguageNameAlias(item, uiLanguage);
