// Reading a page's address with the profile's patterns: which item, which page kind, which language.
import { isItemId, type ItemId } from '../model/index.js';
import type { Profile } from '../profile/index.js';

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
