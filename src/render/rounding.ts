// Wikibase's rounding of a quantity to its order of uncertainty (DataValues' DecimalMath and QuantityValue).
import { absDecimal, compareDecimal, parseDecimal, subtractDecimal, formatDecimal, type Decimal } from '../model/index.js';

const integerDigits = (d: Decimal): number => {
  const whole = absDecimal(d).mantissa / 10n ** BigInt(d.scale);
  return whole.toString().length;
};

/** floor(log10(d)) of a positive decimal, exactly: `200` → 2, `0.02` → -2. */
function orderOfMagnitude(d: Decimal): number {
  const digits = absDecimal(d).mantissa.toString();
  return digits.length - 1 - d.scale;
}

/**
 * Rounds half away from zero to the digit of 10^exponent, as DecimalMath::roundToExponent does: a finer exponent
 * than the value has digits leaves it as written (no zeros are added), and an exponent at or above the number of
 * integer digits gives `+0` (so `+5` rounded to tens is `+0`, not `+10`).
 */
export function roundToExponent(value: string, exponent: number): string {
  const d = parseDecimal(value);
  if (exponent <= -d.scale) return value;
  if (exponent >= 0 && integerDigits(d) - exponent <= 0) return '+0';
  const drop = d.scale + exponent; // digits of the mantissa to round away
  const unit = 10n ** BigInt(drop);
  const magnitude = absDecimal(d).mantissa;
  const kept = (magnitude + unit / 2n) / unit;
  const mantissa = exponent >= 0 ? kept * 10n ** BigInt(exponent) : kept;
  const scale = Math.max(0, -exponent);
  return formatDecimal({ mantissa: d.mantissa < 0n && mantissa !== 0n ? -mantissa : mantissa, scale });
}

export interface ShownAmount {
  readonly amount: string;
  /** The `±` margin shown, when the bounds give one that does not round to zero. */
  readonly margin?: string;
}

/**
 * What QuantityFormatter shows of an amount and its bounds: with bounds, the amount and the larger margin rounded to
 * the order of the smaller margin (QuantityValue::getOrderOfUncertainty), the margin left out when it rounds to
 * zero; without bounds, the amount as written.
 */
export function shownAmount(amount: string, upperBound?: string, lowerBound?: string): ShownAmount {
  if (upperBound === undefined || lowerBound === undefined) return { amount };
  const a = parseDecimal(amount);
  const below = subtractDecimal(a, parseDecimal(lowerBound));
  const above = subtractDecimal(parseDecimal(upperBound), a);
  const smaller = compareDecimal(below, above) <= 0 ? below : above;
  const larger = smaller === below ? above : below;
  const exponent = smaller.mantissa <= 0n ? -a.scale : orderOfMagnitude(smaller);
  const margin = roundToExponent(formatDecimal(larger), exponent);
  const rounded = roundToExponent(amount, exponent);
  return parseDecimal(margin).mantissa === 0n ? { amount: rounded } : { amount: rounded, margin };
}
