// The fuzz suite's inputs: the project's fixtures, the seeds, real pages from ../shared (when there), mutated line by
// line and byte by byte, and generated garbage; each case is a file's bytes and its name's extension.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { REPO } from '../support/run-cli.js';
import { sharedPath } from '../support/oracle.js';
import { existsSync } from 'node:fs';

export interface FuzzCase {
  readonly ext: 'txt' | 'ndjson' | 'json';
  readonly bytes: Buffer;
  /** What was done to which seed, to tell a failure. */
  readonly how: string;
}

interface Seed {
  readonly name: string;
  readonly text: string;
  readonly ext: FuzzCase['ext'];
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

const extOf = (path: string): FuzzCase['ext'] | undefined =>
  path.endsWith('.txt') ? 'txt' : path.endsWith('.ndjson') || path.endsWith('.jsonl') ? 'ndjson' : path.endsWith('.json') && !path.includes('expected') && !path.endsWith('case.json') ? 'json' : undefined;

let seeds: Seed[] | undefined;

/** Fixtures' inputs, the seeds, and the real pages of ../shared (read from there, never copied). */
export function fuzzSeeds(): Seed[] {
  if (seeds !== undefined) return seeds;
  const paths = [
    ...filesUnder(join(REPO, 'fixtures')).filter((p) => /\/input\.|\/validation\//u.test(p)),
    ...filesUnder(sharedPath('seeds')),
    ...filesUnder(sharedPath('real-wikibase-pages/flat')),
    ...filesUnder(sharedPath('examples/real-pages')),
  ];
  seeds = paths.flatMap((path) => {
    const ext = extOf(path);
    return ext === undefined ? [] : [{ name: path.replace(REPO, '').replace(sharedPath(''), 'shared/'), text: readFileSync(path, 'utf8'), ext }];
  });
  return seeds;
}

/** Lines as scrapes break them: values, phrases, garbage, very long ones. */
const garbageLine = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '0 references', '1 reference', 'Statements', 'Identifiers', 'Language | Label | Description | Also known as |', '---|---|---|---|',
    'English | X |', '|', '31 February 2018', '1 September 2018', '488,705.11 Euro', '85.0 percent', '12 Zorkmids', '(English)',
    'x (English)', 'Jump to navigation', 'No description defined', '51°45\'27.7"N, 18°5\'29.8"E', '(Q1)', 'A (Q42)', '±', '1 ± 2 Euro',
    '\u2212', '\u00a0', '\r', '{"url":', '{"text": "x"}', '[', '{', '}', ']', '"', '\ufeff', '\u2028',
  ),
  fc.tuple(fc.constantFrom('1', 'a', ' ', '(', '-', 'ž', '\t'), fc.integer({ min: 1_000, max: 60_000 }), fc.constantFrom('!', ')', 'x', '(English)', ' (Q1)', 'Euro')).map(
    ([c, n, end]) => `${c.repeat(n)}${end}`,
  ),
);


const LINE_MUTATIONS: [string, (lines: string[], at: number, extra: string) => void][] = [
  ['delete', (l, at) => void l.splice(at, 1)],
  ['duplicate', (l, at) => void l.splice(at, 0, l[at] ?? '')],
  ['insert', (l, at, extra) => void l.splice(at, 0, extra)],
  ['replace', (l, at, extra) => void l.splice(at, 1, extra)],
  ['swap', (l, at) => {
    const other = (at * 7 + 3) % Math.max(1, l.length);
    [l[at], l[other]] = [l[other] ?? '', l[at] ?? ''];
  }],
  ['truncate', (l, at) => void l.splice(at + 1)],
  ['join', (l, at) => void l.splice(at, 2, `${l[at] ?? ''}${l[at + 1] ?? ''}`)],
  ['cut-line', (l, at, extra) => void l.splice(at, 1, (l[at] ?? '').slice(0, extra.length % Math.max(1, (l[at] ?? '').length)))],
  ['digits', (l, at) => void l.splice(at, 1, (l[at] ?? '').replace(/\d/gu, (d) => String((Number(d) * 7 + 3) % 10)))],
  ['id', (l, at, extra) => void l.splice(at, 1, (l[at] ?? '').replace(/Q\d+/gu, `Q${(extra.length * 104_729) % 9_999_999_999_999 + 1}`))],
];

/** A case from a seed: some line mutations, then perhaps a change of line ends, encoding or bytes. */
export const fuzzCase: fc.Arbitrary<FuzzCase> = fc
  .record({
    seed: fc.nat(),
    edits: fc.array(fc.tuple(fc.nat({ max: LINE_MUTATIONS.length - 1 }), fc.nat(), garbageLine), { maxLength: 6 }),
    ends: fc.constantFrom('\n', '\n', '\n', '\r\n', '\r'),
    encoding: fc.constantFrom('utf8', 'utf8', 'utf8', 'utf8', 'bom', 'utf16le', 'utf16be', 'latin1'),
    flips: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { maxLength: 2 }),
    garbage: fc.option(fc.uint8Array({ maxLength: 3000 }), { freq: 12 }),
    asRecord: fc.boolean(),
  })
  .map(({ seed, edits, ends, encoding, flips, garbage, asRecord }) => {
    if (garbage !== null) return { ext: 'txt' as const, bytes: Buffer.from(garbage), how: `garbage of ${garbage.length} bytes` };
    const all = fuzzSeeds();
    const chosen = all[seed % all.length] as Seed;
    const how = [chosen.name];
    let lines = chosen.text.split('\n');
    for (const [m, at, extra] of edits) {
      const [name, edit] = LINE_MUTATIONS[m] as (typeof LINE_MUTATIONS)[number];
      const place = lines.length === 0 ? 0 : at % lines.length;
      lines = [...lines];
      edit(lines, place, extra);
      how.push(`${name}@${place + 1}`);
    }
    let text = lines.join(ends);
    let ext = chosen.ext;
    // A page put in an NDJSON record (the first line says NDJSON), with an address or without.
    if (asRecord && ext === 'txt') {
      const id = /\((Q\d+)\)/u.exec(text)?.[1];
      text = `${JSON.stringify(id === undefined ? { text } : { url: `https://linkedopendata.eu/wiki/Item:${id}`, text })}\n`;
      ext = 'ndjson';
      how.push('record');
    }
    if (ends !== '\n') how.push(JSON.stringify(ends));
    let bytes =
      encoding === 'bom'
        ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])
        : encoding === 'utf16le'
          ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
          : encoding === 'utf16be'
            ? Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])
            : Buffer.from(text, encoding === 'latin1' ? 'latin1' : 'utf8');
    if (encoding !== 'utf8') how.push(encoding);
    for (const [at, value] of flips) {
      if (bytes.length === 0) break;
      bytes = Buffer.from(bytes);
      bytes[at % bytes.length] = value;
      how.push(`byte@${at % bytes.length}=${value}`);
    }
    return { ext, bytes, how: how.join(' ') };
  });

