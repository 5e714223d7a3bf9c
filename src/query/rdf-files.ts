// RDF files written earlier (by `convert` or `query --save`), told by their extension and loaded into the store
// as they are: N-Triples and Turtle into the default graph, N-Quads and TriG with their named graphs.
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { Store } from 'oxigraph';
import type { Diagnostic } from '../diagnostics/index.js';
import type { RdfInvalid } from './rdf-diagnostic.js';
import { lineOf } from './source-excerpt.js';

export interface RdfSyntax {
  readonly name: string;
  readonly mediaType: string;
}

const SYNTAXES: Readonly<Record<string, RdfSyntax>> = {
  nt: { name: 'N-Triples', mediaType: 'application/n-triples' },
  ttl: { name: 'Turtle', mediaType: 'text/turtle' },
  nq: { name: 'N-Quads', mediaType: 'application/n-quads' },
  trig: { name: 'TriG', mediaType: 'application/trig' },
};

/** The RDF syntax of a file named `*.nt`, `*.ttl`, `*.nq` or `*.trig` (gzipped or not); null for anything else. */
export function rdfSyntaxOf(path: string): RdfSyntax | null {
  const extension = /\.([a-z]+)(?:\.gz)?$/iu.exec(path)?.[1]?.toLowerCase();
  return (extension !== undefined && SYNTAXES[extension]) || null;
}

// oxigraph: "Parser error at line 2 column 23: …" or "Parser error between line 4 column 7 and line 5 column 1: …".
const POSITION = /^Parser error (?:at|between) line (\d+) column (\d+)(?: and line \d+ column \d+)?: ([\s\S]*)$/u;

/** Where oxigraph says a file is broken, as a span with the file's line under it. */
export function rdfInvalid(file: string, text: string, syntax: RdfSyntax, message: string): RdfInvalid {
  const match = POSITION.exec(message);
  const line = match === null ? 1 : Number(match[1]);
  const column = match === null ? 1 : Number(match[2]);
  const source = lineOf(text, line);
  return {
    code: 'rdf-invalid',
    severity: 'error',
    span: { file, line, column, ...(source === undefined ? {} : { text: source }) },
    format: syntax.name,
    reason: (match?.[3] ?? message).trim(),
  };
}

/**
 * Loads one file in a single transaction: a syntax error leaves nothing of it in the store (blank nodes are
 * scoped to the load, so a file is never split across loads).
 */
export async function loadRdfFile(store: Store, path: string, syntax: RdfSyntax): Promise<Diagnostic | RdfInvalid | null> {
  let data: Buffer;
  try {
    const raw = await readFile(path);
    data = /\.gz$/iu.test(path) ? await promisify(gunzip)(raw) : raw;
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^[A-Z]+: /u, '') : String(error);
    return { code: 'input-unreadable', severity: 'error', span: { file: path, line: 1, column: 1 }, reason };
  }
  try {
    store.load(data, { format: syntax.mediaType });
    return null;
  } catch (error) {
    return rdfInvalid(path, data.toString('utf8'), syntax, error instanceof Error ? error.message : String(error));
  }
}
