// The name an item goes by in the journal: its id, or for an item still to be created a hash of its terms.
import { createHash } from 'node:crypto';
import { canonicalJson, type Item } from '../model/index.js';
import { normaliseText } from './value-key.js';

/** An item's labels and descriptions, language → text, as Wikibase stores them. */
export interface Terms {
  readonly labels: Readonly<Record<string, string>>;
  readonly descriptions: Readonly<Record<string, string>>;
}

export function termsOf(item: Item): Terms {
  const map = (terms: Item['labels']): Record<string, string> =>
    Object.fromEntries(Object.values(terms ?? {}).map((t) => [t.language, normaliseText(t.value)]));
  return { labels: map(item.labels), descriptions: map(item.descriptions) };
}

/**
 * `Q42`, or `new:<hash>` over the labels and descriptions: the same item to create has the same key run after run,
 * which is what lets a resumed run know it was sent already. (Wikibase keeps label+description pairs unique, so
 * two different new items rarely share them; two inputs that do are one item.)
 */
export function itemKey(item: Item): string {
  if (item.id !== undefined) return item.id;
  const digest = createHash('sha256').update(canonicalJson(termsOf(item))).digest('hex');
  return `new:${digest.slice(0, 24)}`;
}

/** The key of the item created for a label (a beneficiary named by a string statement). */
export function linkKey(language: string, label: string): string {
  return `link:${language}:${normaliseText(label)}`;
}

/** "Q42", or the item's first label in quotes, for messages. */
export function itemName(item: Item): string {
  if (item.id !== undefined) return item.id;
  const label = Object.values(item.labels ?? {})[0]?.value;
  return label === undefined ? 'a new item without a label' : `new item "${label.length > 60 ? `${label.slice(0, 57)}…` : label}"`;
}
