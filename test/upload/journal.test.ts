// The journal: records read back on resume, a torn last line cut off and reported, a damaged or foreign one refused.
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Journal, JournalError } from '../../src/upload/journal.js';
import { tempDir } from './support.js';

const API = 'http://127.0.0.1:1/w/api.php';
const options = { api: API, version: '0.0.0', readOnly: false, now: () => 0 };
let dir = '';
let remove = (): void => {};
let path = '';

beforeEach(() => {
  ({ dir, remove } = tempDir('wbimport-journal-'));
  path = join(dir, 'journal.ndjson');
});
afterEach(() => remove());

const lines = (): unknown[] => readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as unknown);

describe('Journal', () => {
  it('records intents and results, and a resumed journal knows created ids and pending creates', () => {
    const { journal } = Journal.open(path, options);
    journal.append({ type: 'intent', op: 'create', key: 'new:a', label: 'A', preexisting: ['Q5'] });
    journal.append({ type: 'done', op: 'create', key: 'new:a', id: 'Q7', revid: 3 });
    journal.append({ type: 'intent', op: 'create', key: 'new:b', preexisting: [] });
    journal.close();
    expect(lines()).toEqual([
      { type: 'run', api: API, version: '0.0.0', at: '1970-01-01T00:00:00.000Z' },
      { type: 'intent', op: 'create', key: 'new:a', label: 'A', preexisting: ['Q5'], at: '1970-01-01T00:00:00.000Z' },
      { type: 'done', op: 'create', key: 'new:a', id: 'Q7', revid: 3, at: '1970-01-01T00:00:00.000Z' },
      { type: 'intent', op: 'create', key: 'new:b', preexisting: [], at: '1970-01-01T00:00:00.000Z' },
    ]);
    const { journal: again, torn } = Journal.open(path, options);
    expect(torn).toBeNull();
    expect(again.resumed).toBe(4);
    expect(again.idFor('new:a')).toBe('Q7');
    expect(again.pendingCreate('new:a')).toBeUndefined();
    expect(again.pendingCreate('new:b')).toEqual({ preexisting: [] });
    again.close();
  });

  it('cuts off a last line torn by a kill, reports it, and appends after the last whole record', () => {
    const { journal } = Journal.open(path, options);
    journal.append({ type: 'done', op: 'edit', key: 'Q1', id: 'Q1', revid: 2 });
    journal.close();
    appendFileSync(path, '{"type":"intent","op":"cre');
    const { journal: again, torn } = Journal.open(path, options);
    expect(torn).toEqual({ line: 3, text: '{"type":"intent","op":"cre' });
    again.append({ type: 'done', op: 'edit', key: 'Q2', id: 'Q2', revid: 5 });
    again.close();
    expect(lines().map((r) => (r as { type: string }).type)).toEqual(['run', 'done', 'run', 'done']);
  });

  it('keeps a whole last record that only lacks its newline', () => {
    writeFileSync(path, `{"type":"done","op":"edit","key":"Q1","id":"Q1","revid":2,"at":"x"}`);
    const { journal, torn } = Journal.open(path, options);
    expect(torn).toBeNull();
    expect(journal.idFor('Q1')).toBe('Q1');
    journal.close();
    expect(lines()).toHaveLength(2);
  });

  it('refuses a journal damaged in the middle, naming the line', () => {
    writeFileSync(path, `{"type":"run","api":"${API}","version":"0","at":"x"}\nnot json\n{"type":"run","api":"${API}","version":"0","at":"x"}\n`);
    expect(() => Journal.open(path, options)).toThrow(new JournalError(`${path}:2: not a journal record (not JSON); the journal is damaged (move it aside to start afresh)`));
  });

  it('refuses a record of the wrong shape in the middle, naming the line and the field', () => {
    const run = `{"type":"run","api":"${API}","version":"0","at":"x"}`;
    writeFileSync(path, `${run}\n{"type":"done","op":"edit","key":"Q1","id":"q1","at":"x"}\n${run}\n`);
    expect(() => Journal.open(path, options)).toThrow(JournalError);
    expect(() => Journal.open(path, options)).toThrow(`${path}:2: not a journal record (id: expected an item id`);
  });

  it('refuses a journal it cannot read with a JournalError, not a crash', () => {
    mkdirSync(path);
    expect(() => Journal.open(path, options)).toThrow(new RegExp(`^cannot read the journal .*journal\\.ndjson`, 'u'));
  });

  it("refuses another Wikibase's journal", () => {
    Journal.open(path, options).journal.close();
    expect(() => Journal.open(path, { ...options, api: 'https://other.example/w/api.php' })).toThrow(/journal of uploads to http:\/\/127\.0\.0\.1:1\/w\/api\.php/u);
  });

  it('is only read in a dry run', () => {
    const { journal } = Journal.open(path, { ...options, readOnly: true });
    journal.append({ type: 'done', op: 'edit', key: 'Q1', id: 'Q1', revid: 2 });
    journal.close();
    expect(() => readFileSync(path)).toThrow();
  });
});
