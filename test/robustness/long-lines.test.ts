// Long lines are read in linear time: no pattern in the reading path backtracks more than linearly on one line, and
// none overflows the regular-expression stack, whatever the line holds. Measured as growth, not as a time: each
// shape is converted at a quarter of its size and at full size (up to 10 MB), and four times the input may take at
// most eight times the CPU (linear reading takes about four; a quadratic step would take sixteen).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConvert } from './run-convert.js';
import { SEED_PAGE } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'wbimport-long-'));
const MB10 = 10_000_000;
const QUARTER = 4;

/** The seed page with its value line `1 September 2018` replaced by this. */
const withValue = (value: string): string => SEED_PAGE.replace('1 September 2018', value);

/** Each shape at size `k` quarters (1: a quarter, 4: full). */
const CASES: [string, (k: number) => string][] = [
  ['a value line of 100,000 spaces between a number and a non-letter', (k) => withValue(`1${' '.repeat(25_000 * k)}!`)],
  ['a value line of 100,000 spaces between a number and a word', (k) => withValue(`1${' '.repeat(25_000 * k)}x y`)],
  ['a value line of digits and spaces', (k) => withValue(`1${' 1'.repeat(12_500 * k)} !`)],
  ['a value line of 100,000 spaces before a language name', (k) => withValue(`a${' '.repeat(25_000 * k)}(English)`)],
  ['a 10 MB value line with a non-Latin-1 character, ending as a monolingual text', (k) => withValue(`${'ž'}${'ab '.repeat((MB10 / 12) * k)} (English)`)],
  ['a 10 MB value line of parentheses', (k) => withValue(`x ${'(a) '.repeat((MB10 / 16) * k)}(b)`)],
  ['a 10 MB value line with a non-Latin-1 character', (k) => withValue(`${'word '.repeat((MB10 / 20) * k)}ž`)],
  ['a 10 MB title line with a non-Latin-1 character', (k) => SEED_PAGE.replace(/^[^\n]*/u, `ž${'a'.repeat((MB10 / 4) * k)} (Q4295133)`)],
  ['a title line of 100,000 spaces', (k) => SEED_PAGE.replace(/^[^\n]*/u, `a${' '.repeat(25_000 * k)}(Q4295133)`)],
  ['a page of 10 MB with lone-CR line endings', (k) => `${SEED_PAGE.replaceAll('\n', '\r')}${'ž text\r'.repeat(Math.floor(MB10 / 28) * k)}`],
  ['a page of 10 MB without a line break', (k) => `ž${'x'.repeat((MB10 / 4) * k)}`],
  ['a page starting with 100,000 spaces', (k) => `${' '.repeat(25_000 * k)}${SEED_PAGE}`],
  ['a page starting with 100,000 blank lines', (k) => `${'\n'.repeat(25_000 * k)}${SEED_PAGE}`],
];

/** The CPU time (ms) of converting one input, read whole (past the default --max-page-bytes: read, not skipped). */
async function cpuOf(file: string, text: string): Promise<number> {
  writeFileSync(file, text);
  const before = process.cpuUsage();
  const run = await runConvert([file], 'ndjson', { maxPageBytes: 64 << 20 });
  const used = process.cpuUsage(before);
  expect(run.diagnostics.map((d) => d.code)).not.toContain('page-too-large');
  expect(run.summary.pages).toBeGreaterThan(0);
  return (used.user + used.system) / 1000;
}

describe('long lines', () => {
  it.each(CASES)('convert in linear time: %s', async (name, make) => {
    const file = join(dir, `${name.replace(/\W+/gu, '-')}.txt`);
    await cpuOf(file, make(1)); // warm: the first run pays for compiling the reader
    const quarter = await cpuOf(file, make(1));
    const full = await cpuOf(file, make(QUARTER));
    // 100 ms of slack for the timer's grain on small inputs.
    expect(full).toBeLessThan(2 * QUARTER * quarter + 100);
  }, 60_000);
});
