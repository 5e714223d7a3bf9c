// Inputs are read as UTF-8 (with or without a byte-order mark) or UTF-16 (with one, either byte order); any other
// byte is reported with its offset (encoding-invalid), never silently replaced.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberedLines, textChunks } from '../../src/source/lines.js';
import { runConvert } from './run-convert.js';
import { SEED_PAGE } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'wbimport-enc-'));
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();

async function convertBytes(name: string, bytes: Buffer): Promise<Awaited<ReturnType<typeof runConvert>>> {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return runConvert([file], 'ndjson');
}

describe('encodings', () => {
  it.each([
    ['UTF-8', Buffer.from(SEED_PAGE, 'utf8')],
    ['UTF-8 with a byte-order mark', Buffer.concat([BOM, Buffer.from(SEED_PAGE, 'utf8')])],
    ['UTF-16LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED_PAGE, 'utf16le')])],
    ['UTF-16BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SEED_PAGE)])],
  ])('read the same page from %s', async (_, bytes) => {
    const reference = await convertBytes('reference.txt', Buffer.from(SEED_PAGE, 'utf8'));
    const run = await convertBytes('page.txt', bytes);
    expect(run.diagnostics).toEqual(reference.diagnostics.map((d) => ({ ...d, span: d.span && { ...d.span, file: join(dir, 'page.txt') } })));
    expect(run.stdout).toBe(reference.stdout);
    expect(run.stdout).toContain('Bistra Ptuj');
  });

  it('report invalid UTF-8 with its line, column and byte offset, never a silent U+FFFD', async () => {
    const page = Buffer.from(SEED_PAGE.replace('Bistra Ptuj', 'Bistra Ptuj @'), 'utf8');
    const at = page.indexOf('@');
    page[at] = 0xe9; // latin-1 é
    const run = await convertBytes('latin1.txt', page);
    const bad = run.diagnostics.filter((d) => d.code === 'encoding-invalid');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ byte: at, bytes: 1, encoding: 'UTF-8', span: { line: SEED_PAGE.split('\n').findIndex((l) => l.includes('Bistra Ptuj')) + 1 } });
    expect(run.summary.hasErrors).toBe(true);
  });

  it('report a latin-1 page line by line', async () => {
    const page = Buffer.from(SEED_PAGE.replaceAll('č', 'è').replaceAll('š', 'é'), 'latin1');
    const run = await convertBytes('latin1-page.txt', page);
    const lines = new Set(run.diagnostics.filter((d) => d.code === 'encoding-invalid').map((d) => d.span?.line));
    expect([...lines].sort((a = 0, b = 0) => a - b)).toEqual([1, 7]);
  });

  it('report a lone surrogate and an odd last byte in UTF-16', async () => {
    const units = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED_PAGE, 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00, 0x0a, 0x00, 0x41])]);
    const run = await convertBytes('utf16-bad.txt', units);
    expect(run.diagnostics.filter((d) => d.code === 'encoding-invalid').map((d) => ('byte' in d ? d.byte : -1))).toEqual([
      2 + 2 * SEED_PAGE.length,
      units.length - 1,
    ]);
  });

  it('decode UTF-8 cut anywhere as a whole (sequences split across chunks), marking exactly the invalid bytes', async () => {
    const pieces = ['a', 'é', '€', '😀', '\n', '\r\n', ' '];
    const invalid = [0x80, 0xff, 0xc0, 0xed, 0xf5];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...invalid)), { maxLength: 30 }),
        fc.array(fc.nat({ max: 60 }), { maxLength: 6 }),
        async (items, cuts) => {
          const bytes = Buffer.concat(items.map((i) => (typeof i === 'string' ? Buffer.from(i, 'utf8') : Buffer.from([i]))));
          const places = [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort((a, b) => a - b);
          const chunks = [...places, bytes.length].map((to, k) => bytes.subarray(k === 0 ? 0 : (places[k - 1] ?? 0), to));
          const lines = [];
          for await (const line of numberedLines(textChunks(Readable.from(chunks)))) lines.push(line);
          // The standard decoder replaces a maximal invalid run by one U+FFFD, this reader each byte: runs compared.
          const runs = (text: string): string => text.replace(/\ufffd+/gu, '\ufffd');
          const expected = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).split('\n').map((l) => l.replace(/\r$/u, ''));
          if (expected.at(-1) === '') expected.pop();
          expect(runs(lines.map((l) => l.text).join('\n'))).toBe(runs(expected.join('\n')));
          // Exactly the lines with a replacement are marked (the pieces hold no U+FFFD of their own).
          expect(lines.map((l) => l.invalid !== undefined)).toEqual(lines.map((l) => l.text.includes('\ufffd')));
        },
      ),
      { numRuns: 500, seed: 8 },
    );
  });
});

describe('NDJSON', () => {
  it('is told by its first non-blank line: blank lines before the first record do not make it plain text', async () => {
    const record = JSON.stringify({ url: 'https://linkedopendata.eu/wiki/Item:Q4295133', text: SEED_PAGE });
    const file = join(dir, 'blank-first.ndjson');
    writeFileSync(file, `\n  \n${record}\n\n${record.replaceAll('Q4295133', 'Q5')}\n`);
    const run = await runConvert([file], 'ndjson');
    expect(run.summary.pages).toBe(2);
    expect(run.summary.entities).toBe(2);
    expect(run.summary.hasErrors).toBe(false);
  });
});
