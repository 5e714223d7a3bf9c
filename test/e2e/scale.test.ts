// Streaming, worker threads and progress, end to end: the same bytes whatever --jobs, items merged however far
// apart their pages lie, and a progress bar only on a terminal.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { loadProfile } from '../../src/files/index.js';
import { runBuilt } from '../support/run-cli.js';

// The benchmark's corpus generator (it renders pages with the built renderer): pages of one item lie apart, as
// after a second crawl, and some pages are portal pages of items met hundreds of pages before.
const CORPUS_PAGES = 600;
let dir = '';
let ndjson = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wbimport-scale-'));
  ndjson = join(dir, 'pages.ndjson');
  const script = new URL('../../scripts/bench/corpus.mjs', import.meta.url).href;
  const { writeCorpus } = (await import(script)) as {
    writeCorpus: (o: object) => { pages: number };
  };
  writeCorpus({ pages: CORPUS_PAGES, seed: 7, profile: await loadProfile(), ndjsonPath: ndjson, textPath: join(dir, 'pages.txt') });
});

const ids = (ndjsonOut: string): string[] => ndjsonOut.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);

describe('worker threads', () => {
  it.each(['ntriples', 'json', 'turtle'])('give the same bytes, diagnostics and summary whatever --jobs (%s)', async (format) => {
    const runs = await Promise.all([1, 2, 3].map((jobs) => runBuilt(['convert', ndjson, '--to', format, '--jobs', String(jobs)])));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    expect(runs[0]?.stdout.length).toBeGreaterThan(100_000);
    expect(runs[1]?.stdout).toBe(runs[0]?.stdout);
    expect(runs[2]?.stdout).toBe(runs[0]?.stdout);
    expect(runs[1]?.stderr).toBe(runs[0]?.stderr);
    expect(runs[0]?.stderr).toMatch(new RegExp(`^wbimport: ${CORPUS_PAGES} pages, \\d+ entities`, 'mu'));
  }, 60_000);

  it('stop at the same place with --fail-fast whatever --jobs', async () => {
    const bad = join(dir, 'bad.ndjson');
    const lines = readFileSync(ndjson, 'utf8').trim().split('\n');
    // A record that is not JSON, two hundred pages in.
    lines.splice(200, 0, '{"url": "https://linkedopendata.eu/entity/Q1", "text": ');
    await import('node:fs').then((fs) => fs.writeFileSync(bad, `${lines.join('\n')}\n`));
    const [one, two] = await Promise.all([1, 2].map((jobs) => runBuilt(['convert', bad, '--to', 'ndjson', '--fail-fast', '--jobs', String(jobs)])));
    expect(one?.code).toBe(1);
    expect(two?.code).toBe(1);
    expect(two?.stdout).toBe(one?.stdout);
    expect(two?.stderr).toBe(one?.stderr);
    expect(ids(one?.stdout ?? '').length).toBeGreaterThan(50);
  }, 60_000);
});

describe('merging the pages of an item', () => {
  it('merges pages however far apart when reading files (two passes): every item once', async () => {
    const result = await runBuilt(['convert', ndjson, '--to', 'ndjson']);
    expect(result.code, result.stderr).toBe(0);
    const all = ids(result.stdout);
    expect(new Set(all).size).toBe(all.length);
  }, 60_000);

  it('on standard input, merges within the window and reports an item whose pages lie further apart', async () => {
    const input = readFileSync(ndjson, 'utf8');
    const wide = await runBuilt(['convert', '-', '--to', 'ndjson', '--merge-window', '100000', '--diagnostics', 'json'], input);
    const narrow = await runBuilt(['convert', '-', '--to', 'ndjson', '--merge-window', '5', '--diagnostics', 'json'], input);
    const exact = await runBuilt(['convert', ndjson, '--to', 'ndjson']);
    expect(wide.code, wide.stderr).toBe(0);
    expect(narrow.code, narrow.stderr).toBe(0);
    // A window wider than the input merges exactly what two passes merge (in another order).
    expect(ids(wide.stdout).sort()).toEqual(ids(exact.stdout).sort());
    const apart = narrow.stderr.split('\n').filter((l) => l.includes('"item-pages-apart"'));
    expect(apart.length).toBeGreaterThan(0);
    const written = ids(narrow.stdout);
    // A reported item is written again with what its far page gives (nothing, if that page gives no statement);
    // nothing is dropped.
    expect(written.length).toBeGreaterThan(ids(exact.stdout).length);
    expect(written.length).toBeLessThanOrEqual(ids(exact.stdout).length + apart.length);
    expect(new Set(written)).toEqual(new Set(ids(exact.stdout)));
  }, 60_000);
});

describe('progress', () => {
  async function stderrOf(args: string[], tty: boolean): Promise<string> {
    const stderr = Object.assign(new PassThrough(), { isTTY: tty, columns: 160 });
    const chunks: Buffer[] = [];
    stderr.on('data', (c: Buffer) => chunks.push(c));
    const stdout = new PassThrough();
    stdout.resume();
    const code = await run(args, { stdin: Readable.from(['']), stdout, stderr });
    expect(code).toBe(0);
    return Buffer.concat(chunks).toString('utf8');
  }

  it('shows a bar with pages/s, entities and an ETA on a terminal, and always ends with the summary line', async () => {
    const text = await stderrOf(['convert', ndjson, '--to', 'ntriples', '--jobs', '1'], true);
    expect(text).toMatch(/pages\/s/u);
    expect(text).toMatch(/ETA/u);
    expect(text).toMatch(/entities/u);
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/wbimport: 600 pages, \d+ entities/u);
  }, 60_000);

  it.each([
    ['when stderr is not a terminal', false, []],
    ['with --quiet', true, ['--quiet']],
  ])('shows nothing but the summary line %s', async (_, tty, extra) => {
    const text = await stderrOf(['convert', ndjson, '--to', 'ntriples', '--jobs', '1', ...extra], tty);
    expect(text).toMatch(/^wbimport: 600 pages, \d+ entities, \d+ statements, 0 errors, 0 warnings\n$/u);
  }, 60_000);
});
