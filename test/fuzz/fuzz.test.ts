// The fuzz suite: mutated fixtures, seeds and real pages, and generated garbage, seeded, for a fixed budget (a few
// seconds in `npm test`; `npm run fuzz -- --seconds N` runs longer and prints its figures on one line).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzCase, type FuzzCase } from './cases.js';
import { checkCase, failed, type Verdict } from './check.js';

const SECONDS = Number(process.env['FUZZ_SECONDS'] ?? '4');
const SEED = Number(process.env['FUZZ_SEED'] ?? '17');
/** Every this many cases, the output is compared with worker threads too. */
const JOBS_EVERY = Number(process.env['FUZZ_JOBS_EVERY'] ?? '25');

describe('fuzzing', () => {
  it(`keeps every promise on mutated and garbage inputs (${SECONDS} s, seed ${SEED})`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wbimport-fuzz-'));
    const figures = { cases: 0, crashes: 0, hangs: 0, lostLines: 0, invalidOutputs: 0, wrongExits: 0, jobsDifferences: 0 };
    const failures: { how: string; verdict: Verdict }[] = [];
    const deadline = performance.now() + SECONDS * 1000;
    // Made twenty at a time (a sample is made whole), each lot from the seed and its number: the same run each time.
    const cases = function* lots(): Generator<FuzzCase> {
      for (let lot = 0; ; lot++) yield* fc.sample(fuzzCase, { numRuns: 20, seed: SEED + lot * 7919 });
    };
    for (const c of cases()) {
      if (performance.now() > deadline) break;
      const n = figures.cases++;
      const verdict = await checkCase(c, dir, n, n % JOBS_EVERY === 0);
      figures.crashes += verdict.crash === undefined ? 0 : 1;
      figures.hangs += verdict.hang === undefined ? 0 : 1;
      figures.lostLines += verdict.lost.length;
      figures.invalidOutputs += verdict.invalidOutput === undefined ? 0 : 1;
      figures.wrongExits += verdict.exitWrong === undefined ? 0 : 1;
      figures.jobsDifferences += verdict.jobsDiffer === true ? 1 : 0;
      if (failed(verdict)) failures.push({ how: c.how, verdict });
    }
    const line = `fuzz: ${figures.cases} cases, ${figures.crashes} crashes, ${figures.hangs} hangs, ${figures.lostLines} lost lines, ${figures.invalidOutputs} invalid outputs, ${figures.wrongExits} wrong exit codes, ${figures.jobsDifferences} --jobs differences (${SECONDS} s, seed ${SEED})`;
    const report = process.env['FUZZ_REPORT'];
    if (report !== undefined) writeFileSync(report, JSON.stringify({ line, failures: failures.slice(0, 50) }, null, 2));
    expect(figures.cases).toBeGreaterThan(0);
    expect(failures.slice(0, 5), line).toEqual([]);
  }, (SECONDS + 120) * 1000);
});
