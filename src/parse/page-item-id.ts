// The item a page's draft will belong to, told cheaply before parsing (to group an item's pages before the work).
import type { ItemId } from '../model/index.js';
import type { Profile } from '../profile/index.js';
import { sourceAddress } from './address.js';
import type { PageSource } from '../input/index.js';
import { htmlItemId, looksLikeHtml } from './html-page.js';
import { titleLineId } from './item-page.js';

/**
 * The id of the draft parsePage and interpretation will give this page, when they give one: a portal page's is
 * its address's; an item page's is the one on its title line (its address must agree, else the page is reported
 * as address-mismatch and gives no draft). Undefined when neither says. A page that gives no draft (an unknown UI
 * language, no statements heading, …) may still be given the id on its first line: grouping it there is harmless.
 * Costs one address match and a look at the first non-blank line: no UI language is told, nothing is split.
 */
export function pageItemId(source: PageSource, profile: Profile): ItemId | undefined {
  const { address } = sourceAddress(source, profile);
  if (address?.kind === 'portal') return address.id;
  return looksLikeHtml(source.text) ? htmlItemId(source.text) : titleLineId(source.text);
}
