// Acceptance 3 of issue 14: the benchmark's 1,000-page corpus uploaded twice by the create path (ids left out) to
// the faithful fake: every project created once or reported, none merged into another without a diagnostic, and
// the second run makes no edit.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/files/index.js';
import type { ItemReport, UploadTally } from '../../src/upload/index.js';
import type { FakeWikibase } from '../support/fake-wikibase/index.js';
import { runInProcess } from '../support/run-cli.js';
import { BOT_ENV, fake, runWithEnv, uploadArgs } from './support.js';

const PAGES = 1000;
let dir = '';
let items = '';
let inputs = 0;
let server: FakeWikibase;

interface Run {
  readonly code: number;
  readonly reports: ItemReport[];
  readonly summary: UploadTally;
}

async function upload(): Promise<Run> {
  const result = await runWithEnv(BOT_ENV, [...uploadArgs(server, join(dir, 'journal.ndjson'), '--diagnostics', 'json'), items]);
  const lines = result.stderr.trim().split('\n').map((l) => JSON.parse(l) as { upload?: ItemReport; summary?: UploadTally });
  const summary = lines.find((l) => l.summary !== undefined)?.summary;
  if (summary === undefined) throw new Error(result.stderr);
  return { code: result.code, reports: lines.flatMap((l) => (l.upload === undefined ? [] : [l.upload])), summary };
}

let first: Run;
let second: Run;
let editsAfterFirst = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wbimport-corpus-'));
  const script = new URL('../../scripts/bench/corpus.mjs', import.meta.url).href;
  const { writeCorpus } = (await import(script)) as { writeCorpus: (o: object) => unknown };
  const pages = join(dir, 'pages.ndjson');
  writeCorpus({ pages: PAGES, seed: 7, profile: await loadProfile(), ndjsonPath: pages, textPath: join(dir, 'pages.txt') });
  const converted = await runInProcess(['convert', pages, '--to', 'ndjson']);
  expect(converted.code, converted.stderr).toBe(0);
  // The create path: the same projects without their ids, as new items.
  const lines = converted.stdout.trim().split('\n').map((l) => {
    const { id: _id, ...item } = JSON.parse(l) as Record<string, unknown>;
    return JSON.stringify(item);
  });
  inputs = lines.length;
  items = join(dir, 'items.ndjson');
  writeFileSync(items, `${lines.join('\n')}\n`);
  // Summaries are longer than stock Wikibase's 400 characters: the target allows 10,000, as the recorded one.
  server = await fake({ limits: { string: 10_000, monolingualtext: 10_000 } });
  first = await upload();
  editsAfterFirst = server.editCount();
  second = await upload();
}, 240_000);

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('acceptance: the 1,000-page corpus by the create path, twice', () => {
  it('creates each project once or reports it, with a code', () => {
    expect(inputs).toBeGreaterThan(500);
    expect(first.summary.items).toBe(inputs);
    expect(first.summary.created + first.summary.refused).toBe(inputs);
    expect(first.summary.failed + first.summary.heldBack).toBe(0);
    const refused = first.reports.filter((r) => r.outcome === 'refused');
    expect(refused.length).toBe(first.summary.refused);
    expect(new Set(refused.map((r) => r.code))).toEqual(new Set(['same-terms-in-run']));
  });

  it('merges no two inputs into one item: the server holds exactly the items created', () => {
    expect(server.entities.size).toBe(first.summary.created);
    expect(editsAfterFirst).toBe(first.summary.created);
  });

  it('makes no edit the second time, and says the same of the same inputs', () => {
    expect(server.editCount()).toBe(editsAfterFirst);
    expect(second.summary.edits).toBe(0);
    expect(second.summary.unchanged).toBe(first.summary.created);
    expect(second.summary.refused).toBe(first.summary.refused);
    expect(second.code).toBe(first.code);
  });

  it('exits 1 when inputs were reported, as documented', () => {
    expect(first.code).toBe(first.summary.refused > 0 ? 1 : 0);
    expect(readFileSync(join(dir, 'journal.ndjson'), 'utf8').length).toBeGreaterThan(0);
  });
});
