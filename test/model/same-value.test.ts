// The model's one definition of the same value: the same value written two ways has one key, different values two.
import { describe, expect, it } from 'vitest';
import { DataValueSchema, entityIdOf, snakKey, valueKey, type DataValue, type Snak } from '../../src/model/index.js';

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

describe('entityIdOf', () => {
  it.each<[string, unknown, string]>([
    ['an item by id', { 'entity-type': 'item', id: 'Q42' }, 'Q42'],
    ['an item by numeric id (older JSON)', { 'entity-type': 'item', 'numeric-id': 42 }, 'Q42'],
    ['a property by numeric id', { 'entity-type': 'property', 'numeric-id': 7 }, 'P7'],
    ['a form', { 'entity-type': 'form', id: 'L1-F2' }, 'L1-F2'],
    ['both, agreeing', { 'entity-type': 'item', 'numeric-id': 5, id: 'Q5' }, 'Q5'],
  ])('%s', (_, value, id) => {
    const parsed = DataValueSchema.parse({ type: 'wikibase-entityid', value });
    if (parsed.type !== 'wikibase-entityid') throw new Error('not an entity value');
    expect(entityIdOf(parsed.value)).toBe(id);
  });

  // So every emitter (RDF, QuickStatements, the hash) has an id for every entity value it meets.
  it.each<[string, unknown]>([
    ['an item without an id', { 'entity-type': 'item' }],
    ['a lexeme by numeric id', { 'entity-type': 'lexeme', 'numeric-id': 5 }],
    ['a type Wikibase has no id form for here', { 'entity-type': 'entity-schema', 'numeric-id': 5 }],
  ])('the model refuses %s', (_, value) => {
    expect(DataValueSchema.safeParse({ type: 'wikibase-entityid', value }).success).toBe(false);
  });
});
