// Reading a page's address with the profile's patterns: which item, which page kind, which language.
import type { Diagnostic } from '../diagnostics/index.js';
import { isItemId, type ItemId } from '../model/index.js';
import type { Profile } from '../profile/index.js';
import type { PageSource } from '../input/index.js';
// Only the title line's reader (a pattern over the whole text backtracked over its leading spaces).
import { titleLineId } from './item-page.js';

export interface PageAddress {
  readonly kind: 'item' | 'portal';
  readonly id: ItemId;
  /** The page's language, for portal pages (from the address's `lang` group). */
  readonly language?: string;
}

const compiled = new WeakMap<Profile, { kind: 'item' | 'portal'; regex: RegExp }[]>();

function patterns(profile: Profile): { kind: 'item' | 'portal'; regex: RegExp }[] {
  let list = compiled.get(profile);
  if (list === undefined) {
    list = profile.addresses.map((a) => ({ kind: a.kind, regex: new RegExp(a.pattern, 'u') }));
    compiled.set(profile, list);
  }
  return list;
}

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
