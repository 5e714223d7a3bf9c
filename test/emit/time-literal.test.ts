// timeLexical: the xsd:dateTime Wikibase writes for a time value: precisions, XSD 1.1 years, Julian dates, clamped days, untyped fallbacks.
import { describe, expect, it } from 'vitest';
import { timeLexical } from '../../src/emit/rdf/values/time.js';
import { XSD } from '../../src/emit/index.js';
import { GREGORIAN, JULIAN, type TimeValue } from '../../src/model/index.js';

const value = (time: string, precision: number, calendarmodel = GREGORIAN): TimeValue['value'] => ({
  time,
  timezone: 0,
  before: 0,
  after: 0,
  precision,
  calendarmodel,
});

/** The literal as [lexical form, datatype IRI]. */
function literalOf(time: string, precision: number, calendarmodel = GREGORIAN): [string, string] {
  const { lexical, dateTime } = timeLexical(value(time, precision, calendarmodel));
  return [lexical, dateTime ? DATETIME : UNTYPED];
}

const DATETIME = `${XSD}dateTime`;
const UNTYPED = `${XSD}string`;

describe('timeLiteral: Gregorian dates', () => {
  it.each<[string, string, number, string]>([
    ['day precision', '+2018-09-01T00:00:00Z', 11, '2018-09-01T00:00:00Z'],
    ['month precision: day 00 becomes 01', '+2018-09-00T00:00:00Z', 10, '2018-09-01T00:00:00Z'],
    ['year precision: month and day 00 become 01', '+2018-00-00T00:00:00Z', 9, '2018-01-01T00:00:00Z'],
    ['year precision ignores the month and day written', '+2014-04-31T00:00:00Z', 9, '2014-01-01T00:00:00Z'],
    ['month precision ignores the day written', '+2018-09-17T00:00:00Z', 10, '2018-09-01T00:00:00Z'],
    ['decade precision', '+2010-00-00T00:00:00Z', 8, '2010-01-01T00:00:00Z'],
    ['a month 00 at day precision becomes 01', '+0200-10-00T00:00:00Z', 11, '0200-10-01T00:00:00Z'],
    ['years below 1000 get four digits', '+0033-04-03T00:00:00Z', 11, '0033-04-03T00:00:00Z'],
    ['years above 9999 keep all their digits', '+2000000200-10-00T00:00:00Z', 5, '2000000200-01-01T00:00:00Z'],
    ['leading zeros of long years are dropped', '+00000002018-09-01T00:00:00Z', 11, '2018-09-01T00:00:00Z'],
  ])('%s: %s → %s', (_, time, precision, expected) => {
    expect(literalOf(time, precision)).toEqual([expected, DATETIME]);
  });
});

describe('timeLiteral: years before the common era, in XSD 1.1 numbering (0000 is 1 BCE)', () => {
  it.each<[string, number, string]>([
    ['-0001-00-00T00:00:00Z', 9, '0000-01-01T00:00:00Z'],
    ['-0002-00-00T00:00:00Z', 9, '-0001-01-01T00:00:00Z'],
    ['-0200-00-00T00:00:00Z', 9, '-0199-01-01T00:00:00Z'],
    ['-0044-03-15T00:00:00Z', 11, '-0043-03-15T00:00:00Z'],
    ['-200000200-04-31T00:00:00Z', 11, '-200000199-04-30T00:00:00Z'],
  ])('%s (precision %s) → %s', (time, precision, expected) => {
    expect(literalOf(time, precision)).toEqual([expected, DATETIME]);
  });

  // Wikibase's DateTimeValueCleaner moves negative years to XSD 1.1 only at year precision or finer
  // (`$precision >= TimeValue::PRECISION_YEAR`): the conformance pack's Q8 (TEST-Dates-8-12) expects
  // "-2000002010-01-01T00:00:00Z" for -2000002010 at decade precision.
  it.each<[string, number, string]>([
    ['-2000002010-02-29T00:00:00Z', 8, '-2000002010-01-01T00:00:00Z'],
    ['-13798000000-00-00T00:00:00Z', 3, '-13798000000-01-01T00:00:00Z'],
  ])('keeps %s at precision %s as it is, below year precision', (time, precision, expected) => {
    expect(literalOf(time, precision)).toEqual([expected, DATETIME]);
  });
});

describe('timeLiteral: impossible days are clamped to the month\'s last day', () => {
  it.each<[string, string]>([
    ['+2014-02-29T00:00:00Z', '2014-02-28T00:00:00Z'],
    ['+2012-02-30T00:00:00Z', '2012-02-29T00:00:00Z'],
    ['+2000-02-30T00:00:00Z', '2000-02-29T00:00:00Z'],
    ['+1900-02-29T00:00:00Z', '1900-02-28T00:00:00Z'],
    ['+0200-02-30T00:00:00Z', '0200-02-28T00:00:00Z'],
    ['+2014-04-31T00:00:00Z', '2014-04-30T00:00:00Z'],
    ['+2014-12-32T00:00:00Z', '2014-12-31T00:00:00Z'],
    ['-0001-02-29T00:00:00Z', '0000-02-29T00:00:00Z'],
  ])('%s → %s', (time, expected) => {
    expect(literalOf(time, 11)).toEqual([expected, DATETIME]);
  });
});

describe('timeLiteral: Julian dates', () => {
  it.each<[string, string, number, string]>([
    ['a leap day, moved to Gregorian at day precision', '+2012-02-29T00:00:00Z', 11, '2012-03-13T00:00:00Z'],
    ['the last Julian day before the reform', '+1582-10-04T00:00:00Z', 11, '1582-10-14T00:00:00Z'],
    ['the Ides of March, 44 BCE', '-0044-03-15T00:00:00Z', 11, '-0043-03-13T00:00:00Z'],
    ['a date in the first century', '+0033-04-03T00:00:00Z', 11, '0033-04-01T00:00:00Z'],
    ['year precision: not moved', '-2010-02-29T00:00:00Z', 9, '-2009-01-01T00:00:00Z'],
    ['month precision: not moved', '+1582-10-00T00:00:00Z', 10, '1582-10-01T00:00:00Z'],
    // juliantojd() gives 0 for 1 January 4713 BCE, which Wikibase takes for a failure: the date stays as written.
    ['Julian day 0: kept, cleaned as a Gregorian date', '-4713-01-01T00:00:00Z', 11, '-4712-01-01T00:00:00Z'],
    ['Julian day 1: moved', '-4713-01-02T00:00:00Z', 11, '-4713-11-25T00:00:00Z'],
  ])('%s: %s → %s', (_, time, precision, expected) => {
    expect(literalOf(time, precision, JULIAN)).toEqual([expected, DATETIME]);
  });

  // Wikibase converts the Julian date as written (juliantojd(2, 29, 1900)): a Julian leap day that Gregorian lacks
  // must not be clamped with Gregorian month lengths first, or Julian 02-28 and 02-29 would both give 03-12.
  it('converts a Julian leap day that Gregorian lacks', () => {
    expect(literalOf('+1900-02-29T00:00:00Z', 11, JULIAN)).toEqual(['1900-03-13T00:00:00Z', DATETIME]);
  });

  it('converts the day before it', () => {
    expect(literalOf('+1900-02-28T00:00:00Z', 11, JULIAN)).toEqual(['1900-03-12T00:00:00Z', DATETIME]);
  });
});

describe('timeLiteral: values Wikibase writes as an untyped literal', () => {
  it.each<[string, string, number, string]>([
    ['year 0 (no such year in the data model)', '+0000-00-00T00:00:00Z', 9, GREGORIAN],
    ['year 0 at day precision', '+0000-02-29T00:00:00Z', 11, GREGORIAN],
    ['year 0, Julian', '+0000-02-29T00:00:00Z', 9, JULIAN],
    ['year -0', '-0000-01-01T00:00:00Z', 11, GREGORIAN],
    ['an unknown calendar model at day precision', '+2012-02-31T00:00:00Z', 11, 'http://acme.test/calendar'],
    ['a time string of another shape', '2012-02-01', 11, GREGORIAN],
  ])('%s: %s', (_, time, precision, calendar) => {
    expect(literalOf(time, precision, calendar)).toEqual([time, UNTYPED]);
  });

  // Wikibase's DateTimeValueCleaner::getStandardValue cleans any value below day precision whatever its calendar
  // (`$calendar === GREGORIAN || $precision < PRECISION_DAY`); only day precision in an unknown calendar is null.
  it('types an unknown calendar model\'s value below day precision', () => {
    expect(literalOf('+2012-02-31T00:00:00Z', 9, 'http://acme.test/calendar')).toEqual(['2012-01-01T00:00:00Z', DATETIME]);
  });
});
