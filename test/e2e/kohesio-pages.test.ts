// The built CLI on real Kohesio project pages (../shared/examples/real-pages): the values a careful reader takes,
// with fund, country and region resolved through a link map given on the command line, and reported without one.
// The link map's item ids are this test's own (test/e2e/fixtures/kohesio-link-map.csv), not the EU KG's.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDecimal, parseDecimal, type Item } from '../../src/model/index.js';
import { oraclePath } from '../support/oracle.js';
import { runBuilt } from '../support/run-cli.js';

const PAGES = oraclePath('examples/real-pages');
const LINKS = 'test/e2e/fixtures/kohesio-link-map.csv';
const ENTITY = 'https://linkedopendata.eu/entity/';

interface Diagnostic {
  code: string;
  severity: string;
  label?: string;
  property?: string;
  kind?: string;
  site?: string;
  language?: string;
  span?: { line: number };
}

async function convert(file: string, url: string, ...more: string[]): Promise<{ code: number; item: Item; diagnostics: Diagnostic[] }> {
  const result = await runBuilt(['convert', join(PAGES ?? '', file), '--url', url, '--diagnostics', 'json', ...more]);
  const entities = (JSON.parse(result.stdout) as { entities: Record<string, Item> }).entities;
  const diagnostics = result.stderr
    .split('\n')
    .filter((l) => l.startsWith('{') && !l.startsWith('{"summary"'))
    .map((l) => JSON.parse(l) as Diagnostic);
  return { code: result.code, item: Object.values(entities)[0] as Item, diagnostics };
}

function only(item: Item, property: string): { type: string; value: unknown } {
  const statements = item.claims?.[property as `P${number}`] ?? [];
  expect(statements, property).toHaveLength(1);
  const snak = statements[0]?.mainsnak;
  if (snak?.snaktype !== 'value') throw new Error(`${property} has no value`);
  return snak.datavalue;
}

const day = (item: Item, property: string): string => {
  const v = only(item, property).value as { time: string; precision: number };
  expect(v.precision).toBe(11);
  return v.time;
};

/** A quantity's amount, compared as a decimal (`+1954138.80` is 1954138.8), and its unit item. */
function quantity(item: Item, property: string, amount: string, unit: string): void {
  const v = only(item, property).value as { amount: string; unit: string };
  expect(compareDecimal(parseDecimal(v.amount), parseDecimal(amount)), `${property} ${v.amount}`).toBe(0);
  expect(v.unit).toBe(`${ENTITY}${unit}`);
}

const itemOf = (item: Item, property: string): unknown => (only(item, property).value as { id: string }).id;

describe.skipIf(PAGES === undefined)('wbimport convert on real Kohesio project pages', { timeout: 60_000 }, () => {
  it('Q2713751 (en): dates, amounts, rate, title, summary; fund, country and region through the link map', async () => {
    const { code, item, diagnostics } = await convert('kohesio-en-Q2713751.txt', 'https://kohesio.eu/en/projects/Q2713751', '--link-map', LINKS);
    expect(code).toBe(0);
    expect(item.id).toBe('Q2713751');
    expect(item.labels?.['en']?.value).toBe('Pszczyński District – activation and integration. 2021 edition');
    expect(day(item, 'P20')).toBe('+2021-04-01T00:00:00Z');
    expect(day(item, 'P33')).toBe('+2022-03-31T00:00:00Z');
    quantity(item, 'P474', '+95393.38', 'Q226');
    quantity(item, 'P835', '+81084.37', 'Q226');
    quantity(item, 'P837', '+85', 'Q660');
    const summary = only(item, 'P836').value as { text: string; language: string };
    expect(summary.language).toBe('en');
    expect(summary.text).toMatch(/^The main objective of the project implemented in the Pszczyna district.*30 people will participate in the project\.$/u);
    expect(itemOf(item, 'P1584')).toBe('Q100001');
    expect(itemOf(item, 'P32')).toBe('Q100002');
    expect(itemOf(item, 'P1845')).toBe('Q100003');
    expect(Object.keys(item.claims ?? {}).sort()).toEqual(['P1584', 'P1845', 'P20', 'P32', 'P33', 'P474', 'P835', 'P836', 'P837']);
    // The programme's period and managing authority are reported, not attached; furniture is reported as skipped.
    expect(diagnostics.filter((d) => d.code === 'value-not-attached').map((d) => d.span?.line)).toEqual([11, 12]);
    expect(diagnostics.filter((d) => d.code === 'line-skipped').map((d) => d.span?.line)).toEqual([1, 3, 6, 10]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'page-classified', site: 'kohesio', kind: 'project-page', language: 'en' }));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('Q4295394 (pl, headings glued to the next label): the values and nothing else', async () => {
    const { code, item, diagnostics } = await convert('kohesio-pl-Q4295394.txt', 'https://kohesio.ec.europa.eu/pl/projekty/Q4295394', '--link-map', LINKS);
    expect(code).toBe(0);
    expect(day(item, 'P20')).toBe('+2019-03-01T00:00:00Z');
    expect(day(item, 'P33')).toBe('+2021-12-31T00:00:00Z');
    quantity(item, 'P474', '+1954138.80', 'Q226');
    quantity(item, 'P835', '+1465604.10', 'Q226');
    quantity(item, 'P837', '+75', 'Q660');
    expect(itemOf(item, 'P1584')).toBe('Q100004');
    expect(Object.keys(item.claims ?? {}).sort()).toEqual(['P1584', 'P20', 'P33', 'P474', 'P835', 'P837']);
    expect(item.labels).toEqual({});
    expect(diagnostics.filter((d) => d.code === 'line-skipped').map((d) => d.span?.line)).toEqual([1, 3, 6]);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('without a link map, the fund, the country and the region are reported as unresolved and not written', async () => {
    const en = await convert('kohesio-en-Q2713751.txt', 'https://kohesio.eu/en/projects/Q2713751');
    expect(en.code).toBe(0);
    expect(en.diagnostics.filter((d) => d.code === 'label-unresolved').map((d) => [d.property, d.label, d.span?.line])).toEqual([
      ['P1584', 'European Social Fund (ESF)', 7],
      ['P32', 'Poland', 19],
      ['P1845', 'Tyski', 19],
    ]);
    expect(Object.keys(en.item.claims ?? {}).sort()).toEqual(['P20', 'P33', 'P474', 'P835', 'P836', 'P837']);
    const pl = await convert('kohesio-pl-Q4295394.txt', 'https://kohesio.ec.europa.eu/pl/projekty/Q4295394');
    expect(pl.diagnostics.filter((d) => d.code === 'label-unresolved').map((d) => d.label)).toEqual(['Europejski Fundusz Rozwoju Regionalnego (ERDF)']);
    expect(pl.item.claims?.['P1584']).toBeUndefined();
  });

  it('the link map reaches worker threads: 300 pages give the same bytes at --jobs 1 and 2, every one linked', async () => {
    // Worker threads start after 256 pages: fewer would all be read on the main thread.
    const text = readFileSync(join(PAGES ?? '', 'kohesio-en-Q2713751.txt'), 'utf8');
    const records = Array.from({ length: 300 }, (_, i) => JSON.stringify({ url: `https://kohesio.eu/en/projects/Q${1000 + i}`, text })).join('\n');
    const dir = mkdtempSync(join(tmpdir(), 'wbimport-e2e-'));
    const input = join(dir, 'pages.ndjson');
    const links = join(dir, 'links.json');
    writeFileSync(input, `${records}\n`);
    writeFileSync(links, JSON.stringify({ en: { 'European Social Fund (ESF)': 'Q100001', Poland: 'Q100002' }, Tyski: 'Q100003' }));
    const one = await runBuilt(['convert', input, '--link-map', links, '--to', 'ndjson', '--jobs', '1']);
    const two = await runBuilt(['convert', input, '--link-map', links, '--to', 'ndjson', '--jobs', '2']);
    expect(two.code, two.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const items = two.stdout.trim().split('\n').map((l) => JSON.parse(l) as Item);
    expect(items).toHaveLength(300);
    for (const item of items) expect([itemOf(item, 'P1584'), itemOf(item, 'P32'), itemOf(item, 'P1845')]).toEqual(['Q100001', 'Q100002', 'Q100003']);
  });

  it('a link map that cannot be read is a usage error', async () => {
    const result = await runBuilt(['convert', join(PAGES ?? '', 'kohesio-en-Q2713751.txt'), '--link-map', 'test/e2e/fixtures/missing.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot read link map/u);
  });
});
