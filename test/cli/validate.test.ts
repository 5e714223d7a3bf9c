// `wbimport validate`: planted inconsistencies give their codes, the seeds are clean, reports are well-formed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../support/run-cli.js';

interface JsonReport {
  valid: boolean;
  files: { file: string; inputs: { line: number; item?: string; diagnostics: { code: string; severity: string }[] }[] }[];
}

async function codes(...args: string[]): Promise<{ code: number; codes: string[]; report: JsonReport }> {
  const result = await runInProcess(['validate', ...args, '--format', 'json']);
  const report = JSON.parse(result.stdout) as JsonReport;
  const found = report.files.flatMap((f) => f.inputs.flatMap((i) => i.diagnostics.map((d) => d.code)));
  return { code: result.code, codes: found.sort(), report };
}

const V = 'fixtures/validation';

describe('planted inconsistencies', () => {
  it.each([
    [`${V}/swapped-amounts.txt`, ['contribution-exceeds-budget', 'rate-mismatch'], 0],
    [`${V}/rate-mismatch.txt`, ['rate-mismatch'], 0],
    [`${V}/end-before-start.txt`, ['start-after-end'], 0],
    [`${V}/wrong-unit.json`, ['rate-unit-not-allowed'], 1],
    [`${V}/missing-summary.txt`, ['summary-missing'], 1],
    [
      `${V}/many-rules.json`,
      ['contribution-exceeds-budget', 'datatype-mismatch', 'date-implausible', 'postal-code-format', 'rate-out-of-range', 'several-values'],
      1,
    ],
  ])('%s gives %j', async (file, expected, exit) => {
    const result = await codes(file);
    expect(result.codes).toEqual(expected);
    expect(result.code).toBe(exit);
  });

  it('reports all problems of all pages in one run, each under its page', async () => {
    const result = await codes(V);
    expect(result.codes).toHaveLength(12);
    // In walk order (code points: upper case first); README.md is reported as a skipped file.
    expect(result.report.files.map((f) => f.file.replace(`${V}/`, ''))).toEqual([
      'README.md',
      'end-before-start.txt',
      'many-rules.json',
      'missing-summary.txt',
      'rate-mismatch.txt',
      'swapped-amounts.txt',
      'wrong-unit.json',
    ]);
  });
});

describe('the seeds', () => {
  it('validate clean', async () => {
    const result = await codes('fixtures/seeds/input.ndjson');
    expect(result).toMatchObject({ code: 0, codes: [], report: { valid: true } });
  });
});

describe('exit codes and --max-warnings', () => {
  it('is valid with warnings unless they are more than --max-warnings', async () => {
    expect((await runInProcess(['validate', `${V}/rate-mismatch.txt`])).code).toBe(0);
    expect((await runInProcess(['validate', `${V}/rate-mismatch.txt`, '--max-warnings', '1'])).code).toBe(0);
    expect((await runInProcess(['validate', `${V}/rate-mismatch.txt`, '--max-warnings', '0'])).code).toBe(1);
  });

  it('exits 2 on unreadable input or a usage error', async () => {
    expect((await runInProcess(['validate', 'no/such/dump'])).code).toBe(2);
    expect((await runInProcess(['validate', V, '--format', 'xml'])).code).toBe(2);
    expect((await runInProcess(['validate', V, '--max-warnings', 'many'])).code).toBe(2);
  });
});

describe('reports', () => {
  it('for people: grouped by file, with the source line and a caret', async () => {
    const result = await runInProcess(['validate', `${V}/end-before-start.txt`, `${V}/missing-summary.txt`]);
    expect(result.stdout).toContain(`${V}/end-before-start.txt (1 finding in 1 of 1 pages or entities)\n`);
    expect(result.stdout).toContain(`  ${V}/end-before-start.txt:16:1: warning start-after-end:`);
    expect(result.stdout).toContain('    | 30 September 2020\n    | ^\n');
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^wbimport validate: 2 pages, 2 entities, \d+ statements, 1 error, 1 warning/u);
  });

  it('as JUnit XML: valid, one test case per page, errors as failures', async () => {
    const result = await runInProcess(['validate', V, 'fixtures/seeds/input.ndjson', '--format', 'junit']);
    expect(XMLValidator.validate(result.stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(result.stdout) as {
      testsuites: { tests: string; failures: string; testsuite: { name: string; testcase: { name: string; failure?: { type: string } } | { name: string }[] }[] };
    };
    const suites = xml.testsuites.testsuite;
    const cases = suites.flatMap((s) => (Array.isArray(s.testcase) ? s.testcase : [s.testcase])) as { name: string; failure?: { type: string } }[];
    expect(cases.map((c) => c.name)).toContain('fixtures/seeds/input.ndjson:1 Q4295133');
    // A failing case is typed by its first error (many-rules.json has several).
    expect(cases.filter((c) => c.failure !== undefined).map((c) => c.failure?.type).sort()).toEqual([
      'rate-out-of-range',
      'rate-unit-not-allowed',
      'summary-missing',
    ]);
    expect(xml.testsuites.failures).toBe('3');
    expect(Number(xml.testsuites.tests)).toBe(cases.length);
  });

  it('escapes what XML cannot hold', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wbimport-junit-'));
    const path = join(dir, 'odd <&> "name".txt');
    writeFileSync(path, 'Title with \u0001 control (Q1)\nJump to navigation\nNo description defined\n');
    const result = await runInProcess(['validate', path, '--format', 'junit']);
    expect(XMLValidator.validate(result.stdout)).toBe(true);
  });

  it('as GitHub annotations, in the workflow command syntax', async () => {
    const result = await runInProcess(['validate', V, '--format', 'github']);
    const lines = result.stdout.trim().split('\n');
    const annotations = lines.slice(0, -1);
    expect(annotations).toHaveLength(12);
    for (const line of annotations) {
      expect(line).toMatch(/^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,title=wbimport [a-z-]+::[^\r\n]+$/u);
    }
    expect(annotations).toContain(
      `::warning file=${V}/end-before-start.txt,line=16,col=1,title=wbimport start-after-end::Q9100003: the start time +2020-09-30T00:00:00Z (P20) is after the end time +2018-09-01T00:00:00Z (P33): are the two dates swapped on the page?`,
    );
  });

  it('as JSON, with the summary and every finding', async () => {
    const result = await runInProcess(['validate', `${V}/wrong-unit.json`, '--format', 'json']);
    const report = JSON.parse(result.stdout) as JsonReport & { summary: { diagnostics: { error: number } } };
    expect(report.valid).toBe(false);
    expect(report.summary.diagnostics.error).toBe(1);
    expect(report.files[0]?.inputs[0]).toMatchObject({ kind: 'entity', item: 'Q9100005', line: 1 });
  });
});
