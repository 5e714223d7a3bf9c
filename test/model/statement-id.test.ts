// Statement ids derived from content (Q…$uuid, name-based, stable) and the canonical JSON they are derived from.
import { isGuid } from 'wikibase-sdk';
import { describe, expect, it } from 'vitest';
import { canonicalJson, statementId } from '../../src/model/index.js';

const UUID5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('statementId', () => {
  it.each<[`Q${number}`, string]>([
    ['Q1', 'k'],
    ['Q4295133', 'P835\u0000{"datavalue":{}}'],
    ['Q4295133', ''],
    ['Q42', 'ünïcödé 😀'],
  ])('%s with key %j is <item>$<version-5 uuid>, a Wikibase GUID', (item, key) => {
    const id = statementId(item, key);
    const [prefix, uuid] = id.split('$');
    expect(prefix).toBe(item);
    expect(uuid).toMatch(UUID5);
    expect(isGuid(id)).toBe(true);
  });

  it('is the same run after run (ids in golden files depend on it)', () => {
    expect(statementId('Q1', 'k')).toBe('Q1$555ccbde-a530-5e8d-81c3-bb64cb735a2e');
    expect(statementId('Q1', 'k')).toBe(statementId('Q1', 'k'));
  });

  it.each<[string, [`Q${number}`, string], [`Q${number}`, string]]>([
    ['another key', ['Q1', 'a'], ['Q1', 'b']],
    ['another item', ['Q1', 'a'], ['Q2', 'a']],
    ['item and key run together differently', ['Q1', '2a'], ['Q12', 'a']],
  ])('differs for %s', (_, a, b) => {
    expect(statementId(...a)).not.toBe(statementId(...b));
  });
});

describe('canonicalJson', () => {
  it.each<[string, unknown, string]>([
    ['object keys sorted', { b: 1, a: 2 }, '{"a":2,"b":1}'],
    ['nested keys sorted', { value: { unit: 'u', amount: '+1' }, type: 'quantity' }, '{"type":"quantity","value":{"amount":"+1","unit":"u"}}'],
    ['array order kept', [3, 1, 2], '[3,1,2]'],
    ['objects in arrays sorted', [{ y: 1, x: 2 }], '[{"x":2,"y":1}]'],
    ['undefined members left out', { a: undefined, b: null }, '{"b":null}'],
    ['strings escaped as JSON', { 'k"': 'line\nbreak' }, '{"k\\"":"line\\nbreak"}'],
    ['scalars', 'x', '"x"'],
    ['numbers', 1.5, '1.5'],
    ['empty object', {}, '{}'],
    ['empty array', [], '[]'],
  ])('%s', (_, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('gives the same text whatever the key order, so ids do not depend on it', () => {
    const a = { datavalue: { value: { amount: '+1', unit: 'u' }, type: 'quantity' }, qualifiers: [], rank: 'normal' };
    const b = { rank: 'normal', qualifiers: [], datavalue: { type: 'quantity', value: { unit: 'u', amount: '+1' } } };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });
});
