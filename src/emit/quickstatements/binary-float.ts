// What QuickStatements' floating-point arithmetic makes of a `~` tolerance, compared exactly with the bounds we mean.
import { compareDecimal, type Decimal } from '../../model/decimal.js';

/** The exact value of an IEEE 754 double, as a decimal (every finite double has a finite decimal expansion). */
export function exactDecimalOfDouble(x: number): Decimal {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const exponentBits = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const significand = exponentBits === 0 ? fraction : fraction | (1n << 52n);
  const exponent = (exponentBits === 0 ? 1 : exponentBits) - 1075;
  // significand × 2^exponent, and 2^-n = 5^n / 10^n keeps it an integer mantissa over a power of ten.
  const magnitude: Decimal =
    exponent >= 0
      ? { mantissa: significand << BigInt(exponent), scale: 0 }
      : { mantissa: significand * 5n ** BigInt(-exponent), scale: -exponent };
  return negative ? { mantissa: -magnitude.mantissa, scale: magnitude.scale } : magnitude;
}

/**
 * The bound QuickStatements stores for `amount~tolerance`: parseValueV1 computes `$amount*1 ± $error*1` in PHP
 * floats and sends the float, which Wikibase turns back into a decimal. Parsing here with Number() is on
 * purpose: it reproduces what QuickStatements does, so we can tell when that is not the bound we mean.
 */
export function quickStatementsBound(amount: string, tolerance: string, direction: 1 | -1): Decimal {
  const a = Number(amount);
  const t = Number(tolerance);
  return exactDecimalOfDouble(direction === 1 ? a + t : a - t);
}

/** Whether QuickStatements' float arithmetic lands exactly on `bound`. */
export function floatReaches(amount: string, tolerance: string, direction: 1 | -1, bound: Decimal): boolean {
  return compareDecimal(quickStatementsBound(amount, tolerance, direction), bound) === 0;
}

