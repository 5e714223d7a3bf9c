// The renderer's value formatters, table by table: numbers, Wikibase's rounding, quantities, dates, coordinates, texts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLocalisedDecimal } from '../../src/locale/index.js';
import { EARTH, GREGORIAN, JULIAN, type TimeValue } from '../../src/model/index.js';
import { UI_LANGUAGES } from '../../src/parse/index.js';
import {
  formatGlobeCoordinate,
  formatLocalisedDecimal,
  formatLocalisedTime,
  formatMonolingualText,
  formatQuantity,
  needsCalendarNote,
  roundToExponent,
  shownAmount,
  unitLabel,
} from '../../src/render/index.js';
import { ENTITY, EURO, PERCENT, PROFILE } from '../support/builders.js';
import { decimal } from './arbitraries.js';

const NBSP = '\u00a0';
const MINUS = '\u2212';

describe('formatLocalisedDecimal', () => {
  it.each<[string, string, string]>([
    ['+488705.11', 'en', '488,705.11'],
    ['+488705.11', 'de', '488.705,11'],
    ['+488705.11', 'fr', `488${NBSP}705,11`],
    ['+488705.11', 'sv', `488${NBSP}705,11`],
    ['+85.0', 'en', '85.0'],
    ['+85.0', 'it', '85,0'],
    ['+84.99999999999999', 'en', '84.99999999999999'],
    // Formatting through a float would change its digits: Wikibase shows the plain decimal.
    ['+123456789012345678.25', 'en', '123456789012345678.25'],
    ['+123456789012345678.25', 'de', '123456789012345678.25'],
    ['+1234', 'es', '1234'],
    ['+12345', 'es', `12${NBSP}345`],
    ['+1234', 'pl', '1234'],
    ['+1234', 'cs', `1${NBSP}234`],
    ['+0', 'de', '0'],
    ['+0.000001', 'de', '0,000001'],
    ['-0.5', 'en', `${MINUS}0.5`],
    ['-0.5', 'sv', `${MINUS}0,5`],
  ])('%s in %s → %j', (amount, lang, expected) => {
    expect(formatLocalisedDecimal(amount, lang)).toBe(expected);
  });

  it('reads back as the same decimal, in every UI language (MediaWiki\'s marks, U+2212, plain where a float loses digits)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...UI_LANGUAGES), decimal(10n ** 20n, 20), fc.boolean(), (lang, amount, negative) => {
        const signed = negative && !/^\+0(\.0*)?$/u.test(amount) ? amount.replace('+', '-') : amount;
        expect(parseLocalisedDecimal(formatLocalisedDecimal(signed, lang), lang)).toBe(signed);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('refuses what is not a decimal', () => {
    expect(() => formatLocalisedDecimal('1e5', 'en')).toThrow(RangeError);
  });
});

describe('roundToExponent, as DataValues DecimalMath rounds', () => {
  it.each<[string, number, string]>([
    ['+1234.5678', -2, '+1234.57'],
    ['+1234.5678', 0, '+1235'],
    ['+1234', 2, '+1200'],
    ['+1250', 2, '+1300'],
    ['+15', 1, '+20'],
    ['+95', 1, '+100'],
    ['+0.05', -1, '+0.1'],
    ['-0.5', 0, '-1'],
    ['+85.0', -3, '+85.0'],
    ['+85', -1, '+85'],
    ['+5', 1, '+0'],
    ['+50', 2, '+0'],
  ])('%s to 10^%i → %s', (value, exponent, expected) => {
    expect(roundToExponent(value, exponent)).toBe(expected);
  });
});

describe('shownAmount: what QuantityFormatter shows of an amount and its bounds', () => {
  it.each<[string, string | undefined, string | undefined, ReturnType<typeof shownAmount>]>([
    ['+488705.11', undefined, undefined, { amount: '+488705.11' }],
    ['+1000', '+1005', '+995', { amount: '+1000', margin: '+5' }],
    ['+1234.5678', '+1234.6678', '+1234.4678', { amount: '+1234.6', margin: '+0.1' }],
    ['+1234', '+1284', '+1184', { amount: '+1230', margin: '+50' }],
    ['+10', '+12', '+9', { amount: '+10', margin: '+2' }],
    ['+0.5', '+0.55', '+0.45', { amount: '+0.5', margin: '+0.05' }],
    ['+10', '+10', '+10', { amount: '+10' }],
    ['+10.25', '+10.5', '+10.25', { amount: '+10.25', margin: '+0.25' }],
  ])('%s [%s, %s]', (amount, upper, lower, expected) => {
    expect(shownAmount(amount, upper, lower)).toEqual(expected);
  });
});

describe('formatQuantity', () => {
  const q = (amount: string, unit: string, bounds?: [string, string]) => ({
    amount,
    unit,
    ...(bounds === undefined ? {} : { upperBound: bounds[0], lowerBound: bounds[1] }),
  });
  it.each<[string, ReturnType<typeof q>, string, string]>([
    ['a Euro amount in English', q('+488705.11', EURO), 'en', '488,705.11 Euro'],
    ['the unit named in the UI language', q('+488705.11', EURO), 'fr', `488${NBSP}705,11 euro`],
    ['a percentage keeps its trailing zero; the unit is CLDR\'s name in the UI language', q('+85.0', PERCENT), 'hu', '85,0 százalék'],
    ['a symbol is no name: the English label', q('+85.0', PERCENT), 'ga', '85.0 percent'],
    ['a margin after the number, no spaces', q('+1000', EURO, ['+1005', '+995']), 'en', '1,000±5 Euro'],
    ['no unit', q('+12', '1'), 'en', '12'],
    ['a unit the profile does not know, by its id', q('+12', `${ENTITY}Q99`), 'en', '12 Q99'],
  ])('%s', (_, value, lang, expected) => {
    expect(formatQuantity(value, lang, PROFILE)).toBe(expected);
  });

  it('takes a unit label in the UI language when the profile has one', () => {
    const profile = { ...PROFILE, units: [{ item: 'Q226' as const, labels: { de: ['Euro (de)'], en: ['Euro'] } }] };
    expect(unitLabel(EURO, 'de', profile)).toBe('Euro (de)');
    expect(unitLabel(EURO, 'fr', profile)).toBe('Euro');
  });
});

const time = (t: string, precision: number, calendarmodel = GREGORIAN): TimeValue['value'] => ({
  time: t,
  timezone: 0,
  before: 0,
  after: 0,
  precision,
  calendarmodel,
});

describe('formatLocalisedTime: day, month and year in that order, MediaWiki\'s month names and day shapes', () => {
  it.each<[string, string, string]>([
    ['en', '1 September 2018', 'September 2018'],
    ['de', '1. September 2018', 'September 2018'],
    ['fr', '1 septembre 2018', 'septembre 2018'],
    ['hu', '1. szeptember 2018', 'szeptember 2018'],
    ['lt', '1 rugsėjo 2018', 'rugsėjo 2018'],
    ['lv', '1 septembris 2018', 'septembris 2018'],
    ['el', '1 Σεπτεμβρίου 2018', 'Σεπτέμβριος 2018'],
    ['pl', '1 wrz 2018', 'wrzesień 2018'],
    ['cs', '1. 9. 2018', 'září 2018'],
    ['fi', '1. syyskuu 2018', 'syyskuu 2018'],
    ['hr', '1. rujan 2018', 'rujan 2018'],
    ['es', '1 sep 2018', 'septiembre 2018'],
    ['pt', '1 setembro 2018', 'setembro 2018'],
    ['ga', '1 Meán Fómhair 2018', 'Meán Fómhair 2018'],
    ['mt', '1 Settembru 2018', 'Settembru 2018'],
    ['bg', '1 септември 2018', 'септември 2018'],
  ])('%s: %j, %j', (lang, dayText, monthText) => {
    expect(formatLocalisedTime(time('+2018-09-01T00:00:00Z', 11), lang)).toBe(dayText);
    expect(formatLocalisedTime(time('+2018-09-00T00:00:00Z', 10), lang)).toBe(monthText);
  });

  it.each<[string, TimeValue['value'], string | null]>([
    ['a year', time('+2018-00-00T00:00:00Z', 9), '2018'],
    ['a year of three digits', time('+0800-00-00T00:00:00Z', 9), '800'],
    ['a date in a three-digit year', time('+0800-09-01T00:00:00Z', 11), '1 September 800'],
    ['above day precision: the timestamp', time('+2018-09-01T10:00:00Z', 12), '+2018-09-01T10:00:00Z'],
    ['day precision without a day: the timestamp', time('+2018-09-00T00:00:00Z', 11), '+2018-09-00T00:00:00Z'],
    ['a two-digit year needs "CE"', time('+0012-09-01T00:00:00Z', 11), null],
    ['BCE needs a message', time('-0044-03-15T00:00:00Z', 11), null],
    ['a decade needs a message', time('+2010-00-00T00:00:00Z', 8), null],
  ])('%s', (_, value, expected) => {
    expect(formatLocalisedTime(value, 'en')).toBe(expected);
  });
});

describe('needsCalendarNote, as HtmlTimeFormatter decides', () => {
  it.each<[string, TimeValue['value'], boolean]>([
    ['Gregorian, 2018', time('+2018-09-01T00:00:00Z', 11), false],
    ['Gregorian, 1930', time('+1930-01-01T00:00:00Z', 11), false],
    ['Gregorian, 1900, both calendars in use', time('+1900-09-01T00:00:00Z', 11), true],
    ['Gregorian, 1900, a year only', time('+1900-00-00T00:00:00Z', 9), false],
    ['Julian in 2018', time('+2018-09-01T00:00:00Z', 11, JULIAN), true],
    ['Julian in 1500, the default then', time('+1500-09-01T00:00:00Z', 11, JULIAN), false],
    ['Gregorian in 1500', time('+1500-09-01T00:00:00Z', 11), true],
  ])('%s → %s', (_, value, expected) => {
    expect(needsCalendarNote(value)).toBe(expected);
  });
});

describe('formatGlobeCoordinate, as LatLongFormatter writes it for Wikibase', () => {
  const c = (latitude: number, longitude: number, precision: number | null, globe = EARTH) => ({ latitude, longitude, altitude: null, precision, globe });
  it.each<[string, ReturnType<typeof c>, string | null]>([
    ['tenths of a second at 1e-4°', c(51.7577, 18.0916, 1e-4), `51°45'27.7"N, 18°5'29.8"E`],
    ['south and west', c(-33.8688, -151.2093, 1e-4), `33°52'7.7"S, 151°12'33.5"W`],
    ['hundredths at 1e-5°; a tiny negative is still west', c(45.12345, -0.00001, 1e-5), `45°7'24.42"N, 0°0'0.04"W`],
    ['minutes at 1/60°', c(52.52, 13.405, 1 / 60), `52°31'N, 13°24'E`],
    ['degrees at 1°', c(52.52, 13.405, 1), '53°N, 13°E'],
    ['whole seconds without a precision', c(52.52, 13.405, null), `52°31'12"N, 13°24'18"E`],
    ['zero is north and east', c(0, 0, 1e-4), `0°0'0.0"N, 0°0'0.0"E`],
    ['another globe needs a message', c(1, 1, 1e-4, 'http://www.wikidata.org/entity/Q405'), null],
  ])('%s', (_, value, expected) => {
    expect(formatGlobeCoordinate(value)).toBe(expected);
  });
});

describe('formatMonolingualText', () => {
  it.each<[string, string, string, string]>([
    ['Riassunto', 'it', 'en', 'Riassunto (Italian)'],
    ['Riassunto', 'it', 'de', 'Riassunto (Italienisch)'],
    ['Riassunto', 'it', 'fr', 'Riassunto (italien)'],
    ['Social activation (2SoKroG)', 'en', 'sl', 'Social activation (2SoKroG) (angleščina)'],
  ])('%j in %s, UI %s → %j', (text, language, ui, expected) => {
    expect(formatMonolingualText({ text, language }, ui)).toBe(expected);
  });
});
