// NDJSON page records: recognising a record line, and reading each line as a page, a diagnostic, or nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikePageRecord, PageRecordSchema, readPageRecord } from '../../src/source/index.js';

describe('looksLikePageRecord', () => {
  it.each<[string, boolean]>([
    ['{"url":"https://kohesio.eu/it/progetti/Q1","text":"Riassunto"}', true],
    ['{"text":""}', true],
    ['  {"text":"x"}', true],
    ['{"text": 5}', true],
    ['{"url":"https://kohesio.eu/it/progetti/Q1"}', false],
    ['{"text":"x"', false],
    ['["text"]', false],
    ['"text"', false],
    ['null', false],
    ['Social activation (Q1)', false],
    ['', false],
  ])('%j → %s', (line, expected) => {
    expect(looksLikePageRecord(line)).toBe(expected);
  });
});

describe('readPageRecord', () => {
  it('reads a record as a page at its line, with its address', () => {
    const text = '{"url":"https://kohesio.eu/it/progetti/Q1","text":"Riga 1\\nRiga 2"}';
    expect(readPageRecord('dump.ndjson', { text, line: 3 })).toEqual({
      page: { text: 'Riga 1\nRiga 2', file: 'dump.ndjson', line: 3, inRecord: true, url: 'https://kohesio.eu/it/progetti/Q1' },
    });
  });

  it('reads a record without an address as a page without url', () => {
    const result = readPageRecord('dump.ndjson', { text: '{"text":"Riassunto","extra":true}', line: 1 });
    expect(result).toEqual({ page: { text: 'Riassunto', file: 'dump.ndjson', line: 1, inRecord: true } });
  });

  it.each(['', '   ', '\t'])('skips the blank line %j', (text) => {
    expect(readPageRecord('dump.ndjson', { text, line: 2 })).toBeNull();
  });

  it.each<[string, string]>([
    ['not JSON', '{"text": "unterminated'],
    ['JSON but not an object', '[1, 2]'],
    ['null', 'null'],
    ['no text', '{"url":"https://kohesio.eu/it/progetti/Q1"}'],
    ['a text that is not a string', '{"text": 5}'],
    ['an empty url', '{"url":"","text":"x"}'],
    ['a url that is not a string', '{"url":5,"text":"x"}'],
  ])('reports %s as ndjson-invalid, spanning the whole line', (_, text) => {
    const result = readPageRecord('dump.ndjson', { text, line: 9 });
    expect(result).toEqual({
      diagnostic: { code: 'ndjson-invalid', severity: 'error', span: { file: 'dump.ndjson', line: 9, column: 1, text }, reason: expect.any(String) },
    });
  });

  it.each<[string, string]>([
    ['{"text": 5}', 'text'],
    ['{"url":5,"text":"x"}', 'url'],
    ['[1, 2]', 'record'],
  ])('names the field at fault in the reason of %j', (text, field) => {
    const result = readPageRecord('dump.ndjson', { text, line: 1 });
    expect(result !== null && 'diagnostic' in result && 'reason' in result.diagnostic ? result.diagnostic.reason : '').toMatch(
      new RegExp(`^${field}:`),
    );
  });
});

describe('readPageRecord: records read without the schema when they pass it', () => {
  /** The reading as it was, every record through the schema: what the written-out checks must agree with. */
  function throughSchema(text: string, line: number): ReturnType<typeof readPageRecord> {
    const value: unknown = JSON.parse(text);
    const record = PageRecordSchema.safeParse(value);
    if (!record.success) {
      const reason = record.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
      return { diagnostic: { code: 'ndjson-invalid', severity: 'error', span: { file: 'r.ndjson', line, column: 1, text }, reason } };
    }
    const { url, text: pageText } = record.data;
    return { page: { text: pageText, file: 'r.ndjson', line, inRecord: true, ...(url === undefined ? {} : { url }) } };
  }

  it('gives what the schema gives, for records of every shape', () => {
    const field = fc.oneof(fc.string(), fc.constant(''), fc.integer(), fc.constant(null), fc.boolean(), fc.array(fc.string(), { maxLength: 2 }));
    const value = fc.oneof(
      fc.record({ url: field, text: field }, { requiredKeys: [] }),
      fc.record({ text: fc.string(), url: fc.string(), other: field }, { requiredKeys: ['text'] }),
      fc.array(fc.string(), { maxLength: 2 }),
      fc.string(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(value, fc.integer({ min: 1, max: 9 }), (v, line) => {
        const text = JSON.stringify(v);
        expect(readPageRecord('r.ndjson', { text, line })).toEqual(throughSchema(text, line));
      }),
      { numRuns: 2000, seed: 4 },
    );
  });
});
