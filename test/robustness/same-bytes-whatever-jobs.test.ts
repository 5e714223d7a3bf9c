// The output is the same bytes, with the same diagnostics in the same order, whatever --jobs, batch sizes, merge
// window and timing; and it follows the input: each item where its first page is.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OutputFormatName } from '../../src/emit/index.js';
import { REPO } from '../support/run-cli.js';
import { chunkedStdin, runConvert, type ConvertRun } from './run-convert.js';
import { ndjsonIds, seedPageOf } from './support.js';

const PORTAL = readFileSync(`${REPO}fixtures/seed-portal-page/input.txt`, 'utf8');

type Entry =
  | { kind: 'item'; id: number; amount: number }
  | { kind: 'portal'; id: number; lang: 'it' | 'fr' }
  | { kind: 'broken' }
  | { kind: 'blank' };

const entry: fc.Arbitrary<Entry> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('item' as const), id: fc.integer({ min: 1, max: 9 }), amount: fc.integer({ min: 0, max: 2 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('portal' as const), id: fc.integer({ min: 1, max: 9 }), lang: fc.constantFrom('it' as const, 'fr' as const) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'broken' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'blank' as const }) },
);

function record(e: Entry): string {
  switch (e.kind) {
    case 'item':
      return JSON.stringify({
        url: `https://linkedopendata.eu/wiki/Item:Q${e.id}`,
        text: seedPageOf(`Q${e.id}`).replace('488,705.11 Euro', ['488,705.11 Euro', '1.00 Euro', '31 February 2018'][e.amount] ?? ''),
      });
    case 'portal':
      return JSON.stringify({ url: `https://kohesio.eu/${e.lang}/progetti/Q${e.id}`, text: PORTAL });
    case 'broken':
      return '{"url": "https://linkedopendata.eu/wiki/Item:Q1", "text": ';
    case 'blank':
      return '';
  }
}

/** How one run is tuned: batch sizes, when threads start, how far tasks go ahead of the output, where standard input is cut and how long it pauses. */
const tuning = fc.record({
  batchPages: fc.integer({ min: 1, max: 6 }),
  poolAfterPages: fc.integer({ min: 0, max: 12 }),
  aheadPages: fc.integer({ min: 1, max: 8 }),
  cuts: fc.array(fc.nat({ max: 400_000 }), { maxLength: 12 }),
  pauses: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 4 }),
});

/** The first line of a Wikibase RDF dump's header, in each syntax that has one. */
const DUMP_HEADER_LINE: Record<'ntriples' | 'turtle' | 'nquads', string | undefined> = {
  ntriples: '<http://wikiba.se/ontology#Dump> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Dataset> .',
  turtle: 'wikibase:Dump a schema:Dataset',
  nquads: undefined,
};

const comparable = (run: ConvertRun): object => ({
  stdout: run.stdout,
  diagnostics: run.diagnostics.map((d) => JSON.stringify(d)),
  summary: run.summary.line(),
});

describe('the output whatever --jobs, batch sizes and timing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wbimport-jobs-'));

  it('is the same bytes and diagnostics at --jobs 1, 2 and 3, in input order', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(entry, { minLength: 1, maxLength: 40 }),
        fc.tuple(tuning, tuning, tuning),
        fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
        fc.constantFrom<OutputFormatName>('ndjson', 'ntriples', 'turtle'),
        fc.boolean(),
        async (entries, tunings, mergeWindow, format, fromStdin) => {
          // The first line makes the input NDJSON.
          const lines = [record({ kind: 'item', id: 1, amount: 0 }), ...entries.map(record)];
          const text = `${lines.join('\n')}\n`;
          const file = join(dir, `corpus-${(n += 1)}.ndjson`);
          writeFileSync(file, text);
          const runs = await Promise.all(
            tunings.map((t, i) =>
              runConvert(fromStdin ? ['-'] : [file], format, {
                jobs: i + 1,
                tuning: { batchPages: t.batchPages, poolAfterPages: t.poolAfterPages, aheadPages: t.aheadPages },
                ...(fromStdin ? { stdin: chunkedStdin(text, t.cuts, t.pauses) } : {}),
                ...(mergeWindow === undefined ? {} : { mergeWindow }),
              }),
            ),
          );
          const [one, two, three] = runs.map(comparable);
          expect(two).toEqual(one);
          expect(three).toEqual(one);
          if (format === 'ndjson' && mergeWindow === undefined) {
            // Each item once, where its first page is.
            const firsts = [...new Set(lines.map((l) => /Q\d+/u.exec(l)?.[0]).filter((id) => id !== undefined))];
            const written = ndjsonIds(runs[0]?.stdout ?? '');
            expect(written).toEqual(firsts.filter((id) => written.includes(id)));
          }
        },
      ),
      { numRuns: 12, seed: 17, endOnFailure: true },
    );
  }, 120_000);

  it('writes the entities of a Wikibase JSON dump read after pages alike at --jobs 1, 2 and 3: the dump header once, before the first', async () => {
    const pages = join(dir, 'before-the-dump.ndjson');
    writeFileSync(pages, `${[1, 2, 3, 4].map((id) => record({ kind: 'item', id, amount: 0 })).join('\n')}\n`);
    const dump = join(dir, 'dump.json');
    const entity = (n: number): string =>
      JSON.stringify({ type: 'item', id: `Q${900 + n}`, labels: { en: { language: 'en', value: `dumped ${n}` } }, descriptions: {}, aliases: {}, claims: {}, sitelinks: {} });
    writeFileSync(dump, `[\n${[1, 2, 3, 4, 5].map(entity).join(',\n')}\n]\n`);
    // A page of Q1 after the dump: Q1's group stays open across it, so the dump's entities wait for it as bytes.
    const after = join(dir, 'after-the-dump.ndjson');
    writeFileSync(after, `${record({ kind: 'portal', id: 1, lang: 'fr' })}\n`);
    for (const format of ['ntriples', 'turtle', 'nquads'] as const) {
      // Workers from the first task, so that the dump's entities are written by them.
      const runs = await Promise.all([1, 2, 3].map((jobs) => runConvert([pages, dump, after], format, { jobs, tuning: { batchPages: jobs, poolAfterPages: 0 } })));
      const [one, two, three] = runs.map(comparable);
      expect(two).toEqual(one);
      expect(three).toEqual(one);
      // The full-dump flavour (N-Triples and Turtle) has the dump's header; N-Quads (each entity in its graph) has none.
      const header = DUMP_HEADER_LINE[format];
      const lines = (runs[0]?.stdout ?? '').split('\n');
      expect(lines.filter((line) => header !== undefined && line.startsWith(header))).toHaveLength(header === undefined ? 0 : 1);
    }
  }, 60_000);
});
