// Opt-in: the same upload against a real Wikibase. Runs only when WBIMPORT_TEST_API names its Action API, with
// credentials in WBIMPORT_BOT_USER + WBIMPORT_BOT_PASSWORD or WBIMPORT_OAUTH_TOKEN; WBIMPORT_TEST_STRING_PROPERTY
// (a string property, e.g. P1) adds a statement to the items. It creates a uniquely labelled item on that wiki.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../src/model/index.js';
import { runInProcess } from '../support/run-cli.js';
import { tempDir, text, writeItems } from './support.js';

const api = process.env['WBIMPORT_TEST_API'];
const property = process.env['WBIMPORT_TEST_STRING_PROPERTY'] as `P${number}` | undefined;
const hasCredentials = (process.env['WBIMPORT_BOT_USER'] !== undefined && process.env['WBIMPORT_BOT_PASSWORD'] !== undefined) || process.env['WBIMPORT_OAUTH_TOKEN'] !== undefined;

describe.skipIf(api === undefined || !hasCredentials)('upload to a real Wikibase (WBIMPORT_TEST_API)', () => {
  const run = randomUUID().slice(0, 8);
  const item: Item = {
    type: 'item',
    labels: { en: { language: 'en', value: `wbimport test item ${run}` } },
    descriptions: { en: { language: 'en', value: `created by the wbimport test suite, run ${run}` } },
    ...(property === undefined ? {} : { claims: { [property]: [text(property, `value ${run}`)] } }),
  };
  let tmp: ReturnType<typeof tempDir>;
  let input = '';
  const args = (...flags: string[]): string[] => ['upload', '--api', api ?? '', '--journal', join(tmp.dir, 'journal.ndjson'), '--quiet', '--summary', `wbimport test run ${run}`, ...flags, input];

  beforeAll(() => {
    tmp = tempDir();
    input = writeItems(tmp.dir, 'items.ndjson', [item]);
  });
  afterAll(() => tmp.remove());

  it('shows the create in a dry run', async () => {
    const result = await runInProcess(args('--dry-run=diff'));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`new item "wbimport test item ${run}": create`);
  }, 120_000);

  it('creates the item with one edit', async () => {
    const result = await runInProcess(args());
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('1 created');
    expect(result.stderr).toContain('; 1 edit');
  }, 120_000);

  it('makes no edit the second time, with the journal or without it', async () => {
    const again = await runInProcess(args());
    expect(again.stderr).toContain('1 unchanged');
    const fresh = await runInProcess(['upload', '--api', api ?? '', '--journal', join(tmp.dir, 'other.ndjson'), '--quiet', input]);
    expect(fresh.stderr).toContain('1 unchanged');
  }, 120_000);
});
