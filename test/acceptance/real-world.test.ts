// Real-world shapes: the non-euro pattern read from a page equals the same item's Wikibase JSON; pages appended
// to one another in a file are split; a manifest ties pages without an address to their items.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/model/index.js';
import { REPO, runInProcess } from '../support/run-cli.js';

const entities = (ndjson: string): Item[] => ndjson.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Item);

/** Each statement as property, rank, value and qualifier values: what a page and the JSON must agree on. */
function facts(item: Item | undefined): string[] {
  return Object.entries(item?.claims ?? {}).flatMap(([p, list]) =>
    list.map((s) => {
      const value = s.mainsnak.snaktype === 'value' ? JSON.stringify(s.mainsnak.datavalue.value) : s.mainsnak.snaktype;
      const qualifiers = Object.values(s.qualifiers ?? {})
        .flat()
        .map((q) => `${q.property}=${q.snaktype === 'value' ? JSON.stringify(q.datavalue.value) : q.snaktype}`);
      return `${p} ${s.rank} ${value} [${qualifiers.join(' ')}]`;
    }),
  );
}

describe('a non-euro project', () => {
  it('reads from its flattened page as it is in Wikibase JSON: local amounts, preferred Euro amounts with rate and date', async () => {
    const page = await runInProcess(['convert', 'fixtures/non-euro-page/input.txt', '--to', 'ndjson']);
    const json = await runInProcess(['convert', 'fixtures/wikibase-json-non-euro/input.json', '--to', 'ndjson']);
    expect(page.code, page.stderr).toBe(0);
    const fromJson = facts(entities(json.stdout)[0]);
    // What a flattened page cannot show: item values (links), the external id (a link) and references.
    const shown = fromJson.filter((f) => !/^P(35|32|842) /u.test(f));
    expect(facts(entities(page.stdout)[0]).sort()).toEqual(shown.sort());
  });
});

describe('pages appended in one file', () => {
  it('are split at each title line, with lines counted in the file', async () => {
    const result = await runInProcess(['validate', 'fixtures/concatenated-pages/input.txt', '--format', 'json']);
    const report = JSON.parse(result.stdout) as { files: { inputs: { line: number; item: string }[] }[] };
    const first = readFileSync(join(REPO, 'fixtures/terms-table/input.txt'), 'utf8').split('\n').length;
    expect(report.files[0]?.inputs.map((i) => [i.line, i.item])).toEqual([
      [1, 'Q9000003'],
      [first, 'Q4295133'],
    ]);
  });
});

describe('a manifest', () => {
  it('ties portal pages without an address to their items and languages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wbimport-manifest-'));
    writeFileSync(join(dir, 'p1.txt'), readFileSync(join(REPO, 'fixtures/seed-portal-page/input.txt')));
    writeFileSync(join(dir, 'p2.txt'), 'Il progetto rinnova il ponte pedonale.');
    writeFileSync(join(dir, 'manifest.csv'), 'file,url,item,language\np1.txt,https://kohesio.eu/it/progetti/Q4295133,,\np2.txt,,Q77,it\n');
    const result = await runInProcess(['convert', '--manifest', join(dir, 'manifest.csv'), '--to', 'ndjson']);
    expect(result.code, result.stderr).toBe(0);
    const items = entities(result.stdout);
    const summaries = items.map((i) => [i.id, (i.claims?.['P836'] ?? []).map((s) => (s.mainsnak.snaktype === 'value' ? s.mainsnak.datavalue.value : null))]);
    expect(summaries).toEqual([
      ['Q4295133', [{ text: readFileSync(join(REPO, 'fixtures/seed-portal-page/input.txt'), 'utf8'), language: 'it' }]],
      ['Q77', [{ text: 'Il progetto rinnova il ponte pedonale.', language: 'it' }]],
    ]);
  });

  it('is a usage error when a line names neither an address nor an item or language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wbimport-manifest-'));
    writeFileSync(join(dir, 'manifest.ndjson'), '{"file": "a.txt"}\n');
    const result = await runInProcess(['convert', '--manifest', join(dir, 'manifest.ndjson')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/manifest\.ndjson:1: /u);
  });
});

describe('pages in other UI languages', () => {
  // The seed item's page (and its Italian portal page) and the non-euro project's, rendered in other UI languages.
  it.each([
    ['de', 'fixtures/seeds/input.ndjson'],
    ['fr', 'fixtures/seeds/input.ndjson'],
    ['el', 'fixtures/seeds/input.ndjson'],
    ['mt', 'fixtures/seeds/input.ndjson'],
    ['ga', 'fixtures/seeds/input.ndjson'],
    ['pl', 'fixtures/non-euro-page/input.txt'],
    ['hu', 'fixtures/non-euro-page/input.txt'],
  ])('%s: gives the same statements as the English page of the same item', async (lang, english) => {
    const page = await runInProcess(['convert', `fixtures/ui-${lang}/input.txt`, '--to', 'ndjson']);
    const reference = await runInProcess(['convert', english, '--to', 'ndjson']);
    expect(facts(entities(page.stdout)[0]).sort()).toEqual(facts(entities(reference.stdout)[0]).sort());
  });
});
