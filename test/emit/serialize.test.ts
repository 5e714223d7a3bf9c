// Wikibase JSON serialisation: every object's keys in Wikibase's own order whatever order they were built in.
import { describe, expect, it } from 'vitest';
import { serializeDataValue, serializeItem, serializeReference, serializeSnak, serializeStatement } from '../../src/emit/index.js';
import { GREGORIAN, type DataValue, type Item, type Reference, type Snak, type Statement } from '../../src/model/index.js';

/** Every object's keys, depth first, as "path: key,key,…", so key order shows in a comparison. */
function keyOrder(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keyOrder(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const entries = Object.entries(value);
  return [`${path}: ${entries.map(([k]) => k).join(',')}`, ...entries.flatMap(([k, v]) => keyOrder(v, `${path}.${k}`))];
}

/** The keys of the top object only, after a JSON round trip (what the emitters write). */
const topKeys = (value: unknown): string[] => Object.keys(JSON.parse(JSON.stringify(value)) as object);

describe('serializeDataValue', () => {
  it.each<[string, DataValue, string[]]>([
    ['a string', { type: 'string', value: 'x' }, ['$: value,type']],
    ['a monolingual text', { type: 'monolingualtext', value: { language: 'it', text: 'x' } }, ['$: value,type', '$.value: text,language']],
    [
      'a quantity with bounds',
      { type: 'quantity', value: { lowerBound: '+4', upperBound: '+6', unit: '1', amount: '+5' } },
      ['$: value,type', '$.value: amount,unit,upperBound,lowerBound'],
    ],
    ['a quantity without bounds', { type: 'quantity', value: { unit: '1', amount: '+5' } }, ['$: value,type', '$.value: amount,unit']],
    [
      'a time',
      { type: 'time', value: { calendarmodel: GREGORIAN, precision: 11, after: 0, before: 0, timezone: 0, time: '+2018-09-01T00:00:00Z' } },
      ['$: value,type', '$.value: time,timezone,before,after,precision,calendarmodel'],
    ],
    [
      'a globe coordinate, a null altitude kept',
      { type: 'globecoordinate', value: { globe: 'http://www.wikidata.org/entity/Q2', precision: 0.0001, altitude: null, longitude: 15.87, latitude: 46.42 } },
      ['$: value,type', '$.value: latitude,longitude,altitude,precision,globe'],
    ],
    [
      'an entity id',
      { type: 'wikibase-entityid', value: { id: 'Q226', 'numeric-id': 226, 'entity-type': 'item' } },
      ['$: value,type', '$.value: entity-type,numeric-id,id'],
    ],
  ])('%s', (_, dv, expected) => {
    const out = serializeDataValue(dv);
    expect(keyOrder(out)).toEqual(expected);
    expect(out).toEqual(dv);
  });
});

describe('serializeSnak', () => {
  it.each<[string, Snak, string]>([
    [
      'a value snak',
      { datatype: 'string', datavalue: { type: 'string', value: 'x' }, hash: 'h', property: 'P841', snaktype: 'value' },
      'snaktype,property,hash,datavalue,datatype',
    ],
    ['a somevalue snak', { property: 'P841', snaktype: 'somevalue' }, 'snaktype,property'],
    ['a novalue snak with a datatype', { datatype: 'string', property: 'P841', snaktype: 'novalue' }, 'snaktype,property,datatype'],
  ])('%s', (_, snak, expected) => {
    expect(keyOrder(serializeSnak(snak))[0]).toBe(`$: ${expected}`);
  });
});

describe('serializeStatement and serializeReference', () => {
  const snak: Snak = { snaktype: 'novalue', property: 'P10' };
  const reference: Reference = { 'snaks-order': ['P10'], snaks: { P10: [snak] }, hash: 'abc' };

  it('writes a statement as mainsnak, type, qualifiers, qualifiers-order, id, rank, references', () => {
    const statement: Statement = {
      references: [reference],
      rank: 'preferred',
      id: 'Q1$x',
      'qualifiers-order': ['P10'],
      qualifiers: { P10: [snak] },
      type: 'statement',
      mainsnak: { property: 'P835', snaktype: 'somevalue' },
    };
    expect(topKeys(serializeStatement(statement))).toEqual(['mainsnak', 'type', 'qualifiers', 'qualifiers-order', 'id', 'rank', 'references']);
  });

  it('leaves out what a statement does not have', () => {
    const statement: Statement = { rank: 'normal', id: 'Q1$x', type: 'statement', mainsnak: { property: 'P835', snaktype: 'novalue' } };
    expect(topKeys(serializeStatement(statement))).toEqual(['mainsnak', 'type', 'id', 'rank']);
  });

  it('writes a reference as hash, snaks, snaks-order', () => {
    expect(keyOrder(serializeReference(reference))).toEqual(['$: hash,snaks,snaks-order', '$.snaks: P10', '$.snaks.P10[0]: snaktype,property']);
  });

  it('writes a reference without a hash as snaks, snaks-order', () => {
    const { hash: _hash, ...unhashed } = reference;
    expect(topKeys(serializeReference(unhashed))).toEqual(['snaks', 'snaks-order']);
  });
});

describe('serializeItem', () => {
  const item: Item = {
    sitelinks: {},
    claims: {
      P836: [{ id: 'Q1$b', rank: 'normal', type: 'statement', mainsnak: { property: 'P836', snaktype: 'novalue' } }],
      P835: [{ id: 'Q1$a', rank: 'normal', type: 'statement', mainsnak: { property: 'P835', snaktype: 'novalue' } }],
    },
    aliases: {},
    descriptions: {},
    labels: { en: { language: 'en', value: 'L' } },
    id: 'Q1',
    type: 'item',
    modified: '2013-10-04T03:31:05Z',
    lastrevid: 42,
    title: 'Item:Q1',
    ns: 120,
    pageid: 7,
  };

  it('writes an item\'s keys in Special:EntityData\'s order', () => {
    expect(topKeys(serializeItem(item))).toEqual([
      'pageid', 'ns', 'title', 'lastrevid', 'modified', 'type', 'id', 'labels', 'descriptions', 'aliases', 'claims', 'sitelinks',
    ]);
  });

  it('leaves out page fields the item does not have, and keeps empty maps as {}', () => {
    const bare: Item = { type: 'item', id: 'Q1', labels: {}, descriptions: {}, aliases: {}, claims: {}, sitelinks: {} };
    expect(JSON.stringify(serializeItem(bare))).toBe('{"type":"item","id":"Q1","labels":{},"descriptions":{},"aliases":{},"claims":{},"sitelinks":{}}');
  });

  it('keeps the properties in the order the item has them (the order they were imported in)', () => {
    expect(Object.keys(serializeItem(item)['claims'] as object)).toEqual(['P836', 'P835']);
  });

  it('gives the same output for the same item, run after run', () => {
    expect(JSON.stringify(serializeItem(item))).toBe(JSON.stringify(serializeItem(structuredClone(item))));
  });

  // Terms, aliases and sitelinks are copied through as they are: a term built as {value, language} comes out so,
  // although Wikibase writes {language, value} (every other nested object is put in Wikibase's order).
  it('writes terms as language, value whatever order they were built in', () => {
    const scrambled: Item = {
      ...item,
      labels: { en: { value: 'L', language: 'en' } },
      aliases: { en: [{ value: 'A', language: 'en' }] },
      sitelinks: { enwiki: { url: 'https://en.wikipedia.org/wiki/X', badges: [], title: 'X', site: 'enwiki' } },
    };
    expect(keyOrder(serializeItem(scrambled)).filter((k) => /^\$\.(labels|aliases|sitelinks)\./.test(k))).toEqual([
      '$.labels.en: language,value',
      '$.aliases.en[0]: language,value',
      '$.sitelinks.enwiki: site,title,badges,url',
    ]);
  });
});
