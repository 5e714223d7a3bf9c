// The baseline: a minimal hand-written N-Triples writer (string concatenation, synchronous writes) on the same triples.
import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const IRI = 0;
const BLANK = 1;
const LITERAL = 2;

// Canonical N-Triples escapes, as n3's writer makes them: short forms where they exist, else upper-case \uXXXX.
// No `u` flag, as in n3: the class works on UTF-16 units, so surrogate pairs pass through unescaped.
const ESCAPE = /[^ !#-[\]-~\u0080-\uFFFD]/;
const ESCAPE_ALL = /[^ !#-[\]-~\u0080-\uFFFD]/g;
const SHORT = { '\\': '\\\\', '"': '\\"', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f' };
const escapeChar = (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
const escaped = (text) => (ESCAPE.test(text) ? text.replace(ESCAPE_ALL, escapeChar) : text);

// ---- reading: just enough of N-Triples to get the terms back (the line format our writer produces) ----

const UNESCAPE = /\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/gu;
const UNESCAPED = { t: '\t', n: '\n', r: '\r', b: '\b', f: '\f', '"': '"', "'": "'", '\\': '\\' };
const unescape = (text) =>
  text.includes('\\')
    ? text.replace(UNESCAPE, (_, u4, u8, c) => (u4 ?? u8 ? String.fromCodePoint(parseInt(u4 ?? u8, 16)) : UNESCAPED[c] ?? c))
    : text;

/** One term starting at `at`: the term and where the next one starts (after one space). */
function readTerm(line, at) {
  const first = line[at];
  if (first === '<') {
    const end = line.indexOf('>', at);
    return [{ type: IRI, value: unescape(line.slice(at + 1, end)) }, end + 2];
  }
  if (first === '_') {
    const end = line.indexOf(' ', at);
    return [{ type: BLANK, value: line.slice(at + 2, end) }, end + 1];
  }
  // A literal: find the closing quote that no backslash escapes.
  let end = at + 1;
  for (;;) {
    end = line.indexOf('"', end);
    let backslashes = 0;
    while (line[end - 1 - backslashes] === '\\') backslashes += 1;
    if (backslashes % 2 === 0) break;
    end += 1;
  }
  const value = unescape(line.slice(at + 1, end));
  const after = line[end + 1];
  if (after === '@') {
    const stop = line.indexOf(' ', end);
    return [{ type: LITERAL, value, language: line.slice(end + 2, stop) }, stop + 1];
  }
  if (after === '^') {
    const stop = line.indexOf('>', end);
    return [{ type: LITERAL, value, datatype: unescape(line.slice(end + 4, stop)) }, stop + 2];
  }
  return [{ type: LITERAL, value, datatype: XSD_STRING }, end + 2];
}

export function parseTriple(line) {
  const [subject, p] = readTerm(line, 0);
  const [predicate, o] = readTerm(line, p);
  const [object] = readTerm(line, o);
  return { subject, predicate, object };
}

// ---- writing: the baseline ----

function term(t) {
  if (t.type === IRI) return `<${escaped(t.value)}>`;
  if (t.type === BLANK) return `_:${t.value}`;
  const value = `"${escaped(t.value)}"`;
  if (t.language !== undefined) return `${value}@${t.language}`;
  return t.datatype === XSD_STRING ? value : `${value}^^<${escaped(t.datatype)}>`;
}

/** Writes triples to a file descriptor in chunks of about 64 kB; `hash` sees every byte written (untimed). */
class Writer {
  constructor(path) {
    this.fd = openSync(path, 'w');
    this.text = '';
    this.hash = createHash('sha256');
    this.seconds = 0;
  }
  write(triples) {
    const started = performance.now();
    for (const t of triples) {
      this.text += `${term(t.subject)} ${term(t.predicate)} ${term(t.object)} .\n`;
      if (this.text.length >= 65536) this.flush();
    }
    this.seconds += (performance.now() - started) / 1000;
  }
  flush() {
    const chunk = Buffer.from(this.text, 'utf8');
    writeSync(this.fd, chunk);
    this.text = '';
    // The check that we wrote the same bytes is not the writer's work: its time is taken out.
    const started = performance.now();
    this.hash.update(chunk);
    this.seconds -= (performance.now() - started) / 1000;
  }
  close() {
    const started = performance.now();
    this.flush();
    closeSync(this.fd);
    this.seconds += (performance.now() - started) / 1000;
    return this.hash.digest('hex');
  }
}

/**
 * Reads our N-Triples file in batches, parses each batch into terms (not timed), and writes each batch with the
 * baseline writer to every path in `targets` (timed per target: escaping, concatenation, encoding and writes).
 */
export async function runBaseline(ntPath, targets) {
  const writers = targets.map((path) => ({ path, writer: new Writer(path) }));
  let triples = 0;
  let parseSeconds = 0;
  let batch = [];
  let rest = '';
  const writeBatch = () => {
    for (const { writer } of writers) writer.write(batch);
    batch = [];
  };
  const hash = createHash('sha256');
  // Decoded as UTF-8 by the stream (a character split between chunks stays whole); hashed as the same bytes.
  for await (const chunk of createReadStream(ntPath, { highWaterMark: 1 << 20, encoding: 'utf8' })) {
    hash.update(chunk, 'utf8');
    const started = performance.now();
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) if (line !== '') batch.push(parseTriple(line));
    parseSeconds += (performance.now() - started) / 1000;
    triples += lines.filter((l) => l !== '').length;
    if (batch.length >= 50_000) writeBatch();
  }
  if (rest !== '') {
    batch.push(parseTriple(rest));
    triples += 1;
  }
  writeBatch();
  const sourceSha256 = hash.digest('hex');
  return {
    triples,
    parseSeconds,
    targets: writers.map(({ path, writer }) => {
      const sha256 = writer.close();
      return { path, seconds: writer.seconds, triplesPerSecond: triples / writer.seconds, sha256, sameBytesAsOurs: sha256 === sourceSha256 };
    }),
  };
}
