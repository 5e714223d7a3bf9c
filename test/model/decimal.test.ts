// Exact decimals in Wikibase's DecimalValue form: parsing, formatting, arithmetic, comparison, half a unit in the last place.
import { describe, expect, it } from 'vitest';
import {
  absDecimal,
  addDecimal,
  compareDecimal,
  DECIMAL_PATTERN,
  DecimalStringSchema,
  formatDecimal,
  halfUnitInLastPlace,
  multiplyDecimal,
  parseDecimal,
  subtractDecimal,
  type Decimal,
} from '../../src/model/index.js';

const d = (text: string): Decimal => parseDecimal(text);
const f = (value: Decimal): string => formatDecimal(value);

describe('parseDecimal', () => {
  it.each<[string, bigint, number]>([
    ['+488705.11', 48870511n, 2],
    ['+85.0', 850n, 1],
    ['+85', 85n, 0],
    ['-0.5', -5n, 1],
    ['+0', 0n, 0],
    ['-0', 0n, 0],
    ['+0.000', 0n, 3],
    ['+84.99999999999999', 8499999999999999n, 14],
    ['+123456789012345678901234567890.123456789', 123456789012345678901234567890123456789n, 9],
  ])('%s → mantissa %s, scale %s', (text, mantissa, scale) => {
    expect(d(text)).toEqual({ mantissa, scale });
  });

  it.each(['488705.11', '+01', '+00.5', '+.5', '+5.', '+1e5', '+1,5', '++1', '', '+', ' +1', '+1 ', '+NaN', '+Infinity', '−1'])(
    'refuses %j with a RangeError',
    (text) => {
      expect(() => parseDecimal(text)).toThrow(RangeError);
      expect(DECIMAL_PATTERN.test(text)).toBe(false);
      expect(DecimalStringSchema.safeParse(text).success).toBe(false);
    },
  );
});

describe('formatDecimal', () => {
  it.each<[Decimal, string]>([
    [{ mantissa: 48870511n, scale: 2 }, '+488705.11'],
    [{ mantissa: 850n, scale: 1 }, '+85.0'],
    [{ mantissa: 5n, scale: 3 }, '+0.005'],
    [{ mantissa: -5n, scale: 3 }, '-0.005'],
    [{ mantissa: -5n, scale: 1 }, '-0.5'],
    [{ mantissa: 0n, scale: 0 }, '+0'],
    [{ mantissa: 0n, scale: 2 }, '+0.00'],
    [{ mantissa: -0n, scale: 0 }, '+0'],
    [{ mantissa: 100n, scale: 2 }, '+1.00'],
  ])('%o → %s', (value, text) => {
    expect(f(value)).toBe(text);
    expect(DECIMAL_PATTERN.test(text)).toBe(true);
  });

  it.each(['+488705.11', '+85.0', '-0.005', '+0', '+1.00', '-123456789012345678901234567890.5'])('round-trips %s, trailing zeros kept', (text) => {
    expect(f(d(text))).toBe(text);
  });

  it('writes no negative zero', () => {
    expect(f(d('-0'))).toBe('+0');
    expect(f(d('-0.00'))).toBe('+0.00');
  });
});

describe('arithmetic', () => {
  it.each<[string, string, string, string, string]>([
    // a, b, a + b, a − b, a × b
    ['+1.5', '+2.25', '+3.75', '-0.75', '+3.375'],
    ['+488705.11', '+100', '+488805.11', '+488605.11', '+48870511.00'],
    ['-1', '+1', '+0', '-2', '-1'],
    ['+0.1', '+0.2', '+0.3', '-0.1', '+0.02'],
    ['+1234', '+0.5', '+1234.5', '+1233.5', '+617.0'],
  ])('%s and %s', (a, b, sum, difference, product) => {
    expect(f(addDecimal(d(a), d(b)))).toBe(sum);
    expect(f(subtractDecimal(d(a), d(b)))).toBe(difference);
    expect(f(multiplyDecimal(d(a), d(b)))).toBe(product);
  });

  it.each<[string, string]>([
    ['-0.5', '+0.5'],
    ['+0.5', '+0.5'],
    ['+0', '+0'],
  ])('absDecimal(%s) = %s', (a, abs) => {
    expect(f(absDecimal(d(a)))).toBe(abs);
  });
});

describe('compareDecimal', () => {
  it.each<[string, string, -1 | 0 | 1]>([
    ['+85', '+85.0', 0],
    ['+85.00', '+85', 0],
    ['+0', '-0', 0],
    ['+84.99999999999999', '+85', -1],
    ['+85.00000000000001', '+85', 1],
    ['-1', '+0.5', -1],
    ['-1.5', '-1.25', -1],
    ['+574947.19', '+488705.11', 1],
    ['+100000000000000000000.1', '+100000000000000000000', 1],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(compareDecimal(d(a), d(b))).toBe(expected);
    expect(compareDecimal(d(b), d(a))).toBe(-expected || 0);
  });
});

describe('halfUnitInLastPlace', () => {
  it.each<[string, string]>([
    ['+85', '+0.5'],
    ['+85.0', '+0.05'],
    ['+84.6', '+0.05'],
    ['+488705.11', '+0.005'],
    ['-3', '+0.5'],
  ])('%s → %s', (value, half) => {
    expect(f(halfUnitInLastPlace(d(value)))).toBe(half);
  });
});
