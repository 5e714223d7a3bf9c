// Writes a quantity as QuantityFormatter shows it: the number in the UI language, `±` a margin, a space, the unit.
import type { QuantityValue } from '../model/index.js';
import type { Profile } from '../profile/index.js';
import { intlCurrencyName, intlUnitName } from '../interpret/unit-table.js';
import { formatLocalisedDecimal } from './number.js';
import { shownAmount } from './rounding.js';

/**
 * The unit's label as the page shows it: the profile's label in the UI language, else CLDR's name for its currency or
 * measure in that language, else its English one (Wikibase falls back along the language chain, which ends in English). A unit the profile does not
 * know is shown by its item id, as Wikibase shows an entity without a label; `1` (no unit) shows nothing.
 */
export function unitLabel(unit: string, lang: string, profile: Profile): string | null {
  if (unit === '1' || unit === '') return null;
  const base = profile.wikibase.conceptUriBase;
  const id = unit.startsWith(base) ? unit.slice(base.length) : unit;
  const known = profile.units.find((u) => u.item === id);
  if (known === undefined) return id;
  const own = known.labels[lang]?.[0];
  if (own !== undefined) return own;
  // The unit item's label in the UI language: CLDR's name for its currency or measure, as the reader knows it.
  const named = known.currency !== undefined ? intlCurrencyName(known.currency, lang) : known.intlUnit !== undefined ? intlUnitName(known.intlUnit, lang) : null;
  // A symbol (`%` in Irish and Maltese) is no label: Wikibase then shows the English one.
  return (named !== null && /\p{L}/u.test(named) ? named : null) ?? known.labels['en']?.[0] ?? id;
}

export function formatQuantity(value: QuantityValue['value'], lang: string, profile: Profile): string {
  const shown = shownAmount(value.amount, value.upperBound, value.lowerBound);
  const number = formatLocalisedDecimal(shown.amount, lang);
  const withMargin = shown.margin === undefined ? number : `${number}±${formatLocalisedDecimal(shown.margin, lang)}`;
  const unit = unitLabel(value.unit, lang, profile);
  return unit === null ? withMargin : `${withMargin} ${unit}`;
}
