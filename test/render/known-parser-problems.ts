// What the round trip keeps out of its property: true ambiguities of the flattened page, and a parser problem left.
import { languageCodeForName } from '../../src/locale/index.js';
import type { Item, Term } from '../../src/model/index.js';
import type { ShownStatements } from '../../src/render/index.js';

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

/**
 * A parser problem: when the flattening prunes a shown statement's references line (its reference snaks were
 * link-dense), the reader, which closes a statement at that line, runs its lines into the next statement's (or
 * reports the last one unclosed). Real pages do this (../shared/real-wikibase-pages/README.md); the reader does
 * not handle it yet.
 */
export const runsStatementsTogether = (shows: ShownStatements): boolean => shows.referencesLinePruned;

/**
 * A true ambiguity: when the flattening prunes a statement whose value is text (its references or qualifiers were
 * link-dense), a seed-style page no longer tells which property the values after it belong to (a budget read as
 * the EU contribution before it): the page is not the item's any more.
 */
export const losesStatementPlaces = (shows: ShownStatements): boolean => shows.textStatementPruned;
