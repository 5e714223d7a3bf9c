// Numbers as formatNum shows them in the 24 EU languages, read back into exact DecimalValue strings.
import { describe, expect, it } from 'vitest';
import { parseLocalisedAmountWithUncertainty, parseLocalisedDecimal } from '../../src/locale/index.js';

const EU = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' ');

// Intl formats decimal strings exactly (no float on the way), so it can write the inputs for every language.
const VALUES: readonly [Intl.StringNumericLiteral, string][] = [
  ['488705.11', '+488705.11'],
  ['85.0', '+85.0'],
  ['0.5', '+0.5'],
  ['-3', '-3'],
  ['1234', '+1234'],
  ['-1234.50', '-1234.50'],
  ['1000000', '+1000000'],
  ['12345678901234567890.123456789', '+12345678901234567890.123456789'],
];

function fractionDigits(value: string): number {
  return value.split('.')[1]?.length ?? 0;
}

describe('parseLocalisedDecimal, generated with Intl for every EU language', () => {
  for (const lang of EU) {
    for (const [value, expected] of VALUES) {
      for (const useGrouping of [true, false]) {
        const digits = fractionDigits(value);
        const format = new Intl.NumberFormat(lang, {
          useGrouping,
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        });
        const text = format.format(value);
        it(`${lang}: ${JSON.stringify(text)} → ${expected}`, () => {
          expect(parseLocalisedDecimal(text, lang)).toBe(expected);
        });
      }
    }
  }
});

describe('parseLocalisedDecimal, hand-checked literals', () => {
  const cases: readonly [string, string, string | null][] = [
    ['en', '488,705.11', '+488705.11'],
    ['en', '85.0', '+85.0'],
    ['en', ' 1,234,567 ', '+1234567'],
    ['en', '\u22123.5', '-3.5'],
    ['en', '+42', '+42'],
    ['en', '-0.00', '+0.00'],
    ['de', '488.705,11', '+488705.11'],
    ['de', '1.234', '+1234'],
    ['de', '1,234', '+1.234'],
    ['fr', '488\u202f705,11', '+488705.11'],
    ['fr', '488\u00a0705,11', '+488705.11'],
    ['fr', '488 705,11', '+488705.11'],
    ['pl', '1234,5', '+1234.5'],
    ['pl', '12\u00a0345,5', '+12345.5'],
    ['es', '1234,5', '+1234.5'],
    ['es', '12.345,5', '+12345.5'],
    // MediaWiki's Spanish groups with a no-break space where CLDR has a dot: both are read.
    ['es', '12\u00a0345,5', '+12345.5'],
    ['sv', '\u22121\u00a0234,5', '-1234.5'],
    ['hu', '488\u00a0705,11', '+488705.11'],
    ['ga', '488,705.11', '+488705.11'],
    ['mt', '488,705.11', '+488705.11'],
    ['el', '488.705,11', '+488705.11'],
    ['pt-BR', '488.705,11', '+488705.11'],
  ];
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${JSON.stringify(text)} → ${expected}`, () => {
      expect(parseLocalisedDecimal(text, lang)).toBe(expected);
    });
  }
});

describe('parseLocalisedDecimal, refusals', () => {
  const cases: readonly [string, string][] = [
    ['en', '48,8705.11'], // groups of three or none
    ['en', '488.705,11'], // German layout in an English page
    ['en', '1,23'],
    ['en', '1,234.5.6'],
    ['en', '12 345'], // English groups with commas only
    ['en', '007'], // leading zeros: a code, not an amount
    ['en', '0,123'],
    ['en', '1e5'],
    ['en', '.5'],
    ['en', '5.'],
    ['en', ''],
    ['en', '−'],
    ['en', 'abc'],
    ['en', '12 apples'],
    ['de', '488,705.11'],
    ['de', '1.23'],
    ['de', '1\u00a0234.567,8'], // two kinds of separator in one number
    ['fr', '1.234'], // a dot is no separator at all in French
    ['pl', '1,234.5'],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: ${JSON.stringify(text)} → null`, () => {
      expect(parseLocalisedDecimal(text, lang)).toBeNull();
    });
  }
});

describe('parseLocalisedAmountWithUncertainty', () => {
  it('computes the bounds exactly', () => {
    expect(parseLocalisedAmountWithUncertainty('1,234±5', 'en')).toEqual({
      amount: '+1234',
      upperBound: '+1239',
      lowerBound: '+1229',
    });
  });

  it('keeps the scale of the finer operand', () => {
    expect(parseLocalisedAmountWithUncertainty('1,234 ± 0.5', 'en')).toEqual({
      amount: '+1234',
      upperBound: '+1234.5',
      lowerBound: '+1233.5',
    });
    expect(parseLocalisedAmountWithUncertainty('85.00±1', 'en')).toEqual({
      amount: '+85.00',
      upperBound: '+86.00',
      lowerBound: '+84.00',
    });
  });

  it('crosses zero and stays exact where floats would not', () => {
    expect(parseLocalisedAmountWithUncertainty('0,1±0,3', 'de')).toEqual({
      amount: '+0.1',
      upperBound: '+0.4',
      lowerBound: '-0.2',
    });
    expect(parseLocalisedAmountWithUncertainty('5±5', 'en')).toEqual({
      amount: '+5',
      upperBound: '+10',
      lowerBound: '+0',
    });
    expect(parseLocalisedAmountWithUncertainty('12345678901234567890.123456789±0.000000001', 'en')).toEqual({
      amount: '+12345678901234567890.123456789',
      upperBound: '+12345678901234567890.123456790',
      lowerBound: '+12345678901234567890.123456788',
    });
  });

  it('reads localised amounts and margins', () => {
    expect(parseLocalisedAmountWithUncertainty('\u22121.234,5±0,25', 'de')).toEqual({
      amount: '-1234.5',
      upperBound: '-1234.25',
      lowerBound: '-1234.75',
    });
    expect(parseLocalisedAmountWithUncertainty('12\u202f345±10', 'fr')).toEqual({
      amount: '+12345',
      upperBound: '+12355',
      lowerBound: '+12335',
    });
  });

  it('returns the amount alone when no margin is shown', () => {
    expect(parseLocalisedAmountWithUncertainty('488,705.11', 'en')).toEqual({ amount: '+488705.11' });
  });

  it('refuses a missing, doubled or negative margin', () => {
    expect(parseLocalisedAmountWithUncertainty('1±', 'en')).toBeNull();
    expect(parseLocalisedAmountWithUncertainty('±1', 'en')).toBeNull();
    expect(parseLocalisedAmountWithUncertainty('1±2±3', 'en')).toBeNull();
    expect(parseLocalisedAmountWithUncertainty('1±-2', 'en')).toBeNull();
    expect(parseLocalisedAmountWithUncertainty('1,5±1', 'en')).toBeNull();
  });
});
