// NDJSON page records: recognising a record line, and reading each line as a page, a diagnostic, or nothing.
import { describe, expect, it } from 'vitest';
import { looksLikePageRecord, readPageRecord } from '../../../src/source/index.js';

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
