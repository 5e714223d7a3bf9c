// Golden tests: every fixture's input gives its expected JSON, N-Triples, diagnostics and exit code,
// compared as data. Regenerate on purpose with UPDATE_GOLDEN=1 and review the diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { compareRdf, describeDifference, tripleSet } from '../support/rdf-compare.js';
import { REPO, runInProcess } from '../support/run-cli.js';

const FIXTURES = join(REPO, 'fixtures');
const update = process.env['UPDATE_GOLDEN'] === '1';

interface Case {
  args: string[];
  exit: number;
}

interface DiagnosticLine {
  code: string;
  severity: string;
  line: number | null;
  pageLine?: number;
}

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(FIXTURES, d.name, 'case.json')))
  .map((d) => d.name)
  .sort();

function inputsOf(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.startsWith('input'))
    .sort()
    .map((f) => join('fixtures', dir.slice(FIXTURES.length + 1), f));
}

function diagnosticLines(stderr: string): DiagnosticLine[] {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith('{') && !l.startsWith('{"summary"'))
    .map((l) => JSON.parse(l) as { code: string; severity: string; span?: { line: number; pageLine?: number } })
    // Each page's classification has its own test (test/parse/page-shapes.test.ts); goldens keep the problems.
    .filter((d) => d.code !== 'page-classified')
    .map((d) => ({
      code: d.code,
      severity: d.severity,
      line: d.span?.line ?? null,
      ...(d.span?.pageLine === undefined ? {} : { pageLine: d.span.pageLine }),
    }));
}

describe.each(cases)('fixture %s', (name) => {
  const dir = join(FIXTURES, name);
  const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as Case;
  const args = [...inputsOf(dir), ...spec.args, '--diagnostics', 'json'];

  it('gives the expected Wikibase JSON, diagnostics and exit code', async () => {
    const result = await runInProcess(['convert', ...args, '--to', 'json']);
    const actual = JSON.parse(result.stdout) as unknown;
    const diagnostics = diagnosticLines(result.stderr);
    if (update) {
      writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(actual, null, 2)}\n`);
      writeFileSync(join(dir, 'expected.diagnostics.json'), `${JSON.stringify(diagnostics, null, 2)}\n`);
    }
    expect(result.code, result.stderr).toBe(spec.exit);
    expect(actual).toEqual(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')));
    expect(diagnostics).toEqual(JSON.parse(readFileSync(join(dir, 'expected.diagnostics.json'), 'utf8')));
  });

  it('gives the expected N-Triples, compared as a set of triples', async () => {
    const result = await runInProcess(['convert', ...args, '--to', 'ntriples']);
    if (update) writeFileSync(join(dir, 'expected.nt'), result.stdout.split('\n').filter(Boolean).sort().join('\n') + '\n');
    const expected = tripleSet(readFileSync(join(dir, 'expected.nt'), 'utf8'));
    const difference = compareRdf(tripleSet(result.stdout), expected);
    expect(difference, describeDifference(difference)).toEqual({ missing: [], extra: [] });
  });

  it.each([
    ['turtle', 'Turtle'],
    ['nquads', 'N-Quads'],
    ['trig', 'TriG'],
  ])('gives the same triples as %s as it does as N-Triples', async (format, syntax) => {
    const result = await runInProcess(['convert', ...args, '--to', format]);
    const expected = tripleSet(readFileSync(join(dir, 'expected.nt'), 'utf8'));
    const difference = compareRdf(tripleSet(result.stdout, syntax, { dropGraphs: true }), expected);
    expect(difference, describeDifference(difference)).toEqual({ missing: [], extra: [] });
  });

  it('gives the expected QuickStatements V1 commands', async () => {
    const result = await runInProcess(['convert', ...args, '--to', 'quickstatements']);
    if (update) writeFileSync(join(dir, 'expected.qs'), result.stdout);
    expect(result.stdout).toBe(readFileSync(join(dir, 'expected.qs'), 'utf8'));
  });

  it('puts each entity in its own named graph in N-Quads', async () => {
    const result = await runInProcess(['convert', ...args, '--to', 'nquads']);
    for (const q of new Parser({ format: 'N-Quads' }).parse(result.stdout)) {
      expect(q.graph.value).toMatch(/^https:\/\/linkedopendata\.eu\/wiki\/Special:EntityData\/[QP]\d+$/u);
    }
  });
});
