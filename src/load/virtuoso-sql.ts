// Virtuoso's SQL over HTTP: SQL procedures (`sql:`) and built-ins (`bif:`) called from a SPARQL SELECT on the
// authenticated endpoint (/sparql-auth), so the bulk loader is reached with the same Digest credentials, retries and
// redaction as every other request, and no password goes on a command line (isql-vt takes it only as an argument).
import { z } from 'zod';
import type { StoreRequest } from './store-client.js';

/** A SPARQL string literal; paths and IRIs with a line break cannot be written as one and are refused. */
export function sparqlString(text: string): string {
  if (/[\r\n]/u.test(text)) throw new Error(`a line break cannot go into a Virtuoso SQL call: ${JSON.stringify(text)}`);
  return `"${text.replace(/[\\"]/gu, (c) => `\\${c}`)}"`;
}

/** A SQL string literal (quotes doubled), to go inside a statement run by bif:exec. */
export const sqlString = (text: string): string => `'${text.replace(/'/gu, "''")}'`;

/**
 * SQL statement text run by Virtuoso's `exec`, as one SPARQL expression. With parameters, the statement has `?` for
 * each: Virtuoso compiles such a statement once and reuses it for every call with other values (its statement
 * cache), and the values need no SQL escaping. The two zeros stand for exec's state and message arguments: given as
 * constants, not variables, they receive nothing, so an error is still signalled and fails the request.
 */
export const execExpression = (statement: string, ...params: readonly string[]): string =>
  params.length === 0
    ? `bif:exec(${sparqlString(statement)})`
    : `bif:exec(${sparqlString(statement)}, 0, 0, bif:vector(${params.map(sparqlString).join(', ')}))`;

/** One SELECT that evaluates each expression once, as `?r0`, `?r1`, … */
export function sqlCallQuery(expressions: readonly string[]): string {
  return `SELECT ${expressions.map((e, i) => `(${e} AS ?r${i})`).join(' ')} WHERE {}`;
}

export function sqlCallRequest(endpoint: URL, expressions: readonly string[]): StoreRequest {
  return {
    method: 'POST',
    url: endpoint,
    contentType: 'application/x-www-form-urlencoded',
    accept: 'application/sparql-results+json',
    body: new URLSearchParams({ query: sqlCallQuery(expressions) }).toString(),
  };
}

const Answer = z.object({
  results: z.object({ bindings: z.array(z.record(z.string(), z.object({ value: z.string() }))).min(1) }),
});

/** The values of `?r0`, `?r1`, … in a call's answer (undefined where SQL returned NULL). */
export function sqlCallValues(text: string, count: number): (string | undefined)[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('Virtuoso answered a SQL call with something other than JSON');
  }
  const parsed = Answer.safeParse(json);
  if (!parsed.success) throw new Error('Virtuoso answered a SQL call with something other than SPARQL JSON results');
  const row = parsed.data.results.bindings[0] ?? {};
  return Array.from({ length: count }, (_, i) => row[`r${i}`]?.value);
}
