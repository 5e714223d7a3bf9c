// Unit labels as pages show them, mapped to unit items, longest label first so "Polish złoty" beats "złoty".
import type { ItemId } from '../model/index.js';
import type { Profile } from '../profile/index.js';

export interface UnitMatch {
  readonly item: ItemId;
  readonly numberText: string;
}

export class UnitTable {
  readonly #byLanguage = new Map<string, { label: string; item: ItemId }[]>();
  readonly #all: { label: string; item: ItemId }[] = [];

  constructor(profile: Profile) {
    for (const unit of profile.units) {
      for (const [language, labels] of Object.entries(unit.labels)) {
        const list = this.#byLanguage.get(language) ?? [];
        for (const label of labels) {
          list.push({ label, item: unit.item });
          this.#all.push({ label, item: unit.item });
        }
        this.#byLanguage.set(language, list);
      }
    }
    const longestFirst = (a: { label: string }, b: { label: string }): number => b.label.length - a.label.length;
    for (const list of this.#byLanguage.values()) list.sort(longestFirst);
    this.#all.sort(longestFirst);
  }

  /** `<number> <unit label>`, trying the UI language's labels first, then any language's (Wikibase falls back). */
  match(text: string, uiLanguage: string): UnitMatch | null {
    for (const list of [this.#byLanguage.get(uiLanguage) ?? [], this.#all]) {
      for (const { label, item } of list) {
        if (text.length > label.length + 1 && text.endsWith(label) && /\s/u.test(text.charAt(text.length - label.length - 1))) {
          return { item, numberText: text.slice(0, -label.length).trim() };
        }
      }
    }
    return null;
  }
}
