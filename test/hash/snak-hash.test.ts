// Table tests for snakHash: hashes that Wikidata's own JSON carries for these snaks.
import { describe, expect, it } from 'vitest';
import { snakHash, snakSerializationForHash } from '../../src/hash/snak-hash.js';
import { SnakSchema, type SnakCore } from '../../src/model/index.js';

const item = (n: number): unknown => ({
  type: 'wikibase-entityid',
  value: { 'entity-type': 'item', 'numeric-id': n, id: `Q${n}` },
});
const day = (t: string): unknown => ({
  type: 'time',
  value: { time: t, timezone: 0, before: 0, after: 0, precision: 11, calendarmodel: 'http://www.wikidata.org/entity/Q1985727' },
});
/** Snaks as the model reads them. */
const value = (property: string, datavalue: unknown): SnakCore => SnakSchema.parse({ snaktype: 'value', property, datavalue });

describe('snakHash', () => {
  // The `hash` fields of wbgetentities output for Q42 on Wikidata.
  it.each<[string, SnakCore, string]>([
    ['item value', value('P31', item(5)), 'ad7d38a03cdd40cdc373de0dc4e7b7fcbccb31d9'],
    ['external-id string', value('P214', { type: 'string', value: '113230702' }), '20e5c69fbf37b8b0402a52948a04f481028e819c'],
    ['time', value('P813', day('+2013-12-07T00:00:00Z')), '6b8fcfa6afb3911fecec93ae1dff2b6b6cde5659'],
    [
      'monolingual text',
      value('P1476', { type: 'monolingualtext', value: { text: 'Obituary: Douglas Adams', language: 'en' } }),
      '0730f27f8dcabe7b3d74ea981c7a9c15ea162685',
    ],
    ['url string', value('P854', { type: 'string', value: 'http://data.bnf.fr/ark:/12148/cb11888092r' }), 'c2533c0aa0d8cbc5c781f5649e9fca5b633d2954'],
  ])('%s', (_name, snak, want) => {
    expect(snakHash(snak)).toBe(want);
  });

  // Agreeing with an independent reimplementation.
  it.each<[string, SnakCore, string]>([
    ['non-ASCII string', value('P1', { type: 'string', value: 'Douglas Noël Adams' }), '7c8cb8226a0845691900e67b6b69d41e6e2baf44'],
    ['novalue', { snaktype: 'novalue', property: 'P2' }, '64baea7b9db49c64f5daf05ddf5162faa28d5e86'],
    ['somevalue', { snaktype: 'somevalue', property: 'P4' }, 'ede91cc55952400386a2401405bb09e446b1867b'],
  ])('%s', (_name, snak, want) => {
    expect(snakHash(snak)).toBe(want);
  });

  it('wraps the property ID bare for novalue and somevalue', () => {
    expect(snakSerializationForHash({ snaktype: 'novalue', property: 'P2' })).toBe(
      'C:43:"Wikibase\\DataModel\\Snak\\PropertyNoValueSnak":2:{P2}',
    );
    expect(snakSerializationForHash({ snaktype: 'somevalue', property: 'P42' })).toBe(
      'C:45:"Wikibase\\DataModel\\Snak\\PropertySomeValueSnak":3:{P42}',
    );
  });

  it('pairs the property ID with the value for value snaks', () => {
    expect(snakSerializationForHash(value('P7', { type: 'string', value: 'x' }))).toBe(
      'C:41:"Wikibase\\DataModel\\Snak\\PropertyValueSnak":58:{a:2:{i:0;s:2:"P7";i:1;C:22:"DataValues\\StringValue":1:{x}}}',
    );
  });

  it('tells the snak types apart', () => {
    const hashes = new Set([
      snakHash({ snaktype: 'novalue', property: 'P2' }),
      snakHash({ snaktype: 'somevalue', property: 'P2' }),
      snakHash(value('P2', { type: 'string', value: 'P2' })),
    ]);
    expect(hashes.size).toBe(3);
  });

  it.each<[string, unknown]>([
    ['value snak without a value', { snaktype: 'value', property: 'P1' }],
    ['not a property ID', { snaktype: 'novalue', property: 'Q1' }],
    ['lower-case property ID', { snaktype: 'novalue', property: 'p2' }],
  ])('leaves a %s to the model, which refuses it', (_name, snak) => {
    expect(SnakSchema.safeParse(snak).success).toBe(false);
  });
});
