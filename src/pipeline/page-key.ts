// The item a page belongs to, told cheaply before parsing, so that the pages of one item can be grouped.
import { TITLE_LINE } from '../parse/index.js';
import type { ItemId } from '../model/index.js';
import type { Profile } from '../profile/index.js';
import { sourceAddress, type PageSource } from '../source/index.js';

const FIRST_LINE = /^\s*([^\n]*)/u;

/**
 * The id the page's draft will carry: its address's (a URL, a manifest entry, --item), else the id on an item
 * page's title line. Undefined when neither tells (such a page cannot be merged with any other).
 */
export function pageKey(source: PageSource, profile: Profile): ItemId | undefined {
  const { address } = sourceAddress(source, profile);
  if (address !== null) return address.id;
  const first = FIRST_LINE.exec(source.text)?.[1] ?? '';
  return TITLE_LINE.exec(first)?.[2] as ItemId | undefined;
}
