// Runs a query with oxigraph over a store, the Wikibase prefixes predeclared, and turns the answer into data.
import type { Quad, Store } from 'oxigraph';
import { oxigraph } from '../util/packages.js';
import { graphResult } from './graph-result.js';
import { prefixLine, type Prefixes } from './prefixes.js';
import { readPrologue, type QueryForm } from './prologue.js';
import { QueryError, queryProblem, undeclaredPrefix } from './query-error.js';
import { relabelSolutions, type QueryResult, type Solution } from './results.js';

/** A query ready to run: the user's text, what its prologue says, and the text oxigraph is given. */
export interface PreparedQuery {
  readonly text: string;
  readonly form: QueryForm | null;
  /** The query's own prefixes over the predeclared ones: what output formats shorten IRIs with. */
  readonly prefixes: Prefixes;
  readonly full: string;
  readonly declared: ReadonlySet<string>;
}

export function prepareQuery(text: string, predeclared: Prefixes): PreparedQuery {
  const prologue = readPrologue(text);
  return {
    text,
    form: prologue.form,
    prefixes: { ...predeclared, ...prologue.prefixes },
    full: `${prefixLine(predeclared)}${text}`,
    declared: new Set([...Object.keys(predeclared), ...prologue.declared]),
  };
}

function asQueryError(query: PreparedQuery, error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const problem = queryProblem(error.message, 1);
  // A prefix nobody declared makes oxigraph's parser fail somewhere after it, with a misleading expectation.
  const unknown = problem.line === undefined ? null : undeclaredPrefix(query.text, query.declared);
  return new QueryError(unknown ?? problem);
}

function evaluate(store: Store, query: PreparedQuery, options: { results_format?: string }): ReturnType<Store['query']> {
  try {
    return store.query(query.full, options);
  } catch (error) {
    throw asQueryError(query, error);
  }
}

/** Throws a QueryError if the query does not parse (on an empty store, before any input is loaded). */
export function checkQuery(query: PreparedQuery): void {
  evaluate(new (oxigraph().Store)(), query, {});
  if (query.form === null) throw new QueryError({ message: 'expected SELECT, ASK, CONSTRUCT or DESCRIBE after the prologue' });
}

interface JsonResults {
  readonly head: { readonly vars?: string[] };
  readonly boolean?: boolean;
  readonly results?: { readonly bindings: Solution[] };
}

/**
 * SELECT and ASK answers come through oxigraph's own SPARQL Results JSON writer, which keeps what its JavaScript
 * values lose: the projected variables (even when no solution binds them) and their order. Blank nodes are renamed
 * b0, b1, … in order of appearance: oxigraph names them afresh on every load.
 */
export function runQuery(store: Store, query: PreparedQuery): QueryResult {
  if (query.form === 'construct' || query.form === 'describe') {
    return graphResult(evaluate(store, query, {}) as Quad[]);
  }
  const json = JSON.parse(evaluate(store, query, { results_format: 'application/sparql-results+json' }) as string) as JsonResults;
  if (typeof json.boolean === 'boolean') return { kind: 'boolean', value: json.boolean };
  return relabelSolutions({ kind: 'solutions', vars: json.head.vars ?? [], rows: json.results?.bindings ?? [] });
}
