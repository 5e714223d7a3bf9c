// Exact decimal numbers in Wikibase's DecimalValue form (`+488705.11`), with the little arithmetic checks need.
import { z } from 'zod';

/** Wikibase's DecimalValue syntax: a sign, no exponent, no leading zeros. */
export const DECIMAL_PATTERN = /^[-+](?:[1-9]\d*|\d)(?:\.\d+)?$/;

export const DecimalStringSchema = z
  .string()
  .regex(DECIMAL_PATTERN, 'expected a decimal such as +488705.11 (sign, no exponent, no leading zeros)')
  // DecimalValue holds at most 127 characters.
  .max(127);

/** A decimal as an integer mantissa scaled by 10^-scale, so sums and products stay exact. */
export interface Decimal {
  readonly mantissa: bigint;
  readonly scale: number;
}

export function parseDecimal(text: string): Decimal {
  if (!DECIMAL_PATTERN.test(text)) throw new RangeError(`not a Wikibase decimal: ${text}`);
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.slice(1).split('.');
  const mantissa = BigInt(whole + fraction);
  return { mantissa: negative ? -mantissa : mantissa, scale: fraction.length };
}

/** Formats back to DecimalValue form; zero is `+0` (Wikibase has no negative zero). */
export function formatDecimal(d: Decimal): string {
  const negative = d.mantissa < 0n;
  let digits = (negative ? -d.mantissa : d.mantissa).toString();
  if (d.scale > 0) {
    digits = digits.padStart(d.scale + 1, '0');
    digits = `${digits.slice(0, -d.scale)}.${digits.slice(-d.scale)}`;
  }
  return `${negative ? '-' : '+'}${digits}`;
}

function rescale(d: Decimal, scale: number): bigint {
  return d.mantissa * 10n ** BigInt(scale - d.scale);
}

export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { mantissa: rescale(a, scale) + rescale(b, scale), scale };
}

export function subtractDecimal(a: Decimal, b: Decimal): Decimal {
  return addDecimal(a, { mantissa: -b.mantissa, scale: b.scale });
}

export function multiplyDecimal(a: Decimal, b: Decimal): Decimal {
  return { mantissa: a.mantissa * b.mantissa, scale: a.scale + b.scale };
}

export function absDecimal(a: Decimal): Decimal {
  return a.mantissa < 0n ? { mantissa: -a.mantissa, scale: a.scale } : a;
}

/** -1, 0 or 1, compared exactly whatever the scales. */
export function compareDecimal(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale);
  const x = rescale(a, scale);
  const y = rescale(b, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Half a unit in the last place written: how far a rounded figure may be from the exact one. */
export function halfUnitInLastPlace(d: Decimal): Decimal {
  return { mantissa: 5n, scale: d.scale + 1 };
}
