// The fast paths of hashing give exactly what the definitions give: PHP's 14-digit float strings (toPrecision but for
// ties), json_encode of ASCII strings, serializations with their byte lengths added up, canonical JSON of statements
// (which names statement ids), statement ids, NFC of text that needs no normalizing.
import { hash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  byteLength,
  legacyObject,
  legacyObjectSized,
  phpFloatToString,
  phpFloatToStringExact,
  phpJsonEncode,
  phpList,
  phpListSized,
  phpString,
  phpStringSized,
} from '../../src/hash/php-serialize.js';
import { statementName } from '../../src/merge/entity-builder.js';
import { valueHash } from '../../src/hash/value-hash.js';
import { canonicalJson, canonicalText, statementId, type DataValue } from '../../src/model/index.js';
import { clearMemos } from '../../src/util/memo.js';
import type { DraftStatement } from '../../src/interpret/index.js';

const PARAMETERS = { seed: 20240601, numRuns: 2000 };

describe('phpFloatToString', () => {
  it('agrees with the exact definition on any double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(phpFloatToString(x)).toBe(phpFloatToStringExact(x));
      }),
      PARAMETERS,
    );
  });

  it('agrees on coordinates as the pages give them, and on exact ties (15 digits ending in 5)', () => {
    const coordinate = fc.integer({ min: -1_800_000, max: 1_800_000 }).map((n) => n / 10_000);
    // With exponent 0, a whole number of 15 digits ending in 5: an exact tie at 14 digits.
    const tie = fc.integer({ min: 10_000_000_000_000, max: 99_999_999_999_999 }).chain((n) =>
      fc.integer({ min: -20, max: 5 }).map((e) => Number(`${n}5e${e}`)),
    );
    fc.assert(
      fc.property(fc.oneof(coordinate, tie, fc.double({ min: 1e-310, max: 1e-300, noNaN: true })), (x) => {
        expect(phpFloatToString(x)).toBe(phpFloatToStringExact(x));
      }),
      PARAMETERS,
    );
  });
});

describe('phpJsonEncode of strings', () => {
  /** json_encode's escapes, written out one character at a time (the slow path, for any string). */
  function byCharacter(s: string): string {
    const short: Record<string, string> = { '"': '\\"', '\\': '\\\\', '/': '\\/', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    let out = '"';
    for (let i = 0; i < s.length; i += 1) {
      const ch = s.charAt(i);
      const code = s.charCodeAt(i);
      out += short[ch] ?? (code < 0x20 || code > 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : ch);
    }
    return `${out}"`;
  }

  it('escapes printable ASCII as it escapes any other string', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '/', '"', '\\', ' ', '~', ':', '-', '\n', 'é', '😀') }), (s) => {
        expect(phpJsonEncode(s)).toBe(byCharacter(s));
      }),
      PARAMETERS,
    );
  });
});

/** Text of the characters the fast paths tell apart: escapes, controls, surrogates paired or not, combining marks. */
const anyText = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', '"', '\\', '/', '\n', '\u0001', '\u001f', '\u007f', 'é', 'ł', '\u02ff', '\u0300', 'e\u0301', 'Ω', '\u2028', '\ud800', '\udc00', '😀', '\ufeff'),
});

describe('sized serializations', () => {
  it('write what the plain ones write, and measure it in UTF-8 bytes', () => {
    fc.assert(
      fc.property(anyText, anyText, fc.constantFrom('DataValues\\StringValue', 'Wikibase\\DataModel\\Snak\\PropertyValueSnak'), (a, b, className) => {
        const strings = [phpStringSized(a), phpStringSized(b)];
        expect(strings.map((x) => x.text)).toEqual([phpString(a), phpString(b)]);
        const list = phpListSized(strings);
        expect(list.text).toBe(phpList([phpString(a), phpString(b)]));
        const object = legacyObjectSized(className, list);
        expect(object.text).toBe(legacyObject(className, phpList([phpString(a), phpString(b)])));
        for (const x of [...strings, list, object]) expect(x.bytes).toBe(byteLength(x.text));
      }),
      PARAMETERS,
    );
  });
});

describe('canonicalText', () => {
  it('is NFC of any text', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(canonicalText(s)).toBe(s.normalize('NFC'));
      }),
      PARAMETERS,
    );
  });
});

describe('statementId', () => {
  /** The definition: SHA-1 of the name, its first 16 bytes with the version (5) and variant (10) set, as a UUID. */
  function reference(itemId: string, key: string): string {
    const digest = hash('sha1', `wbimport-statement\u0000${itemId}\u0000${key}`, 'buffer');
    digest[6] = ((digest[6] ?? 0) & 0x0f) | 0x50;
    digest[8] = ((digest[8] ?? 0) & 0x3f) | 0x80;
    const hex = digest.subarray(0, 16).toString('hex');
    return `${itemId}$${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  }

  it('is the name-based UUID of its definition', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), anyText, (n, key) => {
        expect(statementId(`Q${n}`, key)).toBe(reference(`Q${n}`, key));
      }),
      PARAMETERS,
    );
  });
});

describe('canonicalJson', () => {
  /** The definition: keys sorted, undefined members left out. */
  function reference(value: unknown): string {
    if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
    if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
  }

  it('writes any JSON value as the definition does', () => {
    const key = fc.string({ unit: fc.constantFrom('a', 'b', 'B', '-', '_', '"', 'é', '\n', '1', '\ud800') });
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        anyText,
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
        fc.constant(null),
        fc.constant(undefined),
        fc.array(tie('value')),
        fc.dictionary(key, tie('value')),
      ),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      PARAMETERS,
    );
  });

  it('names a statement by the canonical JSON of its value, qualifiers and rank', () => {
    const span = { file: 'f', line: 1, column: 1 };
    const datavalue = fc.oneof(
      fc.string().map((value): DataValue => ({ type: 'string', value })),
      fc.record({ text: fc.string(), language: fc.constantFrom('en', 'pl') }).map((value): DataValue => ({ type: 'monolingualtext', value })),
      fc
        .record({ amount: fc.constantFrom('+1', '-2.5'), unit: fc.constantFrom('1', 'http://x/Q1'), upperBound: fc.constantFrom('+3', undefined) })
        .map(({ upperBound, ...v }): DataValue => ({ type: 'quantity', value: upperBound === undefined ? v : { ...v, upperBound, lowerBound: '+0' } })),
    );
    const snak = fc.record({ property: fc.constantFrom('P1', 'P10', 'P2'), datavalue }).map((s) => ({ ...s, datatype: 'string', span }) as const);
    const statement = fc
      .record({ main: snak, rank: fc.constantFrom('preferred', 'normal', 'deprecated'), qualifiers: fc.array(snak, { maxLength: 3 }) })
      .map(({ main, rank, qualifiers }): DraftStatement => ({ ...main, rank, qualifiers }));
    fc.assert(
      fc.property(statement, (s) => {
        const definition = canonicalJson({ datavalue: s.datavalue, qualifiers: s.qualifiers.map((q) => [q.property, q.datavalue]), rank: s.rank });
        expect(statementName(s)).toBe(definition);
      }),
      PARAMETERS,
    );
  });
});

describe('valueHash, kept by the value key', () => {
  it('gives each date and amount the hash computed afresh', () => {
    const decimal = fc.constantFrom('+1', '+1.0', '-0', '+0', '-0.0', '+488705.11', '-2.5');
    const quantity = fc
      .record({ amount: decimal, unit: fc.constantFrom('1', 'http://www.wikidata.org/entity/Q4916'), bounds: fc.option(fc.tuple(decimal, decimal)) })
      .map(({ amount, unit, bounds }): DataValue => ({
        type: 'quantity',
        value: bounds === null ? { amount, unit } : { amount, unit, upperBound: bounds[0], lowerBound: bounds[1] },
      }));
    const time = fc
      .record({
        time: fc.constantFrom('+2018-01-02T00:00:00Z', '+00000002018-01-02T00:00:00Z', '+2018-01-00T00:00:00Z', '-0044-03-15T00:00:00Z'),
        precision: fc.constantFrom(9, 10, 11),
        calendarmodel: fc.constantFrom('http://www.wikidata.org/entity/Q1985727', 'http://www.wikidata.org/entity/Q1985786'),
        timezone: fc.constantFrom(0, 60),
        before: fc.constantFrom(0, 1),
      })
      .map(({ before, ...v }): DataValue => ({ type: 'time', value: { ...v, before, after: 0 } }));
    fc.assert(
      fc.property(fc.array(fc.oneof(quantity, time), { minLength: 2, maxLength: 12 }), (values) => {
        clearMemos();
        const kept = values.map(valueHash);
        const fresh = values.map((v) => {
          clearMemos();
          return valueHash(v);
        });
        expect(kept).toEqual(fresh);
      }),
      PARAMETERS,
    );
  });
});
