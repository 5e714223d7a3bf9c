// Reading as a stream: appended pages cut apart as lines come, numbered lines across chunks, and a reader that
// reads no further ahead of a slow consumer than a few chunks (backpressure), for plain text, NDJSON, dumps and gzip.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitPages } from '../../src/parse/index.js';
import { readInputs, type ReadOptions, type SourceItem } from '../../src/source/index.js';
import { numberedLines, type NumberedLine } from '../../src/source/lines.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wbimport-streaming-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function collect(inputs: readonly string[], options: ReadOptions = {}): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readInputs(inputs, options)) items.push(item);
  return items;
}

const pages = (items: readonly SourceItem[]): { text: string; line: number; pageLine?: number }[] =>
  items.flatMap((i) => ('page' in i ? [{ text: i.page.text, line: i.page.line, ...(i.page.pageLine === undefined ? {} : { pageLine: i.page.pageLine }) }] : []));

/** The first version, which joined every chunk onto what was pending: the lines must not change. */
async function* reference(chunks: AsyncIterable<string>): AsyncGenerator<NumberedLine> {
  let pending = '';
  let line = 0;
  for await (const chunk of chunks) {
    pending += chunk;
    let start = 0;
    let nl: number;
    while ((nl = pending.indexOf('\n', start)) !== -1) {
      const end = nl > start && pending.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      yield { text: pending.slice(start, end), line: ++line };
      start = nl + 1;
    }
    pending = pending.slice(start);
  }
  if (pending.length > 0) yield { text: pending.endsWith('\r') ? pending.slice(0, -1) : pending, line: ++line };
}

async function all(lines: AsyncIterable<NumberedLine>): Promise<NumberedLine[]> {
  const out: NumberedLine[] = [];
  for await (const l of lines) out.push(l);
  return out;
}

/** An item page as a crawler appends it: title, skin links, heading, one statement. */
const itemPage = (n: number): string =>
  [`Project ${n} (Q${n})`, 'Jump to navigation', 'Jump to search', 'No description defined', 'Statements', `${n},000 Euro`, '0 references'].join('\n');

describe('plain text: pages appended in one input are cut apart as the lines come', () => {
  it('yields one page source per page, each at its own first line, as splitPages would', async () => {
    const text = [itemPage(1), '', itemPage(2), itemPage(3)].join('\n');
    const path = join(dir, 'appended.txt');
    writeFileSync(path, `${text}\n`);
    const items = await collect([path]);
    expect(pages(items).map((p) => p.line)).toEqual([1, 9, 16]);
    const whole = splitPages({ text, file: path, line: 1, inRecord: false });
    expect(items).toEqual(whole.map((page) => ({ page })));
  });

  it('does not cut a page it was given an address or an item for: that input is one page', async () => {
    const text = [itemPage(1), itemPage(2)].join('\n');
    const items = await collect(['-'], { stdin: Readable.from([text]), facts: { item: 'Q1' } });
    expect(pages(items)).toEqual([{ text, line: 1 }]);
    const byLanguage = await collect(['-'], { stdin: Readable.from([text]), facts: { language: 'it' } });
    expect(pages(byLanguage).map((p) => p.line)).toEqual([1, 8]);
  });

  it('cuts an NDJSON record without an address, numbering its pages by page line', async () => {
    const record = JSON.stringify({ text: [itemPage(1), itemPage(2)].join('\n') });
    const items = await collect(['-'], { stdin: Readable.from([`${record}\n`]) });
    expect(pages(items).map((p) => [p.line, p.pageLine])).toEqual([
      [1, 1],
      [1, 8],
    ]);
  });

  // The same text read whole and read as a stream of chunks of any size gives the same page sources.
  it('gives what splitPages gives on the whole text, whatever the chunks', async () => {
    const line = fc.constantFrom('A (Q1)', 'B (Q2)', '0 references', 'Statements', 'Jump to navigation', '1 Euro', '', ' ', 'x\r', '\r');
    const input = fc.record({
      lines: fc.array(line, { minLength: 1, maxLength: 30 }),
      cuts: fc.array(fc.nat({ max: 400 }), { maxLength: 6 }),
      final: fc.constantFrom('', '\n', '\r\n'),
    });
    await fc.assert(
      fc.asyncProperty(input, async ({ lines, cuts, final }) => {
        const content = lines.join('\r\n') + final;
        const bounds = [...new Set([0, ...cuts.map((c) => c % (content.length + 1)), content.length])].sort((a, b) => a - b);
        const chunks = bounds.slice(1).map((end, k) => content.slice(bounds[k], end));
        const items = await collect(['-'], { stdin: Readable.from(chunks) });
        // What the reader used to yield: the whole input as one text, its lines as numberedLines gave them.
        const joined = (await all(reference(Readable.from(chunks, { objectMode: true })))).map((l) => l.text).join('\n');
        if (joined.trim() === '') {
          expect(items.map((i) => ('diagnostic' in i ? i.diagnostic.code : 'page'))).toEqual(['input-empty']);
        } else {
          expect(items).toEqual(splitPages({ text: joined, file: '-', line: 1, inRecord: false }).map((page) => ({ page })));
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

describe('numberedLines', () => {
  it('splits as before, whatever the chunks', async () => {
    const chunks = fc.array(fc.array(fc.constantFrom('a', 'b', '\r', '\n', ' ', 'é'), { maxLength: 8 }).map((c) => c.join('')), { maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(chunks, async (cs) => {
        expect(await all(numberedLines(Readable.from(cs, { objectMode: true })))).toEqual(await all(reference(Readable.from(cs, { objectMode: true }))));
      }),
      { numRuns: 500, seed: 3 },
    );
  });

  it('gathers a line longer than many chunks once (a one-line document of 16 MB)', async () => {
    const chunk = 'x'.repeat(64 * 1024);
    const chunks = [...Array.from({ length: 256 }, () => chunk), '\nnext'];
    const started = performance.now();
    const lines = await all(numberedLines(Readable.from(chunks, { objectMode: true })));
    expect(lines.map((l) => [l.line, l.text.length])).toEqual([
      [1, 256 * chunk.length],
      [2, 4],
    ]);
    // Joined once, not re-joined and re-scanned per chunk: well under a second (the old way took minutes at 100 MB).
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

/**
 * A source of `total` bytes of `line`-shaped content, made on demand: counts how much the reader has asked for, so
 * that a test can tell whether a slow consumer held the reading back.
 */
function meteredStream(head: string, line: (n: number) => string, total: number): { stream: Readable; produced: () => number } {
  let produced = 0;
  let n = 0;
  const stream = new Readable({
    highWaterMark: 16 * 1024,
    read() {
      if (produced >= total) {
        this.push(null);
        return;
      }
      let chunk = n === 0 ? head : '';
      while (chunk.length < 16 * 1024) chunk += line(n++);
      produced += chunk.length;
      this.push(chunk);
    },
  });
  return { stream, produced: () => produced };
}

describe('backpressure: a slow consumer holds the reading back', () => {
  const total = 64 * 1024 * 1024;
  const cases: [string, string, (n: number) => string][] = [
    ['NDJSON page records', '', (n) => `${JSON.stringify({ url: `https://linkedopendata.eu/wiki/Item:Q${n + 1}`, text: itemPage(n + 1) })}\n`],
    ['appended plain-text pages', '', (n) => `${itemPage(n + 1)}\n`],
    ['a JSON dump, one entity a line', '[\n', (n) => `{"type":"item","id":"Q${n + 1}","labels":{}},\n`],
  ];

  it.each(cases)('%s: 20 items taken slowly from 64 MB leave all but a few chunks unread', async (_, head, line) => {
    const { stream, produced } = meteredStream(head, line, total);
    const items = readInputs(['-'], { stdin: stream });
    for (let k = 0; k < 20; k++) {
      const next = await items.next();
      expect(next.done).toBe(false);
      await new Promise((resolve) => setImmediate(resolve));
    }
    // The stream's buffer, the decoder's and the reader's current chunk: a few times 16 kB, nowhere near 64 MB.
    expect(produced()).toBeLessThan(256 * 1024);
    await items.return(undefined);
  });

  it('reads a gzipped NDJSON file as it inflates', async () => {
    const path = join(dir, 'records.ndjson.gz');
    const records = Array.from({ length: 3000 }, (_, n) => JSON.stringify({ url: `https://linkedopendata.eu/wiki/Item:Q${n + 1}`, text: itemPage(n + 1) }));
    writeFileSync(path, gzipSync(`${records.join('\n')}\n`));
    const items = await collect([path]);
    expect(items).toHaveLength(3000);
    expect(pages(items.slice(-1))).toEqual([{ text: itemPage(3000), line: 3000 }]);
  });
});
