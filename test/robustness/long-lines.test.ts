// Long lines are read in linear time: no pattern in the reading path backtracks more than linearly on one line, and
// none overflows the regular-expression stack, whatever the line holds.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConvert } from './run-convert.js';
import { SEED_PAGE } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'wbimport-long-'));
const MB10 = 10_000_000;

/** The seed page with its value line `1 September 2018` replaced by this. */
const withValue = (value: string): string => SEED_PAGE.replace('1 September 2018', value);

const CASES: [string, () => string][] = [
  ['a value line of 100,000 spaces between a number and a non-letter', () => withValue(`1${' '.repeat(100_000)}!`)],
  ['a value line of 100,000 spaces between a number and a word', () => withValue(`1${' '.repeat(100_000)}x y`)],
  ['a value line of digits and spaces', () => withValue(`1${' 1'.repeat(50_000)} !`)],
  ['a value line of 100,000 spaces before a language name', () => withValue(`a${' '.repeat(100_000)}(English)`)],
  ['a 10 MB value line with a non-Latin-1 character, ending as a monolingual text', () => withValue(`${'ž'}${'ab '.repeat(MB10 / 3)} (English)`)],
  ['a 10 MB value line of parentheses', () => withValue(`x ${'(a) '.repeat(MB10 / 4)}(b)`)],
  ['a 10 MB value line with a non-Latin-1 character', () => withValue(`${'word '.repeat(MB10 / 5)}ž`)],
  ['a 10 MB title line with a non-Latin-1 character', () => SEED_PAGE.replace(/^[^\n]*/u, `ž${'a'.repeat(MB10)} (Q4295133)`)],
  ['a title line of 100,000 spaces', () => SEED_PAGE.replace(/^[^\n]*/u, `a${' '.repeat(100_000)}(Q4295133)`)],
  ['a page of 10 MB with lone-CR line endings', () => `${SEED_PAGE.replaceAll('\n', '\r')}${'ž text\r'.repeat(MB10 / 7)}`],
  ['a page of 10 MB without a line break', () => `ž${'x'.repeat(MB10)}`],
  ['a page starting with 100,000 spaces', () => `${' '.repeat(100_000)}${SEED_PAGE}`],
  ['a page starting with 100,000 blank lines', () => `${'\n'.repeat(100_000)}${SEED_PAGE}`],
];

describe('long lines', () => {
  it.each(CASES)('convert in under a second of CPU: %s', async (name, make) => {
    const file = join(dir, `${name.replace(/\W+/gu, '-')}.txt`);
    writeFileSync(file, make());
    const before = process.cpuUsage();
    // Past the default --max-page-bytes: the page must be read, not skipped.
    const run = await runConvert([file], 'ndjson', { maxPageBytes: 64 << 20 });
    expect(run.diagnostics.map((d) => d.code)).not.toContain('page-too-large');
    const used = process.cpuUsage(before);
    expect(run.summary.pages).toBeGreaterThan(0);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
  }, 60_000);
});
