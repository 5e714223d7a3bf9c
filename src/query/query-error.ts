// A query that oxigraph rejects, told the way people can act on: where (line and column in the query as written,
// the query line and a caret) and what, in a sentence rather than oxigraph's parser alternatives.
import { caretExcerpt, lineOf } from './source-excerpt.js';
import { EXIT, WbimportError } from '../diagnostics/errors.js';

export interface QueryProblem {
  readonly message: string;
  /** 1-based line and column (in code points) in the query as the user wrote it; absent for evaluation errors. */
  readonly line?: number;
  readonly column?: number;
  readonly length?: number;
}

/** The error of a query that does not parse or cannot be evaluated, with its position in the user's text. */
export class QueryError extends WbimportError {
  override readonly exitCode = EXIT.usage;
  constructor(readonly problem: QueryProblem) {
    super(problem.message);
  }
}

const POSITION = /^error at (\d+):(\d+): ([\s\S]*)$/u;

/**
 * oxigraph's message (`error at 3:12: expected one of …`) for a query that had `lineOffset` lines put before it;
 * positions in those lines (never expected: they are ours) are dropped.
 */
export function queryProblem(message: string, lineOffset: number): QueryProblem {
  const match = POSITION.exec(message);
  if (match === null) return { message };
  const line = Number(match[1]) - lineOffset;
  const what = readableExpectation(match[3] ?? '');
  return line >= 1 ? { message: what, line, column: Number(match[2]) } : { message: what };
}

/** Splits a parser's list of alternatives at the commas outside quotes and brackets. */
function alternatives(list: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (let i = 0; i < list.length; i += 1) {
    const c = list[i] ?? '';
    if (quoted) {
      if (c === '\\') current += list[(i += 1)] === undefined ? c : `${c}${list[i]}`;
      else current += c;
      if (c === '"') quoted = false;
      continue;
    }
    if (c === '"') quoted = true;
    if (c === '[') depth += 1;
    if (c === ']') depth -= 1;
    if (c === ',' && depth === 0) {
      found.push(current.trim());
      current = '';
    } else current += c;
  }
  if (current.trim() !== '') found.push(current.trim());
  return found;
}

/**
 * oxigraph lists what its parser could have taken next, character classes included (hundreds of characters). Keep
 * the tokens and keywords, and the parser's own sentences (`The SELECT contains a variable that is unbound`).
 */
export function readableExpectation(text: string): string {
  const list = /^expected one of ([\s\S]*)$/u.exec(text)?.[1];
  if (list === undefined) return text.replace(/\s+/gu, ' ').trim();
  const all = alternatives(list).filter((a) => !a.startsWith('[') && a !== 'Prefix not found');
  const sentences = all.filter((a) => /\s/u.test(a) && !a.startsWith('"'));
  const tokens = all.filter((a) => !sentences.includes(a));
  const shown = tokens.length > 12 ? [...tokens.slice(0, 12), '…'] : tokens;
  // The parser's own sentence says what is wrong; the tokens it could also have taken would only blur it.
  if (sentences.length > 0) return sentences.join('; ');
  return shown.length === 0 ? 'unexpected input' : `unexpected input: expected ${shown.join(', ')}`;
}

// The tokens that can hold a `name:` that is not a prefixed name, skipped whole; then prefixed names and variables.
const TOKENS = new RegExp(
  [
    String.raw`#[^\r\n]*`,
    String.raw`<[^<>"{}|^\x60\\\u0000-\u0020]*>`,
    String.raw`"""[\s\S]*?"""`,
    String.raw`'''[\s\S]*?'''`,
    String.raw`"(?:[^"\\\r\n]|\\.)*"`,
    String.raw`'(?:[^'\\\r\n]|\\.)*'`,
    String.raw`[?$][\p{L}\p{N}_\u00B7]+`,
    String.raw`_:[\p{L}\p{N}_.\u00B7-]*`,
    String.raw`@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*`,
    String.raw`((?:[\p{L}](?:[\p{L}\p{N}_.\u00B7-]*[\p{L}\p{N}_\u00B7-])?)?):(?:[\p{L}\p{N}_.:%\u00B7-]|\\.)*`,
    String.raw`[\p{L}\p{N}_]+`,
    String.raw`[\s\S]`,
  ].join('|'),
  'gu',
);

/** The first prefixed name whose prefix is declared neither in the query nor among the predeclared prefixes. */
export function undeclaredPrefix(query: string, declared: ReadonlySet<string>): QueryProblem | null {
  for (const match of query.matchAll(TOKENS)) {
    const name = match[1];
    if (name === undefined || declared.has(name)) continue;
    const before = query.slice(0, match.index);
    const line = before.split('\n').length;
    const column = Array.from(before.slice(before.lastIndexOf('\n') + 1)).length + 1;
    return {
      message: `unknown prefix "${name}:": declare it (PREFIX ${name}: <…>) or use one of the predeclared prefixes (wbimport query --prefixes)`,
      line,
      column,
      length: name.length + 1,
    };
  }
  return null;
}

/** `<source>:<line>:<column>: error query-invalid: <message>` and the query line with a caret, as diagnostics look. */
export function formatQueryProblem(problem: QueryProblem, query: string, source: string): string {
  if (problem.line === undefined || problem.column === undefined) return `${source}: error query-invalid: ${problem.message}`;
  const head = `${source}:${problem.line}:${problem.column}: error query-invalid: ${problem.message}`;
  const line = lineOf(query, problem.line);
  return line === undefined ? head : `${head}\n${caretExcerpt(line, problem.column, problem.length)}`;
}
