// Unit labels as pages show them, mapped to unit items: the profile's labels, and the names Intl knows for a
// unit's currency or measure in the page's UI language; longest first, so "Polish złoty" beats "złoty".
import type { ItemId } from '../model/index.js';
import type { Profile } from '../profile/index.js';

export interface UnitMatch {
  readonly item: ItemId;
  readonly numberText: string;
}

interface Label {
  readonly label: string;
  readonly item: ItemId;
}

const longestFirst = (a: Label, b: Label): number => b.label.length - a.label.length;

/** The long name Intl gives a measure unit in a language (`Prozent`, `pour cent`), without the number. */
export function intlUnitName(unit: string, language: string): string | null {
  try {
    const parts = new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).formatToParts(5);
    const name = parts.filter((p) => p.type === 'unit').map((p) => p.value).join('').trim();
    return name === '' ? null : name;
  } catch {
    return null;
  }
}

export function intlCurrencyName(code: string, language: string): string | null {
  const name = new Intl.DisplayNames(language, { type: 'currency', fallback: 'none' }).of(code);
  return name === undefined || name === code ? null : name;
}

export class UnitTable {
  readonly #byLanguage = new Map<string, Label[]>();
  readonly #all: Label[] = [];

  constructor(private readonly profile: Profile) {
    for (const unit of profile.units) {
      for (const labels of Object.values(unit.labels)) {
        for (const label of labels) this.#all.push({ label: label.toLowerCase(), item: unit.item });
      }
    }
    this.#all.sort(longestFirst);
  }

  /** The UI language's labels: the profile's, then Intl's names for the unit's currency or measure. */
  #labelsOf(language: string): Label[] {
    let list = this.#byLanguage.get(language);
    if (list !== undefined) return list;
    list = [];
    for (const unit of this.profile.units) {
      const names = [
        ...(unit.labels[language] ?? []),
        unit.currency === undefined ? null : intlCurrencyName(unit.currency, language),
        unit.intlUnit === undefined ? null : intlUnitName(unit.intlUnit, language),
      ];
      for (const name of names) if (name !== null) list.push({ label: name.toLowerCase(), item: unit.item });
    }
    list.sort(longestFirst);
    this.#byLanguage.set(language, list);
    return list;
  }

  /**
   * `<number> <unit label>`, trying the UI language's labels first, then any language's (Wikibase falls back to
   * another language's label when the unit has none in the UI language). Labels match whatever their case.
   */
  match(text: string, uiLanguage: string): UnitMatch | null {
    const lower = text.toLowerCase();
    for (const list of [this.#labelsOf(uiLanguage), this.#all]) {
      for (const { label, item } of list) {
        if (lower.length > label.length + 1 && lower.endsWith(label) && /\s/u.test(lower.charAt(lower.length - label.length - 1))) {
          return { item, numberText: text.slice(0, text.length - label.length).trim() };
        }
      }
    }
    return null;
  }
}
