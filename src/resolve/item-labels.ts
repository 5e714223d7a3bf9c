// Items named on a page by their label only (a fund, a country, a beneficiary): the lookup interpreting asks.
import type { ItemId } from '../model/index.js';

/**
 * Answers which item a label names, in the language the page shows it in, or `undefined` when nothing known
 * names one. A lookup never guesses: a label two items share answers `undefined` too, and the caller reports it.
 */
export interface ItemLabelLookup {
  lookup(label: string, language: string): ItemId | undefined;
  /** Optional: the items a label could name (several when it is ambiguous), so the report can list them. */
  candidates?(label: string, language: string): readonly ItemId[];
}

/** No table, no link map: every label is unresolved (and reported by whoever asked). */
export const NO_ITEM_LABELS: ItemLabelLookup = { lookup: () => undefined };
