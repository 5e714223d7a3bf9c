// Every line of a page becomes data or is named by a diagnostic: the qualifier lines of a value that is not
// imported, and a title label or description the terms table does not show, are reported, never silently dropped.
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../support/run-cli.js';
import { SEED_PAGE } from './support.js';

interface Reported {
  readonly code: string;
  readonly span?: { line: number };
}

async function convert(page: string): Promise<{ code: number; diagnostics: Reported[]; stdout: string }> {
  const result = await runInProcess(['convert', '-', '--to', 'ndjson', '--diagnostics', 'json'], page);
  const diagnostics = result.stderr
    .split('\n')
    .filter((l) => l.startsWith('{') && !l.startsWith('{"summary"'))
    .map((l) => JSON.parse(l) as Reported);
  return { code: result.code, diagnostics, stdout: result.stdout };
}

const lineOf = (page: string, text: string): number => page.split('\n').indexOf(text) + 1;

describe('lines after a value that is not imported', () => {
  it.each([
    ['an impossible date', '31 February 2018'],
    ['an amount in an unknown unit', '12.5 Zorkmids'],
  ])('are each reported: %s followed by two qualifier lines', async (_, value) => {
    // Lines of kinds a qualifier rule places (an exchange rate, a point in time) are the value's qualifiers; a line of
    // another kind would start a statement of its own (the flattening may drop a references line).
    const page = SEED_PAGE.replace('1 September 2018', `${value}\n0.24 Euro\n1 January 2019`);
    const { code, diagnostics } = await convert(page);
    expect(code).toBe(1);
    const lines = new Set(diagnostics.map((d) => d.span?.line));
    expect(lines).toContain(lineOf(page, value));
    expect(lines).toContain(lineOf(page, '0.24 Euro'));
    expect(lines).toContain(lineOf(page, '1 January 2019'));
    expect(diagnostics.filter((d) => d.code === 'qualifier-dropped')).toHaveLength(2);
  });
});

describe('the title and description above a terms table', () => {
  it('a description under the title that no row shows is reported', async () => {
    const page = SEED_PAGE.replace('Jump to search\nNo description defined', 'Jump to search\nA description the table lacks');
    const { code, diagnostics } = await convert(page);
    expect(code).toBe(1);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'term-unplaced', span: expect.objectContaining({ line: lineOf(page, 'A description the table lacks') }) }),
    );
  });

  it('a title label that no row shows is reported', async () => {
    const page = SEED_PAGE.replace(/^[^\n]*\(Q4295133\)/u, 'A label the table lacks (Q4295133)');
    const { code, diagnostics } = await convert(page);
    expect(code).toBe(1);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'term-unplaced', span: expect.objectContaining({ line: 1 }) }));
  });

  it('the seed page, whose title and table agree, reports nothing of the kind', async () => {
    const { code, diagnostics } = await convert(SEED_PAGE);
    expect(code).toBe(0);
    expect(diagnostics.filter((d) => d.code === 'term-unplaced' || d.code === 'qualifier-dropped')).toEqual([]);
  });
});
