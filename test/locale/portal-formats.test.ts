// Dates in an Angular pattern and amounts in one locale, as the Kohesio portal writes them: written and read back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocaleAmount, formatPatternDate, parseLocaleAmount, parsePatternDate } from '../../src/locale/index.js';
import { EU_LANGUAGES } from '../render/arbitraries.js';

describe('d MMMM yyyy', () => {
  it.each([
    ['1 April 2021', 'en', { year: 2021, month: 4, day: 1 }],
    ['1 marca 2019', 'pl', { year: 2019, month: 3, day: 1 }],
    ['31 grudnia 2021', 'pl', { year: 2021, month: 12, day: 31 }],
    ['1 huhtikuuta 2021', 'fi', { year: 2021, month: 4, day: 1 }],
    ['1\u00a0Απριλίου 2021', 'el', { year: 2021, month: 4, day: 1 }],
    ['1 MARCA 2019', 'pl', { year: 2019, month: 3, day: 1 }],
  ])('reads %s (%s)', (text, lang, date) => {
    expect(parsePatternDate(text, 'd MMMM yyyy', lang)).toEqual(date);
  });

  it.each([
    ['31 February 2021', 'en'],
    ['29 February 2021', 'en'],
    ['1 April', 'en'],
    ['April 1 2021', 'en'],
    ['1 kwietnia 2021', 'en'],
  ])('refuses %s (%s)', (text, lang) => {
    expect(parsePatternDate(text, 'd MMMM yyyy', lang)).toBeNull();
  });

  it('reads 29 February of a leap year', () => {
    expect(parsePatternDate('29 February 2020', 'd MMMM yyyy', 'en')).toEqual({ year: 2020, month: 2, day: 29 });
  });

  it('reads back every date it writes, in every EU language, and other patterns', () => {
    const date = fc
      .record({ year: fc.integer({ min: 1000, max: 2999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
      .filter((d) => d.day <= new Date(Date.UTC(d.year, d.month, 0)).getUTCDate());
    fc.assert(
      fc.property(date, fc.constantFrom(...EU_LANGUAGES), fc.constantFrom('d MMMM yyyy', 'dd.MM.yyyy', "d 'de' MMMM 'de' y"), (d, lang, pattern) => {
        expect(parsePatternDate(formatPatternDate(d, pattern, lang), pattern, lang)).toEqual(d);
      }),
    );
  });
});

describe('amounts in the fr locale', () => {
  it.each([
    ['95 393,38 €', 'EUR', '+95393.38'],
    ['95\u202f393,38\u00a0€', 'EUR', '+95393.38'],
    ['1 954 138,80 €', 'EUR', '+1954138.80'],
    ['0,01 €', 'EUR', '+0.01'],
    ['-1 000,00 €', 'EUR', '-1000.00'],
    ['85', undefined, '+85'],
    ['46,606', undefined, '+46.606'],
  ])('reads %s', (text, currency, amount) => {
    expect(parseLocaleAmount(text, 'fr', currency)).toBe(amount);
  });

  it.each([['95.393,38 €'], ['95 39,38 €'], ['095,00 €'], ['95 393,38'], ['€'], ['1,2,3 €']])('refuses %s', (text) => {
    expect(parseLocaleAmount(text, 'fr', 'EUR')).toBeNull();
  });

  it('writes what Intl writes, and reads it back exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 13n }), (cents) => {
        const amount = `+${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
        const intl = new Intl.NumberFormat('fr', { style: 'currency', currency: 'EUR' }).format(Number(cents) / 100);
        expect(formatLocaleAmount(amount, 'fr', 'EUR')).toBe(intl);
        expect(parseLocaleAmount(intl, 'fr', 'EUR')).toBe(amount);
      }),
    );
  });
});
