// Reading a page's address with the profile's patterns: which item, which page kind, which language.
import type { Diagnostic } from '../diagnostics/index.js';
import { isItemId, type ItemId } from '../model/index.js';
import { profileRegex, type Profile } from '../profile/index.js';
import type { PageSource } from '../input/index.js';
// Only the title line's reader (a pattern over the whole text backtracked over its leading spaces).
import { titleLineId } from './item-page.js';
import { weakMemo } from '../util/memo.js';

export interface PageAddress {
  readonly kind: 'item' | 'portal';
  readonly id: ItemId;
  /** The page's language, for portal pages (from the address's `lang` group). */
  readonly language?: string;
}

const patterns = weakMemo('parse.address-patterns', (profile: Profile): readonly { kind: 'item' | 'portal'; regex: RegExp }[] =>
  profile.addresses.map((a) => ({ kind: a.kind, regex: profileRegex(a.pattern) })),
);

export function readAddress(url: string, profile: Profile): PageAddress | null {
  for (const { kind, regex } of patterns(profile)) {
    const groups = regex.exec(url.trim())?.groups;
    const id = groups?.['id'];
    if (!isItemId(id)) continue;
    const language = groups?.['lang'];
    return language === undefined ? { kind, id } : { kind, id, language };
  }
  return null;
}

/**
 * What a page source says of its item: its address read with the profile's patterns (null, with a diagnostic,
 * when no pattern matches), or, without an address, the item and language a manifest or an option gives.
 */
export function sourceAddress(
  source: PageSource,
  profile: Profile,
): { address: PageAddress | null; diagnostic?: Diagnostic } {
  if (source.url === undefined) {
    if (source.item === undefined || !isItemId(source.item)) return { address: null };
    // An item page starts with its title line; anything else is a portal page's summary.
    const kind = titleLineId(source.text) !== undefined ? 'item' : 'portal';
    return { address: { kind, id: source.item, ...(source.language === undefined ? {} : { language: source.language }) } };
  }
  const address = readAddress(source.url, profile);
  if (address !== null) return { address };
  const span = { file: source.file, line: source.line, column: 1 };
  return { address: null, diagnostic: { code: 'address-unrecognised', severity: 'warning', span, url: source.url } };
}
