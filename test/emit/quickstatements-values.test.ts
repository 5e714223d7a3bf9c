// QuickStatements value syntax: every value kind, what QuickStatements changes, and every value it cannot carry.
import { describe, expect, it } from 'vitest';
import {
  exactDecimalOfDouble,
  plainNumber,
  snakSyntax,
  v1QuotedText,
  type ValueContext,
} from '../../src/emit/quickstatements/index.js';
import { EARTH, GREGORIAN, JULIAN, formatDecimal, type DataValue, type Snak } from '../../src/model/index.js';
import { ENTITY, EURO, day, monolingual, quantity } from '../support/builders.js';

const ctx: ValueContext = { conceptUriBase: ENTITY, quotedText: v1QuotedText };

const valueSnak = (datavalue: DataValue): Snak => ({ snaktype: 'value', property: 'P1', datavalue });
const entity = (value: { 'entity-type': string; id?: string; 'numeric-id'?: number }): DataValue => ({ type: 'wikibase-entityid', value });
const bounded = (amount: string, lowerBound: string, upperBound: string, unit = '1'): DataValue => ({
  type: 'quantity',
  value: { amount, unit, lowerBound, upperBound },
});
const coordinate = (latitude: number, longitude: number, extra: { precision?: number | null; globe?: string; altitude?: number | null } = {}): DataValue => ({
  type: 'globecoordinate',
  value: { latitude, longitude, precision: extra.precision === undefined ? 0.000001 : extra.precision, globe: extra.globe ?? EARTH, ...(extra.altitude === undefined ? {} : { altitude: extra.altitude }) },
});
const time = (t: string, precision: number, extra: Partial<{ timezone: number; before: number; after: number; calendarmodel: string }> = {}): DataValue => ({
  type: 'time',
  value: { time: t, timezone: 0, before: 0, after: 0, precision, calendarmodel: GREGORIAN, ...extra },
});

describe('snakSyntax: values QuickStatements carries exactly', () => {
  it.each<[string, Snak, string]>([
    ['an item', valueSnak(entity({ 'entity-type': 'item', 'numeric-id': 5, id: 'Q5' })), 'Q5'],
    ['an item given by numeric id only (older JSON)', valueSnak(entity({ 'entity-type': 'item', 'numeric-id': 226 })), 'Q226'],
    ['a property', valueSnak(entity({ 'entity-type': 'property', id: 'P31' })), 'P31'],
    ['a lexeme', valueSnak(entity({ 'entity-type': 'lexeme', id: 'L7' })), 'L7'],
    ['a form', valueSnak(entity({ 'entity-type': 'form', id: 'L7-F2' })), 'L7-F2'],
    ['a sense', valueSnak(entity({ 'entity-type': 'sense', id: 'L7-S1' })), 'L7-S1'],
    ['a string (also external-id, url, commonsMedia, geo-shape…)', valueSnak({ type: 'string', value: 'Scienific Reserch Centre Bistra Ptuj' }), '"Scienific Reserch Centre Bistra Ptuj"'],
    ['a url', valueSnak({ type: 'string', value: 'https://www.bistra.si/' }), '"https://www.bistra.si/"'],
    ['a commons file', valueSnak({ type: 'string', value: 'Ptuj castle.jpg' }), '"Ptuj castle.jpg"'],
    ['a monolingual text', valueSnak(monolingual('testo', 'it')), 'it:"testo"'],
    ['a monolingual text with a regional code', valueSnak(monolingual('文本', 'zh-hans')), 'zh-hans:"文本"'],
    ['a quantity in an item unit of this Wikibase, without its +', valueSnak(quantity('+488705.11')), '488705.11U226'],
    ['trailing zeros are kept', valueSnak(quantity('+85.0', `${ENTITY}Q660`)), '85.0U660'],
    ['a long amount is kept digit for digit', valueSnak(quantity('+12345678901234567890.123456789')), '12345678901234567890.123456789U226'],
    ['a negative amount keeps its sign', valueSnak(quantity('-5', '1')), '-5'],
    ['zero', valueSnak(quantity('+0', '1')), '0'],
    ['a unitless quantity has no U', valueSnak(quantity('+3', '1')), '3'],
    ['integer bounds', valueSnak(bounded('+100', '+95', '+105', EURO)), '100~5U226'],
    ['binary-exact fractional bounds', valueSnak(bounded('+1.5', '+1.25', '+1.75')), '1.5~0.25'],
    ['bounds around a negative amount', valueSnak(bounded('-10', '-12', '-8')), '-10~2'],
    ['a day, always with its precision', valueSnak(day('+2018-09-01T00:00:00Z')), '+2018-09-01T00:00:00Z/11'],
    ['a month', valueSnak(time('+2018-09-00T00:00:00Z', 10)), '+2018-09-00T00:00:00Z/10'],
    ['a year: /9 written out too', valueSnak(time('+2018-00-00T00:00:00Z', 9)), '+2018-00-00T00:00:00Z/9'],
    ['a century', valueSnak(time('+1801-00-00T00:00:00Z', 7)), '+1801-00-00T00:00:00Z/7'],
    ['a BCE year', valueSnak(time('-0500-00-00T00:00:00Z', 9)), '-0500-00-00T00:00:00Z/9'],
    ['a Julian day: /J after the precision', valueSnak(day('+1582-10-04T00:00:00Z', 11, JULIAN)), '+1582-10-04T00:00:00Z/11/J'],
    ['a coordinate at QuickStatements precision', valueSnak(coordinate(46.4199, 15.8698)), '@46.4199/15.8698'],
    ['a negative coordinate', valueSnak(coordinate(-33.8688, -151.2093)), '@-33.8688/-151.2093'],
    ['a coordinate too small for plain JavaScript digits', valueSnak(coordinate(1e-7, 0)), '@0.0000001/0'],
    ['some value', { snaktype: 'somevalue', property: 'P1' }, 'somevalue'],
    ['no value', { snaktype: 'novalue', property: 'P1' }, 'novalue'],
  ])('%s', (_, snak, expected) => {
    expect(snakSyntax(snak, ctx)).toEqual({ text: expected, losses: [] });
  });
});

describe('snakSyntax: written, but stored differently (a format-limit each)', () => {
  it.each<[string, DataValue, string, string[]]>([
    ['a coarser coordinate precision', coordinate(46.4199, 15.8698, { precision: 0.0001 }), '@46.4199/15.8698', ['precision 0.0001']],
    ['no precision', coordinate(46.4199, 15.8698, { precision: null }), '@46.4199/15.8698', ['precision null']],
    ['an altitude', coordinate(46.4, 15.8, { altitude: 230 }), '@46.4/15.8', ['altitude 230']],
    ['a null altitude is no loss', coordinate(46.4, 15.8, { altitude: null }), '@46.4/15.8', []],
  ])('%s', (_, dv, text, losses) => {
    const got = snakSyntax(valueSnak(dv), ctx);
    expect('text' in got && got.text).toBe(text);
    const gotLosses = 'losses' in got ? got.losses : [];
    expect(gotLosses).toHaveLength(losses.length);
    losses.forEach((l, i) => expect(gotLosses[i]).toContain(l));
  });
});

describe('snakSyntax: values QuickStatements cannot carry (left out, with a format-limit)', () => {
  it.each<[string, DataValue, string]>([
    ['a unit on another Wikibase', quantity('+5', 'http://www.wikidata.org/entity/Q11573'), 'http://www.wikidata.org/entity/Q11573'],
    ['a unit that is not an item', quantity('+5', `${ENTITY}P5`), 'not an item of this Wikibase'],
    ['asymmetric bounds', bounded('+6', '+5', '+8'), 'asymmetric'],
    ['bounds that do not contain the amount', bounded('+6', '+7', '+5'), 'asymmetric'],
    ['only an upper bound', { type: 'quantity', value: { amount: '+6', unit: '1', upperBound: '+7' } }, 'only one bound'],
    ['only a lower bound', { type: 'quantity', value: { amount: '+6', unit: '1', lowerBound: '+5' } }, 'only one bound'],
    ['bounds QuickStatements computes in floats and misses', bounded('+488705.11', '+488705.105', '+488705.115', EURO), 'binary floating point'],
    ['a zero tolerance around a non-binary amount', bounded('+0.1', '+0.1', '+0.1'), 'binary floating point'],
    ['bounds beyond double precision', bounded('+12345678901234567', '+12345678901234566', '+12345678901234568'), 'binary floating point'],
    ['a time zone', time('+2018-09-01T00:00:00Z', 11, { timezone: 60 }), 'timezone 60'],
    ['a before uncertainty', time('+2018-09-01T00:00:00Z', 11, { before: 1 }), 'before 1'],
    ['an after uncertainty', time('+2018-09-01T00:00:00Z', 11, { after: 2 }), 'after 2'],
    ['another calendar', time('+2018-09-01T00:00:00Z', 11, { calendarmodel: 'http://www.wikidata.org/entity/Q12138' }), 'calendar model'],
    ['a point on Mars', coordinate(4.5, 137.4, { globe: 'http://www.wikidata.org/entity/Q111' }), 'globe'],
    ['a federated entity id', entity({ 'entity-type': 'item', id: 'wd:Q5' }), 'wd:Q5'],
    ['a monolingual text in an uppercase code', monolingual('Text', 'de-CH'), 'de-CH'],
    ['a string with a double quote', { type: 'string', value: 'the "x"' }, 'double quote'],
    ['a string with a tab', { type: 'string', value: 'a\tb' }, 'tab'],
    ['a string with a line break', { type: 'string', value: 'a\nb' }, 'line break'],
    ['a monolingual text with a double quote', monolingual('the "x"', 'en'), 'double quote'],
  ])('%s', (_, dv, problem) => {
    const got = snakSyntax(valueSnak(dv), ctx);
    expect('problem' in got && got.problem).toContain(problem);
  });
});

describe('plainNumber: digits parseValueV1 reads back to the same double', () => {
  it.each<[number, string]>([
    [46.4199, '46.4199'],
    [-0.1278, '-0.1278'],
    [0, '0'],
    [-0, '0'],
    [1e-7, '0.0000001'],
    [-1.5e-7, '-0.00000015'],
    [1.23e21, '1230000000000000000000'],
  ])('%s', (x, expected) => {
    expect(plainNumber(x)).toBe(expected);
    expect(Number(expected)).toBe(x === 0 ? 0 : x);
  });
});

describe('exactDecimalOfDouble', () => {
  it.each<[number, string]>([
    [0.5, '+0.5'],
    [-2, '-2'],
    [105, '+105'],
    [0.1, '+0.1000000000000000055511151231257827021181583404541015625'],
    [2 ** 60, '+1152921504606846976'],
  ])('%s', (x, expected) => {
    const d = exactDecimalOfDouble(x);
    // Trailing zeros carry no meaning here: compare the shortest spelling.
    expect(formatDecimal(d).replace(/(\.\d*?)0+$/u, '$1').replace(/\.$/u, '')).toBe(expected);
  });

  it('refuses what is not a finite number', () => {
    expect(() => exactDecimalOfDouble(Number.NaN)).toThrow(RangeError);
  });
});
