// Turns the inputs a user names (files, directories, `-`) into page sources, one per page (appended pages cut apart
// as they stream in), and input diagnostics.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Diagnostic } from '../diagnostics/index.js';
import { numberedLines, textChunks, type NumberedLine } from './lines.js';
import { looksLikePageRecord, readPageRecord } from './ndjson.js';
import type { EntitySource, PageSource } from '../input/index.js';
import { looksLikeJson, readWikibaseJson } from './wikibase-json.js';
import type { Manifest, PageFacts } from './manifest.js';
import { resolve } from 'node:path';
// Only the splitter, not the whole of parse/ (it needs the UI phrases to tell where a page ends).
import { PageSplitter, splitPages } from '../parse/split-pages.js';
import { looksLikeHtml } from '../parse/html-page.js';

export type SourceItem = { page: PageSource } | { entity: EntitySource } | { diagnostic: Diagnostic };

export interface ReadOptions {
  /** What is known of the page (address, item, language), when exactly one plain-text page is read. */
  readonly facts?: PageFacts;
  /** What a manifest says of each file. */
  readonly manifest?: Manifest;
  /** What `-` reads: the CLI passes its standard input (an in-process caller or a test, any stream). */
  readonly stdin?: Readable;
  /**
   * Pass on an entity whose id was read already (an upload applies such entities one after the other); by default
   * it is reported as `entity-duplicate` and left out, as no output may name an entity twice.
   */
  readonly repeatedIds?: boolean;
}

const unreadable = (file: string, error: unknown): SourceItem => ({
  diagnostic: {
    code: 'input-unreadable',
    severity: 'error',
    span: { file, line: 1, column: 1 },
    reason: error instanceof Error ? error.message.replace(/^[A-Z]+: /, '') : String(error),
  },
});

/**
 * In a directory, the files read: plain text, HTML, NDJSON, JSON, gzipped or not (named files are always read).
 * Not Markdown: a README.md beside the pages is documentation, not a page; a Markdown page is read when named.
 */
export const PAGE_FILE = /\.(?:txt|text|html?|ndjson|jsonl|json)(?:\.gz)?$/iu;

/**
 * Every regular file under a directory, depth first, in code-point order of names, dotfiles skipped; a folder
 * that cannot be listed is yielded as an error and the walk goes on with the rest.
 */
async function* walk(dir: string): AsyncGenerator<{ path: string } | { dir: string; error: unknown }> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { dir, error };
    return;
  }
  // UTF-8 byte order is code-point order (JavaScript's < compares UTF-16 units, which differs past U+FFFF).
  entries = entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield { path };
  }
}

/** Every page file under a directory; other files are reported as skipped, unlistable folders as unreadable. */
async function* readDirectory(dir: string, manifest: Manifest | undefined): AsyncGenerator<SourceItem> {
  for await (const found of walk(dir)) {
    if ('error' in found) yield unreadable(found.dir, found.error);
    else if (PAGE_FILE.test(found.path)) yield* readFile(found.path, manifest?.entries.get(resolve(found.path)));
    else yield { diagnostic: { code: 'file-skipped', severity: 'info', span: { file: found.path, line: 1, column: 1 } } };
  }
}

/** Blank lines before the first that is not: that one tells what kind of input this is. */
const MAX_LEADING_BLANK = 100_000;

/**
 * One input stream: NDJSON page records, Wikibase JSON, or plain-text pages, told by its first non-blank line. Bytes
 * that are not text in the input's encoding are reported (encoding-invalid) before the page or record they are in.
 */
async function* readStream(file: string, stream: Readable, facts: PageFacts | undefined): AsyncGenerator<SourceItem> {
  const reported: Diagnostic[] = [];
  const lines = checkedLines(file, numberedLines(textChunks(stream)), reported);
  for await (const item of readLines(file, lines, facts)) {
    yield* reported.splice(0).map((diagnostic) => ({ diagnostic }));
    yield item;
  }
  yield* reported.splice(0).map((diagnostic) => ({ diagnostic }));
}

async function* checkedLines(file: string, lines: AsyncGenerator<NumberedLine>, reported: Diagnostic[]): AsyncGenerator<NumberedLine> {
  for await (const line of lines) {
    const bad = line.invalid;
    if (bad !== undefined) {
      const span = { file, line: line.line, column: bad.column };
      reported.push({ code: 'encoding-invalid', severity: 'error', span, encoding: bad.encoding, byte: bad.byte, bytes: bad.bytes });
    }
    yield line;
  }
}

async function* readLines(file: string, lines: AsyncGenerator<NumberedLine>, facts: PageFacts | undefined): AsyncGenerator<SourceItem> {
  // Leading blank lines are kept (a plain-text page counts its lines from the file's first) but decide nothing.
  const blank: NumberedLine[] = [];
  let first = await lines.next();
  while (first.done !== true && first.value.text.trim() === '' && blank.length < MAX_LEADING_BLANK) {
    blank.push(first.value);
    first = await lines.next();
  }
  if (first.done === true && blank.length === 0) {
    yield { diagnostic: { code: 'input-empty', severity: 'error', span: { file, line: 1, column: 1 } } };
    return;
  }
  const deciding = first.done === true ? '' : first.value.text;
  if (first.done !== true && looksLikePageRecord(deciding)) {
    for (let next: IteratorResult<NumberedLine> = first; next.done !== true; next = await lines.next()) {
      const result = readPageRecord(file, next.value);
      if (result === null) continue;
      // A record without an address may hold several pages, as a plain file may.
      if ('page' in result && result.page.url === undefined) for (const page of splitPages(result.page)) yield { page };
      else yield result;
    }
    return;
  }
  if (first.done !== true && looksLikeJson(deciding)) {
    yield* readWikibaseJson(file, first.value, lines);
    return;
  }
  const replay = replayed([...blank, ...(first.done === true ? [] : [first.value])], lines);
  const head = await replay.next();
  if (head.done === true) return;
  yield* readPlainText(file, head.value, replay, facts);
}

/** These lines, then the rest. */
async function* replayed(lines: readonly NumberedLine[], rest: AsyncGenerator<NumberedLine>): AsyncGenerator<NumberedLine> {
  yield* lines;
  yield* { [Symbol.asyncIterator]: () => rest };
}

/**
 * A plain-text input: pages appended one after another, cut as the lines come in, so that only the page being read
 * is held (and a few lines ahead of it). With an address or an item for it, the input is one page by definition.
 */
async function* readPlainText(
  file: string,
  first: NumberedLine,
  rest: AsyncIterator<NumberedLine>,
  facts: PageFacts | undefined,
): AsyncGenerator<SourceItem> {
  const empty: SourceItem = { diagnostic: { code: 'input-empty', severity: 'error', span: { file, line: 1, column: 1 } } };
  const lines = { [Symbol.asyncIterator]: () => rest };
  // An HTML document is one page, whatever its lines look like.
  if (facts?.url !== undefined || facts?.item !== undefined || looksLikeHtml(first.text)) {
    const parts = [first.text];
    for await (const { text } of lines) parts.push(text);
    const text = parts.join('\n');
    yield text.trim() === '' ? empty : { page: { text, file, line: 1, inRecord: false, ...facts } };
    return;
  }
  const splitter = new PageSplitter({ text: '', file, line: 1, inRecord: false, ...facts });
  for (const page of splitter.push(first.text)) yield { page };
  for await (const { text } of lines) for (const page of splitter.push(text)) yield { page };
  const last = splitter.end();
  yield last === null ? empty : { page: last };
}

async function* readFile(path: string, facts: PageFacts | undefined): AsyncGenerator<SourceItem> {
  const file = createReadStream(path);
  // Dumps come gzipped; they are read as they are inflated, never whole.
  const stream = /\.gz$/iu.test(path) ? file.pipe(createGunzip()) : file;
  file.once('error', (error) => stream.destroy(error));
  try {
    yield* readStream(path, stream, facts);
  } catch (error) {
    yield unreadable(path, error);
  } finally {
    stream.destroy();
    file.destroy();
  }
}

/** Entity ids as numbers (items positive, properties negative): a run's set of them stays small. */
function idNumber(json: unknown): number | undefined {
  const id = typeof json === 'object' && json !== null ? (json as { id?: unknown }).id : undefined;
  const m = typeof id === 'string' ? /^([QP])([1-9]\d{0,14})$/u.exec(id) : null;
  return m === null ? undefined : (m[1] === 'P' ? -1 : 1) * Number(m[2]);
}

/**
 * Every input's sources in order; a Wikibase JSON entity whose id was read already in this run (the same entity
 * twice in a dump, or in two files) is reported and not passed on, so that no output names an entity twice.
 */
export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<SourceItem> {
  const seen = new Set<number>();
  for await (const item of readAll(inputs, options)) {
    if ('entity' in item && options.repeatedIds !== true) {
      const n = idNumber(item.entity.json);
      if (n !== undefined && seen.has(n)) {
        const { file, line } = item.entity;
        const entity = (item.entity.json as { id: string }).id;
        yield { diagnostic: { code: 'entity-duplicate', severity: 'error', span: { file, line, column: 1 }, entity } };
        continue;
      }
      if (n !== undefined) seen.add(n);
    }
    yield item;
  }
}

async function* readAll(inputs: readonly string[], options: ReadOptions): AsyncGenerator<SourceItem> {
  for (const input of inputs) {
    if (input === '-') {
      if (options.stdin === undefined) yield unreadable('-', new Error('no standard input was given to read `-` from'));
      else yield* readStream('-', options.stdin, options.facts);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      yield unreadable(input, error);
      continue;
    }
    if (info.isDirectory()) {
      yield* readDirectory(input, options.manifest);
    } else {
      yield* readFile(input, options.facts ?? options.manifest?.entries.get(resolve(input)));
    }
  }
}
