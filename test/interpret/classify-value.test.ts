// classifyValue: what kind of value a page line shows (quantity, time, monolingual text, string, external id) and its datavalue.
import { describe, expect, it } from 'vitest';
import { classifyValue, UnitTable, type ClassifyContext, type ValueShape } from '../../src/interpret/index.js';
import { GREGORIAN, type DataValue } from '../../src/model/index.js';
import type { ValueKind } from '../../src/profile/index.js';
import { ENTITY, EURO, PERCENT, PROFILE, day, monolingual, quantity, sourceLine } from '../support/builders.js';

const ctx: ClassifyContext = { uiLanguage: 'en', units: new UnitTable(PROFILE), conceptUriBase: PROFILE.wikibase.conceptUriBase };

const classify = (text: string, section: 'statements' | 'identifiers' = 'statements') => classifyValue(sourceLine(text, 4), section, ctx);

describe('classifyValue: values it reads', () => {
  it.each<[string, ValueKind, DataValue, string | undefined]>([
    ['488,705.11 Euro', 'quantity', quantity('+488705.11'), 'Q226'],
    ['85.0 percent', 'quantity', quantity('+85.0', PERCENT), 'Q660'],
    ['84.99999999999999 percent', 'quantity', quantity('+84.99999999999999', PERCENT), 'Q660'],
    ['0.5 percent', 'quantity', quantity('+0.5', PERCENT), 'Q660'],
    ['-5 Euro', 'quantity', quantity('-5'), 'Q226'],
    ['1,000,000 Polish złoty', 'quantity', quantity('+1000000', `${ENTITY}Q218`), 'Q218'],
    ['12,000 Danish krone', 'quantity', quantity('+12000', `${ENTITY}Q217`), 'Q217'],
    ['  5 Euro  ', 'quantity', quantity('+5'), 'Q226'],
    ['1 September 2018', 'time', day('+2018-09-01T00:00:00Z'), undefined],
    ['30 September 2020', 'time', day('+2020-09-30T00:00:00Z'), undefined],
    ['September 2018', 'time', day('+2018-09-00T00:00:00Z', 10), undefined],
    ['In the cross-border area, there is a great need. (English)', 'monolingualtext', monolingual('In the cross-border area, there is a great need.', 'en'), undefined],
    ['Socialna aktivacija (Slovenian)', 'monolingualtext', monolingual('Socialna aktivacija', 'sl'), undefined],
    ['1 September 2018 (English)', 'monolingualtext', monolingual('1 September 2018', 'en'), undefined],
    ['Scienific Reserch Centre Bistra Ptuj', 'string', { type: 'string', value: 'Scienific Reserch Centre Bistra Ptuj' }, undefined],
    ['Social activation (2SoKroG)', 'string', { type: 'string', value: 'Social activation (2SoKroG)' }, undefined],
    ['2018', 'string', { type: 'string', value: '2018' }, undefined],
    ['2250', 'string', { type: 'string', value: '2250' }, undefined],
    ['Euro', 'string', { type: 'string', value: 'Euro' }, undefined],
    ['2SoKroG model', 'string', { type: 'string', value: '2SoKroG model' }, undefined],
  ])('%j → %s', (text, kind, datavalue, unit) => {
    const result = classify(text);
    expect(result).toEqual({ value: { kind, datavalue, line: sourceLine(text, 4), ...(unit === undefined ? {} : { unit }) } });
  });

  it('reads a ± margin into the bounds, exactly', () => {
    expect(classify('1,234±5 Euro')).toMatchObject({ value: { datavalue: { value: { amount: '+1234', unit: EURO, upperBound: '+1239', lowerBound: '+1229' } } } });
    expect(classify('1,234 ± 0.5 Euro')).toMatchObject({ value: { datavalue: { value: { amount: '+1234', upperBound: '+1234.5', lowerBound: '+1233.5' } } } });
  });

  it('takes every value of the identifiers section as an external id, verbatim but trimmed', () => {
    for (const text of ['12,000 Euro', '1 September 2018', ' ABC-123 ']) {
      expect(classify(text, 'identifiers')).toEqual({
        value: { kind: 'external-id', datavalue: { type: 'string', value: text.trim() }, line: sourceLine(text, 4) },
      });
    }
  });

  it('writes times with all six fields, in the Gregorian calendar', () => {
    const result = classify('1 September 2018');
    expect('value' in result ? result.value.datavalue : null).toEqual({
      type: 'time',
      value: { time: '+2018-09-01T00:00:00Z', timezone: 0, before: 0, after: 0, precision: 11, calendarmodel: GREGORIAN },
    });
  });

  it('uses the profile\'s concept URI base for units', () => {
    const local: ClassifyContext = { ...ctx, conceptUriBase: 'http://acme.test/' };
    expect(classifyValue(sourceLine('5 Euro'), 'statements', local)).toMatchObject({ value: { datavalue: { value: { unit: 'http://acme.test/Q226' } } } });
  });
});

describe('classifyValue: values it cannot read', () => {
  it.each<[string, ValueShape]>([
    ['1.234,5 Euro', { kind: 'quantity', unit: 'Q226' }],
    ['12,34 percent', { kind: 'quantity', unit: 'Q660' }],
    ['31 February 2018', { kind: 'time' }],
    ['31 April 2020', { kind: 'time' }],
  ])('%j → value-unrecognised, holding the place of a %j', (text, shape) => {
    expect(classify(text)).toEqual({
      diagnostic: { code: 'value-unrecognised', severity: 'error', span: sourceLine(text, 4).span, value: text, why: expect.any(String) },
      holdsPlaceOf: shape,
    });
  });

  it.each<[string, string]>([
    ['1,212 apples', 'apples'],
    ['1,500.25 US dollar', 'US dollar'],
    ['-3 Swiss franc', 'Swiss franc'],
  ])('%j → unit-unknown %j, holding no place', (text, unit) => {
    expect(classify(text)).toEqual({ diagnostic: { code: 'unit-unknown', severity: 'error', span: sourceLine(text, 4).span, unit } });
  });
});

describe('classifyValue: unit names in the UI language, from Intl', () => {
  it.each([
    ['de', '85,0 Prozent', 'Q660'],
    ['fr', '85,0 pour cent', 'Q660'],
    ['pl', '1 000,00 złoty polski', 'Q218'],
    ['hu', '488 705,11 euró', 'Q226'],
    ['el', '1.000,00 Κορόνα Δανίας', 'Q217'],
    ['en', '1,000.00 Polish Zloty', 'Q218'],
  ])('%s: "%s" is in %s', (uiLanguage, text, unit) => {
    const local: ClassifyContext = { ...ctx, uiLanguage, units: new UnitTable(PROFILE) };
    expect(classifyValue(sourceLine(text), 'statements', local)).toMatchObject({ value: { kind: 'quantity', unit } });
  });
});
