// What a query's prologue says before oxigraph runs it: the query form (which decides the output formats) and the
// prefixes the query declares itself (which also shorten IRIs in the output).
import type { Prefixes } from './prefixes.js';

export type QueryForm = 'select' | 'ask' | 'construct' | 'describe';

export interface Prologue {
  /** Null when the text does not start as a SPARQL query does; oxigraph's parser then says why. */
  readonly form: QueryForm | null;
  /** The query's own PREFIX declarations with an absolute namespace (a later one wins). */
  readonly prefixes: Prefixes;
  /** Every prefix name the query declares, relative namespaces included. */
  readonly declared: readonly string[];
}

const IRI = String.raw`<([^<>"{}|^\x60\\\u0000-\u0020]*)>`;
const PN_PREFIX = String.raw`(?:[\p{L}](?:[\p{L}\p{N}_.\u00B7-]*[\p{L}\p{N}_\u00B7-])?)?`;
const SPACE = /(?:\s|#[^\r\n]*)*/uy;
const BASE = new RegExp(String.raw`BASE\s*${IRI}`, 'iuy');
const PREFIX = new RegExp(String.raw`PREFIX\s+(${PN_PREFIX}):\s*${IRI}`, 'iuy');
const VERSION = /VERSION\s*(?:"[^"\\\r\n]*"|'[^'\\\r\n]*')/iuy;
const FORM = /(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\p{L}\p{N}_])/iuy;

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Reads the prologue (comments, BASE, PREFIX and VERSION declarations) and the keyword that follows it. */
export function readPrologue(text: string): Prologue {
  const prefixes: Record<string, string> = {};
  const declared: string[] = [];
  let at = 0;
  for (;;) {
    at += matchAt(SPACE, text, at)?.[0].length ?? 0;
    const prefix = matchAt(PREFIX, text, at);
    if (prefix !== null) {
      const [whole, name = '', namespace = ''] = prefix;
      declared.push(name);
      if (/^[a-z][a-z0-9+.-]*:/iu.test(namespace)) prefixes[name] = namespace;
      at += whole.length;
      continue;
    }
    const other = matchAt(BASE, text, at) ?? matchAt(VERSION, text, at);
    if (other !== null) {
      at += other[0].length;
      continue;
    }
    const form = matchAt(FORM, text, at)?.[1]?.toLowerCase();
    return { form: (form as QueryForm | undefined) ?? null, prefixes, declared };
  }
}
