// Every snak and value the model accepts hashes without a throw, and the model's "same value" is the hash's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceHash } from '../../src/hash/reference-hash.js';
import { snakHash } from '../../src/hash/snak-hash.js';
import { valueHash, valueSerializationForHash } from '../../src/hash/value-hash.js';
import { DataValueSchema, SnakSchema, valueKey, type DataValue, type SnakCore } from '../../src/model/index.js';

const PARAMETERS = { numRuns: 2000, seed: 16 };

const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('Café', 'Cafe\u0301', ' x ', '', '\uD800'));
const decimal = fc.oneof(
  fc.constantFrom('+0', '-0', '-0.00', '+1', '-1.5', '+85.0', '1', '+007', '+1e5'),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).chain((n) =>
    fc.nat({ max: 6 }).map((scale) => {
      const digits = (n < 0n ? -n : n).toString().padStart(scale + 1, '0');
      const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
      return `${n < 0n ? '-' : '+'}${body}`;
    }),
  ),
);
const iri = fc.oneof(fc.constantFrom('1', 'http://www.wikidata.org/entity/Q2', 'urn:x', '', 'Q2'), fc.webUrl());
const year = fc.oneof(fc.integer({ min: 0, max: 99999 }).map(String), fc.bigInt({ min: 0n, max: 10n ** 16n }).map(String));
const stamp = fc
  .tuple(fc.constantFrom('+', '-'), year, fc.nat({ max: 6 }), fc.nat({ max: 13 }), fc.nat({ max: 32 }), fc.nat({ max: 24 }), fc.nat({ max: 62 }))
  .map(([sign, y, pad, m, d, h, s]) => {
    const two = (n: number): string => String(n).padStart(2, '0');
    return `${sign}${'0'.repeat(pad)}${y.padStart(4, '0')}-${two(m)}-${two(d)}T${two(h)}:00:${two(s)}Z`;
  });
const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, 0, 360, -360, 1e-320, Number.MAX_SAFE_INTEGER));

const anyValue = fc.oneof(
  text.map((value) => ({ type: 'string', value })),
  fc.record({ text, language: fc.constantFrom('en', 'de-formal', 'zh-classical', 'EN', '') }).map((value) => ({ type: 'monolingualtext', value })),
  fc
    .record({ amount: decimal, unit: iri, upperBound: fc.option(decimal, { nil: undefined }), lowerBound: fc.option(decimal, { nil: undefined }) })
    .map((value) => ({ type: 'quantity', value: JSON.parse(JSON.stringify(value)) as unknown })),
  fc
    .record({ time: stamp, timezone: fc.integer({ min: -50000, max: 60000 }), before: fc.nat(), after: fc.nat(), precision: fc.integer({ min: 0, max: 15 }), calendarmodel: iri })
    .map((value) => ({ type: 'time', value })),
  fc
    .record({ latitude: number, longitude: number, altitude: fc.constantFrom(null, undefined, 3), precision: fc.option(number, { nil: null }), globe: iri })
    .map((value) => ({ type: 'globecoordinate', value })),
  fc
    .record({
      'entity-type': fc.constantFrom('item', 'property', 'lexeme', 'form', 'sense', 'mediainfo', 'thing'),
      'numeric-id': fc.option(fc.integer({ min: 0, max: 2e10 }), { nil: undefined }),
      id: fc.option(fc.constantFrom('Q1', 'P2', 'L3', 'L3-F1', 'L3-S2', 'M4', 'Q0', 'q1'), { nil: undefined }),
    })
    .map((value) => ({ type: 'wikibase-entityid', value: JSON.parse(JSON.stringify(value)) as unknown })),
);

/** Values the model accepts, found among arbitrary ones near its edges. */
const modelValue: fc.Arbitrary<DataValue> = anyValue
  .map((json) => DataValueSchema.safeParse(json))
  .filter((r) => r.success)
  .map((r) => r.data as DataValue);

const modelSnak: fc.Arbitrary<SnakCore> = fc
  .record({ snaktype: fc.constantFrom('value', 'somevalue', 'novalue'), property: fc.constantFrom('P1', 'P31', 'P9999999999'), datavalue: modelValue })
  .map(({ snaktype, property, datavalue }) => SnakSchema.parse(snaktype === 'value' ? { snaktype, property, datavalue } : { snaktype, property }));

/** The value as Wikibase saves it: strings in NFC. */
function saved(value: DataValue): DataValue {
  if (value.type === 'string') return { ...value, value: value.value.normalize('NFC') };
  if (value.type === 'monolingualtext') return { ...value, value: { ...value.value, text: value.value.text.normalize('NFC') } };
  return value;
}

describe('hashes of what the model accepts', () => {
  it('every value hashes', () => {
    fc.assert(
      fc.property(modelValue, (value) => {
        expect(valueHash(value)).toMatch(/^[0-9a-f]{32}$/u);
      }),
      PARAMETERS,
    );
  });

  it('every snak, and every reference of them, hashes', () => {
    fc.assert(
      fc.property(fc.array(modelSnak, { minLength: 1, maxLength: 4 }), (snaks) => {
        for (const snak of snaks) expect(snakHash(snak)).toMatch(/^[0-9a-f]{40}$/u);
        expect(referenceHash(snaks)).toMatch(/^[0-9a-f]{40}$/u);
      }),
      PARAMETERS,
    );
  });

  it('two values are the same (valueKey) exactly when Wikibase hashes their saved forms alike', () => {
    fc.assert(
      fc.property(modelValue, modelValue, (a, b) => {
        const sameKey = valueKey(a) === valueKey(b);
        const sameHash = valueSerializationForHash(saved(a)) === valueSerializationForHash(saved(b));
        expect(sameKey).toBe(sameHash);
      }),
      PARAMETERS,
    );
  });

  it('a value written another way Wikibase takes as the same has the same key and hash', () => {
    /** Rewrites that keep the value: a padded year, a negative zero, an item by its numeric id, decomposed text. */
    const rewrite = (value: DataValue): DataValue => {
      switch (value.type) {
        case 'time':
          return { ...value, value: { ...value.value, time: value.value.time.replace(/^([-+])(\d+)/u, (_, sign: string, y: string) => sign + y.padStart(16, '0')) } };
        case 'quantity':
          return { ...value, value: { ...value.value, amount: value.value.amount.replace(/^\+(0(\.0+)?)$/u, '-$1') } };
        case 'globecoordinate':
          return { ...value, value: { ...value.value, latitude: value.value.latitude === 0 ? -0 : value.value.latitude } };
        case 'wikibase-entityid': {
          const { id } = value.value;
          const numeric = id === undefined ? undefined : /^[QP](\d+)$/u.exec(id)?.[1];
          return numeric === undefined ? value : { ...value, value: { 'entity-type': value.value['entity-type'], 'numeric-id': Number(numeric) } };
        }
        case 'string':
          return { ...value, value: value.value.normalize('NFD') };
        case 'monolingualtext':
          return { ...value, value: { ...value.value, text: value.value.text.normalize('NFD') } };
      }
    };
    fc.assert(
      fc.property(modelValue, (value) => {
        const other = DataValueSchema.parse(rewrite(value));
        expect(valueKey(other)).toBe(valueKey(value));
        expect(valueHash(saved(other))).toBe(valueHash(saved(value)));
      }),
      PARAMETERS,
    );
  });
});
