// Table tests for valueHash: value-node names Wikibase itself wrote, the normalizations PHP applies first, and the
// model refusing what PHP refuses (so that every value it takes has a hash).
import { describe, expect, it } from 'vitest';
import { valueHash, valueSerializationForHash } from '../../src/hash/value-hash.js';
import { DataValueSchema, type DataValue } from '../../src/model/index.js';

/** Values as the model reads them: every value below is one the model takes. */
const model = (json: unknown): DataValue => DataValueSchema.parse(json);

const GREGORIAN = 'http://www.wikidata.org/entity/Q1985727';
const JULIAN = 'http://www.wikidata.org/entity/Q1985786';

function time(t: string, precision: number, calendarmodel = GREGORIAN, timezone = 0): unknown {
  return { type: 'time', value: { time: t, timezone, before: 0, after: 0, precision, calendarmodel } };
}

function quantity(value: Record<string, unknown>): unknown {
  return { type: 'quantity', value };
}

function globe(latitude: number, longitude: number, precision: number | null): unknown {
  return { type: 'globecoordinate', value: { latitude, longitude, precision, globe: 'http://www.wikidata.org/entity/Q2' } };
}

describe('valueHash, as named in Wikibase RDF output', () => {
  // From Wikibase's own RDF test output (repo/tests/phpunit/data/rdf).
  it.each<[string, unknown, string]>([
    [
      'bounded quantity, unit "1"',
      quantity({
        amount: '+19.768000000000000682121026329696178436279296875',
        unit: '1',
        upperBound: '+19.76899999999999835154085303656756877899169921875',
        lowerBound: '+19.766999999999999459987520822323858737945556640625',
      }),
      '1e09d673624819aacd170165aae555a1',
    ],
    ['globe coordinate', globe(12.125, 67.25, 0.0625), '002e39a4a1d30d3dbf7eb63d21d93cfd'],
    ['year -200', time('-0200-00-00T00:00:00Z', 9), 'ba4fa68a0979e663277b08d93f93705c'],
    ['timezone +60', time('+0200-10-00T00:00:00Z', 11, GREGORIAN, 60), 'eae7de0cf78be68cc66d923f97f8bce3'],
    ['huge negative year', time('-200000200-04-31T00:00:00Z', 11, GREGORIAN, -60), '1e7c1d86c22c049d059d30abe0b98813'],
    ['impossible day', time('+2014-02-29T00:00:00Z', 11), '4c3e5d3bd4e11a609a42ff7cc8cc8ab0'],
    ['Julian', time('+2012-02-29T00:00:00Z', 11, JULIAN), 'c741d3ad1c67a3d6afaa3823ffec33e0'],
    ['unknown calendar', time('+2012-02-31T00:00:00Z', 11, 'http://acme.test/calendar'), '8ea7cdf8b6c046ea53b2c158d946c4a1'],
    ['year 0, Julian', time('+0000-02-29T00:00:00Z', 9, JULIAN), 'a41558288146e0b78a50d52e4421cfec'],
  ])('%s', (_name, datavalue, want) => {
    expect(valueHash(model(datavalue))).toBe(want);
  });
});

describe('valueHash, agreeing with an independent reimplementation', () => {
  it.each<[string, unknown, string]>([
    ['day precision', time('+1952-03-11T00:00:00Z', 11), '426df9023763f08b066f4478480f44cd'],
    [
      'bounded quantity with a unit URI',
      quantity({ amount: '+1.96', unit: 'http://localhost:8080/entity/Q3', upperBound: '+1.97', lowerBound: '+1.95' }),
      'ee7a3b3b3cad181ed729f7c25d9e92d2',
    ],
    ['unbounded quantity', quantity({ amount: '+42', unit: '1' }), 'a168135f766cf673e04ee1850837047d'],
    ['negative longitude', globe(51.5, -0.1275, 0.0001), 'abfb822748a314cd9bb1132c1c731a39'],
    ['monolingual text', { type: 'monolingualtext', value: { text: 'Douglas Adams', language: 'en' } }, '1e6977489205086925920c704cb85e51'],
  ])('%s', (_name, datavalue, want) => {
    expect(valueHash(model(datavalue))).toBe(want);
  });
});

describe('what gets hashed', () => {
  it('spells quantities as nested legacy objects', () => {
    expect(valueSerializationForHash(model(quantity({ amount: '+42', unit: '1' })))).toBe(
      'C:33:"DataValues\\UnboundedQuantityValue":68:{a:2:{i:0;C:23:"DataValues\\DecimalValue":10:{s:3:"+42";}i:1;s:1:"1";}}',
    );
  });

  it('spells a time as JSON with escaped slashes', () => {
    expect(valueSerializationForHash(model(time('+2013-12-07T00:00:00Z', 11)))).toBe(
      'C:20:"DataValues\\TimeValue":80:{["+2013-12-07T00:00:00Z",0,0,0,11,"http:\\/\\/www.wikidata.org\\/entity\\/Q1985727"]}',
    );
  });

  it('spells entity IDs with their PHP class', () => {
    const item = { type: 'wikibase-entityid', value: { 'entity-type': 'item', 'numeric-id': 42 } };
    expect(valueSerializationForHash(model(item))).toBe(
      'C:39:"Wikibase\\DataModel\\Entity\\EntityIdValue":47:{C:32:"Wikibase\\DataModel\\Entity\\ItemId":3:{Q42}}',
    );
    const property = { type: 'wikibase-entityid', value: { 'entity-type': 'property', id: 'P31' } };
    expect(valueSerializationForHash(model(property))).toContain('C:43:"Wikibase\\DataModel\\Entity\\NumericPropertyId":3:{P31}');
  });
});

describe('normalizations PHP applies before hashing', () => {
  it.each<[string, unknown, unknown]>([
    ['zero-padded years', time('+00000001952-03-11T00:00:00Z', 11), time('+1952-03-11T00:00:00Z', 11)],
    ['years shorter than four digits', time('+200-10-00T00:00:00Z', 10), time('+0200-10-00T00:00:00Z', 10)],
    ['negative zero', quantity({ amount: '-0.00', unit: '1' }), quantity({ amount: '+0.00', unit: '1' })],
    ['negative zero bounds', quantity({ amount: '+0', unit: '1', upperBound: '+0', lowerBound: '-0' }), quantity({ amount: '+0', unit: '1', upperBound: '+0', lowerBound: '+0' })],
    ['whole-number coordinates', globe(12, 67, 1), globe(12.0, 67.0, 1.0)],
    ['signed zero coordinates', globe(-0, -0, 1), globe(0, 0, 1)],
    [
      'an item by its numeric id',
      { type: 'wikibase-entityid', value: { 'entity-type': 'item', 'numeric-id': 42 } },
      { type: 'wikibase-entityid', value: { 'entity-type': 'item', 'numeric-id': 42, id: 'Q42' } },
    ],
  ])('%s', (_name, a, b) => {
    expect(valueHash(model(a))).toBe(valueHash(model(b)));
    expect(valueSerializationForHash(model(a))).toBe(valueSerializationForHash(model(b)));
  });

  it('hashes a missing coordinate precision as an empty field', () => {
    expect(valueHash(model(globe(1.5, 2.5, null)))).not.toBe(valueHash(model(globe(1.5, 2.5, 0))));
  });
});

describe('the model refuses what PHP refuses or would have to repair, so the hash never meets it', () => {
  it.each<[string, unknown]>([
    ['unknown value type', { type: 'musical-notation', value: 'x' }],
    ['17-digit year', time('+12345678901234567-01-01T00:00:00Z', 9)],
    ['month 13', time('+2014-13-01T00:00:00Z', 10)],
    ['day without month', time('+2014-00-05T00:00:00Z', 11)],
    ['fractional precision', time('+2014-01-01T00:00:00Z', 9.5)],
    ['malformed amount', quantity({ amount: '+01', unit: '1' })],
    ['amount without sign', quantity({ amount: '42', unit: '1' })],
    ['amount with spaces', quantity({ amount: ' +42\n', unit: '1' })],
    ['amount given as a JSON number', quantity({ amount: 0.1, unit: '1' })],
    ['null bounds', quantity({ amount: '+1', unit: '1', upperBound: null, lowerBound: null })],
    ['one bound only', quantity({ amount: '+1', unit: '1', upperBound: '+2' })],
    ['empty unit', quantity({ amount: '+1', unit: '' })],
    ['missing globe', { type: 'globecoordinate', value: { latitude: 1.5, longitude: 2.5, precision: 0.1 } }],
    ['lower-case item ID', { type: 'wikibase-entityid', value: { 'entity-type': 'item', id: 'q42' } }],
    ['lexeme from a number', { type: 'wikibase-entityid', value: { 'entity-type': 'lexeme', 'numeric-id': 1 } }],
  ])('%s', (_name, datavalue) => {
    expect(DataValueSchema.safeParse(datavalue).success).toBe(false);
  });
});
