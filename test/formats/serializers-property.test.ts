// Property-based: for random items full of odd strings (quotes, backslashes, control characters, noncharacters,
// characters beyond the BMP, lone surrogates), every RDF serializer writes the bytes n3's writer wrote for the same
// triples, which n3 parses back to the same quads; the text is always well-formed (so valid UTF-8 once encoded).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ItemRdf, OUTPUT_FORMATS, serializeItem, type RdfSettings } from '../../src/emit/index.js';
import {
  EARTH,
  GREGORIAN,
  JULIAN,
  type DataValue,
  type IdentifiedItem,
  type PropertyId,
  type Rank,
  type Reference,
  type Snak,
  type Statement,
} from '../../src/model/index.js';
import { n3Written, parsedQuads, RDF_SYNTAX, serialized, utf8, type RdfFormat } from './n3-oracle.js';

const rdf: RdfSettings = {
  conceptUriBase: 'https://linkedopendata.eu/entity/',
  dataUriBase: 'https://linkedopendata.eu/wiki/Special:EntityData/',
  license: 'http://creativecommons.org/publicdomain/zero/1.0/',
  datatypes: { P1: 'string', P2: 'url', P3: 'commonsMedia', P4: 'monolingualtext', P5: 'quantity' },
};
const RDF_FORMATS = Object.keys(RDF_SYNTAX) as RdfFormat[];

const ODD = ['"', '\\', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u001a', '\u001f', '\u007f', '\ufffd', '\ufffe', '\uffff'];
const SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d\ude00'];
const IRI_CHARS = ['<', '>', ' ', '^', '`', '{', '|', '}', '%', '#', ':', '/', '.', '-', '_', 'é', '\u2028'];
const char = fc.oneof(
  fc.constantFrom(...ODD, ...SURROGATES, ...IRI_CHARS),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.constantFrom('a', 'Z', '0', ' '),
);
const oddString = fc.string({ unit: char, maxLength: 12 });
const language = fc.constantFrom('en', 'pl', 'de-CH', 'EN-gb', 'sr-Latn');
const property = fc.constantFrom<PropertyId>('P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9');

const dataValue: fc.Arbitrary<DataValue> = fc.oneof(
  fc.oneof(oddString, oddString.map((s) => `http://example.org/${s}`)).map((value) => ({ type: 'string' as const, value })),
  fc.record({ text: oddString, language }).map((value) => ({ type: 'monolingualtext' as const, value })),
  fc
    .record({
      amount: fc.constantFrom('+1', '+0.5', '-12.25', '+488705.11', '+0'),
      unit: fc.constantFrom('1', 'https://linkedopendata.eu/entity/Q226', 'http://www.wikidata.org/entity/Q11573'),
      bounds: fc.option(fc.constantFrom(['+2', '+0'] as const, ['+488705.12', '+488705.10'] as const), { nil: undefined }),
    })
    .map(({ amount, unit, bounds }) => ({
      type: 'quantity' as const,
      value: { amount, unit, ...(bounds === undefined ? {} : { upperBound: bounds[0], lowerBound: bounds[1] }) },
    })),
  fc
    .record({
      time: fc.constantFrom('+2018-09-01T00:00:00Z', '+1500-02-30T00:00:00Z', '-0044-03-15T00:00:00Z', '+2018-00-00T00:00:00Z'),
      precision: fc.integer({ min: 7, max: 11 }),
      calendarmodel: fc.constantFrom(GREGORIAN, JULIAN),
    })
    .map((v) => ({ type: 'time' as const, value: { ...v, timezone: 0, before: 0, after: 0 } })),
  fc
    .record({
      latitude: fc.double({ min: -90, max: 90, noNaN: true }),
      longitude: fc.double({ min: -180, max: 180, noNaN: true }),
      precision: fc.constantFrom(null, 0.0001, 1e-5, 0.000277777777777778),
      globe: fc.constantFrom(EARTH, 'http://www.wikidata.org/entity/Q405'),
    })
    .map((value) => ({ type: 'globecoordinate' as const, value })),
  fc.integer({ min: 1, max: 1e6 }).map((n) => ({
    type: 'wikibase-entityid' as const,
    value: { 'entity-type': 'item', 'numeric-id': n, id: `Q${n}` },
  })),
);

const snak: fc.Arbitrary<Snak> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ property, datavalue: dataValue }).map((s) => ({ snaktype: 'value' as const, ...s })) },
  { weight: 1, arbitrary: property.map((p) => ({ snaktype: 'somevalue' as const, property: p })) },
  { weight: 1, arbitrary: property.map((p) => ({ snaktype: 'novalue' as const, property: p })) },
);

function snakMap(snaks: readonly Snak[]): Record<PropertyId, Snak[]> {
  const map = {} as Record<PropertyId, Snak[]>;
  for (const s of snaks) (map[s.property] ??= []).push(s);
  return map;
}

const reference: fc.Arbitrary<Reference> = fc
  .record({ snaks: fc.array(snak, { minLength: 1, maxLength: 3 }), hash: fc.option(fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 40, maxLength: 40 }), { nil: undefined }) })
  .map(({ snaks, hash }) => ({ ...(hash === undefined ? {} : { hash }), snaks: snakMap(snaks), 'snaks-order': [] }));

const statement: fc.Arbitrary<Statement> = fc
  .record({
    mainsnak: snak,
    rank: fc.constantFrom<Rank>('preferred', 'normal', 'deprecated'),
    qualifiers: fc.array(snak, { maxLength: 3 }),
    references: fc.array(reference, { maxLength: 2 }),
    id: fc.option(oddString, { nil: undefined }),
  })
  .map(({ mainsnak, rank, qualifiers, references, id }) => {
    const map = snakMap(qualifiers);
    return {
      mainsnak,
      type: 'statement' as const,
      ...(qualifiers.length > 0 ? { qualifiers: map, 'qualifiers-order': Object.keys(map) as PropertyId[] } : {}),
      ...(id === undefined ? {} : { id: `Q1$${id}` }),
      rank,
      ...(references.length > 0 ? { references } : {}),
    };
  });

const terms = fc.array(fc.record({ language, value: oddString }), { maxLength: 3 });

const item: fc.Arbitrary<IdentifiedItem> = fc
  .record({
    n: fc.integer({ min: 1, max: 1e7 }),
    labels: terms,
    descriptions: terms,
    aliases: terms,
    statements: fc.array(statement, { maxLength: 6 }),
    lastrevid: fc.option(fc.integer({ min: 1, max: 1e9 }), { nil: undefined }),
  })
  .map(({ n, labels, descriptions, aliases, statements, lastrevid }) => {
    const claims = {} as Record<PropertyId, Statement[]>;
    for (const s of statements) (claims[s.mainsnak.property] ??= []).push(s);
    const byLanguage = (list: { language: string; value: string }[]): Record<string, { language: string; value: string }> =>
      Object.fromEntries(list.map((t) => [t.language, t]));
    return {
      type: 'item' as const,
      id: `Q${n}` as const,
      labels: byLanguage(labels),
      descriptions: byLanguage(descriptions),
      aliases: Object.fromEntries(aliases.map((t): [string, { language: string; value: string }[]] => [t.language, [t]])),
      claims,
      sitelinks: {},
      ...(lastrevid === undefined ? {} : { lastrevid }),
    };
  });

/** Distinct entities, as the pipeline writes them (one entity twice in a row: see below). */
const items = fc.uniqueArray(item, { selector: (i) => i.id, minLength: 1, maxLength: 3 });

const PARAMETERS = { seed: 20240601, numRuns: 100 };

describe('serializers on odd strings', () => {
  it.each(RDF_FORMATS)('%s: the bytes n3 wrote, well-formed, parsing back to the same quads', (format) => {
    fc.assert(
      fc.property(items, (items) => {
        const { text, diagnostics } = serialized(format, items, rdf);
        // Only URL values (P2) without a scheme, left out by the old path (the same mapping) too.
        for (const d of diagnostics) expect('detail' in d && d.detail).toMatch(/^a value of P2: the URL .* is not an absolute IRI, so that triple is not written$/su);
        expect(utf8(text)).toBe(text);
        const before = n3Written(format, items, rdf);
        expect(text).toBe(before);
        const quads = parsedQuads(format, text);
        expect(quads).toEqual(parsedQuads(format, before));
        const mapping = new ItemRdf(rdf);
        expect(quads.length).toBe(items.reduce((n, i) => n + mapping.quads(i).length, 0));
      }),
      PARAMETERS,
    );
  });

  it('json and ndjson: the same entities when read back', () => {
    fc.assert(
      fc.property(items, (items) => {
        const wellFormed = items.map((i) => JSON.parse(JSON.stringify(serializeItem(i))) as unknown);
        const json = JSON.parse(serialized('json', items, rdf).text) as { entities: Record<string, unknown> };
        expect(Object.values(json.entities)).toEqual(wellFormed);
        const lines = serialized('ndjson', items, rdf).text.split('\n').slice(0, -1);
        expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(wellFormed);
      }),
      PARAMETERS,
    );
  });
});

describe('what RDF cannot say', () => {
  const odd: IdentifiedItem = {
    type: 'item',
    id: 'Q7',
    labels: { en: { language: 'en', value: 'fine' }, 'en us': { language: 'en us', value: 'not fine' } },
    claims: {
      P4: [
        {
          mainsnak: { snaktype: 'value', property: 'P4', datavalue: { type: 'monolingualtext', value: { text: 'x', language: 'x"y' } } },
          type: 'statement',
          id: 'Q7$1',
          rank: 'normal',
        },
      ],
    },
  };

  it.each(RDF_FORMATS)('%s: a language tag that is none is reported, once, and its triples left out', (format) => {
    const { text, diagnostics } = serialized(format, [odd], rdf);
    expect(diagnostics.map((d) => ('detail' in d ? [d.format, d.item, d.detail] : d.code))).toEqual([
      [format, 'Q7', 'a label: its language tag "en us" is not one RDF takes (BCP 47, such as "en" or "de-CH"), so that triple is not written'],
      [format, 'Q7', 'a value of P4: its language tag "x\\"y" is not one RDF takes (BCP 47, such as "en" or "de-CH"), so that triple is not written'],
    ]);
    const quads = parsedQuads(format, text);
    expect(quads.filter((q) => q.includes('"fine"@en'))).toHaveLength(3);
    expect(quads.some((q) => q.includes('not fine') || q.includes('prop/statement/P4 '))).toBe(false);
  });

  it.each(RDF_FORMATS)('%s: IRIs with characters no IRI can hold are percent-encoded, and parse', (format) => {
    const withHash: IdentifiedItem = {
      type: 'item',
      id: 'Q8',
      claims: {
        P5: [
          {
            mainsnak: { snaktype: 'value', property: 'P5', datavalue: { type: 'quantity', value: { amount: '+1', unit: 'http://x/a unit"' } } },
            type: 'statement',
            id: 'Q8$1',
            rank: 'normal',
            references: [{ hash: 'a\\b c', snaks: { P1: [{ snaktype: 'somevalue', property: 'P1' }] }, 'snaks-order': ['P1'] }],
          },
        ],
      },
    };
    const quads = parsedQuads(format, serialized(format, [withHash], rdf).text);
    expect(quads.some((q) => q.includes('http://x/a%20unit%22'))).toBe(true);
    expect(quads.some((q) => q.includes('https://linkedopendata.eu/reference/a%5Cb%20c'))).toBe(true);
  });
});

describe('IRIs from the data that are not absolute', () => {
  const relative: IdentifiedItem = {
    type: 'item',
    id: 'Q9',
    claims: {
      P2: [{ mainsnak: { snaktype: 'value', property: 'P2', datavalue: { type: 'string', value: 'www.example.org' } }, type: 'statement', id: 'Q9$1', rank: 'normal' }],
      P5: [
        {
          mainsnak: { snaktype: 'value', property: 'P5', datavalue: { type: 'quantity', value: { amount: '+1', unit: 'Q226' } } },
          type: 'statement',
          id: 'Q9$2',
          rank: 'normal',
        },
      ],
    },
  };

  it.each(RDF_FORMATS)('%s: are reported and their triples left out, and the rest parses', (format) => {
    const { text, diagnostics } = serialized(format, [relative], rdf);
    expect(diagnostics.map((d) => ('detail' in d ? d.detail : d.code))).toEqual([
      'a value of P2: the URL "www.example.org" is not an absolute IRI, so that triple is not written',
      'a value of P5: the unit "Q226" is not an absolute IRI, so that triple is not written',
    ]);
    const quads = parsedQuads(format, text);
    expect(quads.some((q) => q.includes('prop/direct/P2 ') || q.includes('quantityUnit'))).toBe(false);
    expect(quads.filter((q) => q.includes('quantityAmount'))).toHaveLength(1);
  });
});

describe('an entity written twice in a row', () => {
  // n3 kept a TriG graph open when the next entity had the same one; each chunk is self-contained, so it closes and
  // reopens it: other bytes, the same quads.
  it.each(RDF_FORMATS)('%s: the same quads as n3 wrote', (format) => {
    fc.assert(
      fc.property(item, (one) => {
        const { text } = serialized(format, [one, one], rdf);
        expect(parsedQuads(format, text)).toEqual(parsedQuads(format, n3Written(format, [one, one], rdf)));
      }),
      { ...PARAMETERS, numRuns: 30 },
    );
  });
});

describe('the formats table', () => {
  it('gives every format but the QuickStatements ones a serializer', () => {
    const withSerializer = Object.values(OUTPUT_FORMATS)
      .filter((f) => 'serializer' in f)
      .map((f) => f.name);
    expect(withSerializer).toEqual(['json', 'ndjson', 'turtle', 'ntriples', 'nquads', 'trig']);
  });
});
