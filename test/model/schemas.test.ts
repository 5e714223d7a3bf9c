// The zod schemas of the model: items (empty maps as `[]`), data values, snaks and statements, with problems at a JSON path.
import { describe, expect, it } from 'vitest';
import { DataValueSchema, ItemSchema, SnakSchema, StatementSchema } from '../../src/model/index.js';

const quantityStatement = (amount: string) => ({
  mainsnak: { snaktype: 'value', property: 'P835', datavalue: { type: 'quantity', value: { amount, unit: 'https://linkedopendata.eu/entity/Q226' } } },
  type: 'statement',
  id: 'Q1$1',
  rank: 'normal',
});

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; code: string }[] } }): { path: PropertyKey[]; code: string }[] {
  return (result.error?.issues ?? []).map(({ path, code }) => ({ path, code }));
}

describe('ItemSchema', () => {
  it('accepts [] for every empty map (PHP\'s empty arrays in older dumps) and reads it as {}', () => {
    const item = ItemSchema.parse({ type: 'item', id: 'Q1', labels: [], descriptions: [], aliases: [], claims: [], sitelinks: [] });
    expect(item).toEqual({ type: 'item', id: 'Q1', labels: {}, descriptions: {}, aliases: {}, claims: {}, sitelinks: {} });
  });

  it('leaves missing maps out, so that JSON read and written again is the same', () => {
    expect(ItemSchema.parse({ type: 'item', id: 'Q1' })).toEqual({ type: 'item', id: 'Q1' });
  });

  it('reads an item without an id (one still to be created)', () => {
    expect(ItemSchema.parse({ type: 'item', labels: { en: { language: 'en', value: 'New' } } })).toEqual({
      type: 'item',
      labels: { en: { language: 'en', value: 'New' } },
    });
  });

  it('keeps the page fields Special:EntityData adds', () => {
    const item = ItemSchema.parse({ pageid: 7, ns: 120, title: 'Item:Q1', lastrevid: 42, modified: '2013-10-04T03:31:05Z', type: 'item', id: 'Q1' });
    expect(item).toMatchObject({ pageid: 7, ns: 120, title: 'Item:Q1', lastrevid: 42, modified: '2013-10-04T03:31:05Z' });
  });

  it('accepts a full item', () => {
    const result = ItemSchema.safeParse({
      type: 'item',
      id: 'Q4295133',
      labels: { en: { language: 'en', value: 'Social activation' } },
      aliases: { en: [{ language: 'en', value: '2SoKroG' }] },
      claims: { P835: [quantityStatement('+488705.11')] },
      sitelinks: { enwiki: { site: 'enwiki', title: 'X' } },
    });
    expect(result.success).toBe(true);
    expect(result.data?.sitelinks?.['enwiki']?.badges).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, PropertyKey[]]>([
    ['a bad decimal amount', { claims: { P835: [quantityStatement('488705.11')] } }, ['claims', 'P835', 0, 'mainsnak', 'datavalue', 'value', 'amount']],
    ['an amount with an exponent', { claims: { P835: [quantityStatement('+4.8e5')] } }, ['claims', 'P835', 0, 'mainsnak', 'datavalue', 'value', 'amount']],
    ['a bad item id', { id: 'Q0' }, ['id']],
    ['a property id that is not one', { claims: { X1: [] } }, ['claims', 'X1']],
    ['a term without its language', { labels: { en: { value: 'x' } } }, ['labels', 'en', 'language']],
    ['a wrong entity type', { type: 'property' }, ['type']],
  ])('rejects %s, naming the JSON path of the problem', (_, change, path) => {
    const result = ItemSchema.safeParse({ type: 'item', id: 'Q1', ...change });
    expect(result.success).toBe(false);
    const paths = issuesOf(result).map((i) => i.path);
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(p).toEqual(path);
  });
});

describe('DataValueSchema', () => {
  it.each<[string, unknown, boolean]>([
    ['a string', { type: 'string', value: 'x' }, true],
    ['a monolingual text', { type: 'monolingualtext', value: { text: 'x', language: 'it' } }, true],
    ['a monolingual text without a language', { type: 'monolingualtext', value: { text: 'x', language: '' } }, false],
    ['a bounded quantity', { type: 'quantity', value: { amount: '+5', unit: '1', upperBound: '+6', lowerBound: '+4' } }, true],
    ['a quantity with a bad bound', { type: 'quantity', value: { amount: '+5', unit: '1', upperBound: '6' } }, false],
    ['a quantity without a unit', { type: 'quantity', value: { amount: '+5', unit: '' } }, false],
    ['a day-precision time', { type: 'time', value: { time: '+2018-09-01T00:00:00Z', timezone: 0, before: 0, after: 0, precision: 11, calendarmodel: 'http://www.wikidata.org/entity/Q1985727' } }, true],
    ['a time without its sign', { type: 'time', value: { time: '2018-09-01T00:00:00Z', timezone: 0, before: 0, after: 0, precision: 11, calendarmodel: 'c' } }, false],
    ['a time with precision 15', { type: 'time', value: { time: '+2018-09-01T00:00:00Z', timezone: 0, before: 0, after: 0, precision: 15, calendarmodel: 'c' } }, false],
    ['a time missing fields', { type: 'time', value: { time: '+2018-09-01T00:00:00Z', precision: 11 } }, false],
    ['a globe coordinate', { type: 'globecoordinate', value: { latitude: 46.42, longitude: 15.87, altitude: null, precision: 0.0001, globe: 'http://www.wikidata.org/entity/Q2' } }, true],
    ['an entity id', { type: 'wikibase-entityid', value: { 'entity-type': 'item', 'numeric-id': 226, id: 'Q226' } }, true],
    ['an unknown type', { type: 'geo', value: 'x' }, false],
  ])('%s → %s', (_, value, ok) => {
    expect(DataValueSchema.safeParse(value).success).toBe(ok);
  });
});

describe('SnakSchema and StatementSchema', () => {
  it.each<[unknown, boolean]>([
    [{ snaktype: 'somevalue', property: 'P835' }, true],
    [{ snaktype: 'novalue', property: 'P835' }, true],
    [{ snaktype: 'value', property: 'P835' }, false],
    [{ snaktype: 'value', property: 'Q835', datavalue: { type: 'string', value: 'x' } }, false],
  ])('snak %j → %s', (snak, ok) => {
    expect(SnakSchema.safeParse(snak).success).toBe(ok);
  });

  it.each<[string, Record<string, unknown>, boolean]>([
    ['a plain statement', {}, true],
    ['qualifiers with their order', { qualifiers: { P10: [{ snaktype: 'novalue', property: 'P10' }] }, 'qualifiers-order': ['P10'] }, true],
    ['a reference', { references: [{ snaks: { P10: [{ snaktype: 'novalue', property: 'P10' }] }, 'snaks-order': ['P10'] }] }, true],
    ['an unknown rank', { rank: 'best' }, false],
    ['an empty id', { id: '' }, false],
  ])('%s → %s', (_, change, ok) => {
    expect(StatementSchema.safeParse({ ...quantityStatement('+1'), ...change }).success).toBe(ok);
  });
});
