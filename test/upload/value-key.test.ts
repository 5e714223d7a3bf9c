// Values compared as Wikibase stores them: the same value written two ways has one key, different values two.
import { describe, expect, it } from 'vitest';
import type { DataValue, Snak } from '../../src/model/index.js';
import { snakKey, valueKey } from '../../src/upload/value-key.js';

const q = (amount: string, extra: Record<string, string> = {}): DataValue => ({ type: 'quantity', value: { amount, unit: 'https://linkedopendata.eu/entity/Q226', ...extra } });
const t = (time: string, precision = 11): DataValue => ({
  type: 'time',
  value: { time, timezone: 0, before: 0, after: 0, precision, calendarmodel: 'http://www.wikidata.org/entity/Q1985727' },
});
const s = (value: string): DataValue => ({ type: 'string', value });
const item = (value: { 'entity-type': string; 'numeric-id'?: number; id?: string }): DataValue => ({ type: 'wikibase-entityid', value });

describe('valueKey', () => {
  it.each<[string, DataValue, DataValue]>([
    ['negative zero is zero', q('-0'), q('+0')],
    ['negative zero with decimals', q('-0.00'), q('+0.00')],
    ['eleven-digit years', t('+00000002018-09-01T00:00:00Z'), t('+2018-09-01T00:00:00Z')],
    ['strings in NFC', s('Cafe\u0301'), s('Café')],
    ['entity ids by id or numeric id', item({ 'entity-type': 'item', 'numeric-id': 42 }), item({ 'entity-type': 'item', id: 'Q42' })],
  ])('%s: the same', (_, a, b) => {
    expect(valueKey(a)).toBe(valueKey(b));
  });

  it.each<[string, DataValue, DataValue]>([
    ['trailing zeros count (Wikibase keeps them)', q('+85.0'), q('+85')],
    ['bounds count', q('+85', { upperBound: '+86', lowerBound: '+84' }), q('+85')],
    ['units count', q('+1'), { type: 'quantity', value: { amount: '+1', unit: '1' } }],
    ['precision counts', t('+2018-09-00T00:00:00Z', 10), t('+2018-09-00T00:00:00Z', 11)],
    ['case counts', s('Ptuj'), s('PTUJ')],
    // Wikibase refuses padded values instead of trimming them: a padded value is never a stored one.
    ['surrounding whitespace counts (Wikibase does not trim values)', s('  Ptuj '), s('Ptuj')],
    ['monolingual language counts', { type: 'monolingualtext', value: { text: 'a', language: 'en' } }, { type: 'monolingualtext', value: { text: 'a', language: 'it' } }],
    ['a string is not a monolingual text', s('a'), { type: 'monolingualtext', value: { text: 'a', language: 'en' } }],
  ])('%s: different', (_, a, b) => {
    expect(valueKey(a)).not.toBe(valueKey(b));
  });
});

describe('snakKey', () => {
  const value: Snak = { snaktype: 'value', property: 'P1', datavalue: s('x'), hash: 'abc', datatype: 'string' };
  it('ignores the hash and the datatype field', () => {
    expect(snakKey(value)).toBe(snakKey({ snaktype: 'value', property: 'P1', datavalue: s('x') }));
  });
  it('tells properties and snak types apart', () => {
    expect(snakKey(value)).not.toBe(snakKey({ ...value, property: 'P2' }));
    expect(snakKey({ snaktype: 'somevalue', property: 'P1' })).not.toBe(snakKey({ snaktype: 'novalue', property: 'P1' }));
  });
});
