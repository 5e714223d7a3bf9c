// The one resolver of items named by label: the link map first, then the profile's own table; never a guess.
import type { ItemId } from '../model/index.js';
import type { ItemLabelTable } from '../profile/index.js';
import type { ItemLabelLookup } from './item-labels.js';
import type { LinkEntry } from './link-map.js';

/** One spelling per label: NFC, runs of spaces (no-break ones too) as one space, no spaces at the ends. */
export const labelKey = (label: string): string => label.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** Labels → the items they name, per language ('' for any language). */
type Scope = Map<string, Map<string, Set<ItemId>>>;

function scopeOf(entries: readonly LinkEntry[]): Scope {
  const scope: Scope = new Map();
  for (const { label, item, language = '' } of entries) {
    let labels = scope.get(language);
    if (labels === undefined) scope.set(language, (labels = new Map()));
    const key = labelKey(label);
    let items = labels.get(key);
    if (items === undefined) labels.set(key, (items = new Set()));
    items.add(item);
  }
  return scope;
}

/**
 * Looks a label up in the link map (in the page's language, then for any language), then in the profile's table
 * the same way; the first place that knows the label answers. Several items for one label there: ambiguous.
 */
export class LabelTable implements ItemLabelLookup {
  readonly #scopes: readonly Scope[];

  constructor(linkMap: readonly LinkEntry[], profileTable: ItemLabelTable = {}) {
    const fromProfile: LinkEntry[] = Object.entries(profileTable).flatMap(([language, labels]) =>
      Object.entries(labels).map(([label, item]) => ({ label, item, ...(language === '*' ? {} : { language }) })),
    );
    this.#scopes = [scopeOf(linkMap), scopeOf(fromProfile)];
  }

  /** Every item the first place that knows the label names (one: resolved; several: ambiguous; none: unknown). */
  candidates(label: string, language: string): readonly ItemId[] {
    const key = labelKey(label);
    const base = language.split('-')[0] ?? language;
    for (const scope of this.#scopes) {
      for (const lang of [language, base, '']) {
        const items = scope.get(lang)?.get(key);
        if (items !== undefined) return [...items].sort();
      }
    }
    return [];
  }

  lookup(label: string, language: string): ItemId | undefined {
    const found = this.candidates(label, language);
    return found.length === 1 ? found[0] : undefined;
  }
}

/** What a lookup says of a label: the item, or the candidates (none: unknown; several: ambiguous). */
export function resolveItemLabel(lookup: ItemLabelLookup, label: string, language: string): { id: ItemId } | { candidates: readonly ItemId[] } {
  const id = lookup.lookup(label, language);
  if (id !== undefined) return { id };
  return { candidates: lookup.candidates?.(label, language) ?? [] };
}
