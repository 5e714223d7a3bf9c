// The table of query output formats: a name, the answers it can write, and how.
import type { Prefixes } from './prefixes.js';
import { booleanCsv, solutionsCsv } from './results-csv.js';
import { booleanJson, solutionsJson } from './results-json.js';
import { graphRdf } from './results-rdf.js';
import { booleanTable, solutionsTable } from './results-table.js';
import { booleanTsv, solutionsTsv } from './results-tsv.js';
import type { BooleanResult, GraphResult, QueryResult, Solutions } from './results.js';

export interface WriteContext {
  readonly prefixes: Prefixes;
  /** For the table: cells longer than this are cut (0: never). */
  readonly maxWidth: number;
}

interface AnswerFormat {
  readonly answers: 'select-ask';
  readonly description: string;
  readonly solutions: (result: Solutions, context: WriteContext) => string;
  readonly boolean: (result: BooleanResult) => string;
}

interface GraphFormat {
  readonly answers: 'construct-describe';
  readonly description: string;
  readonly graph: (result: GraphResult, context: WriteContext) => Promise<string>;
}

export type ResultFormat = AnswerFormat | GraphFormat;

export const RESULT_FORMATS = {
  table: {
    answers: 'select-ask',
    description: 'aligned columns for people, IRIs shortened with the prefixes (the default for SELECT and ASK)',
    solutions: (r, c) => solutionsTable(r, c),
    boolean: booleanTable,
  },
  json: { answers: 'select-ask', description: 'SPARQL 1.1 Query Results JSON', solutions: solutionsJson, boolean: booleanJson },
  csv: { answers: 'select-ask', description: 'SPARQL 1.1 Query Results CSV', solutions: solutionsCsv, boolean: booleanCsv },
  tsv: { answers: 'select-ask', description: 'SPARQL 1.1 Query Results TSV', solutions: solutionsTsv, boolean: booleanTsv },
  turtle: {
    answers: 'construct-describe',
    description: 'Turtle with the prefixes (the default for CONSTRUCT and DESCRIBE)',
    graph: (r, c) => graphRdf(r, 'Turtle', c.prefixes),
  },
  ntriples: { answers: 'construct-describe', description: 'N-Triples', graph: (r) => graphRdf(r, 'N-Triples', {}) },
} as const satisfies Record<string, ResultFormat>;

export type ResultFormatName = keyof typeof RESULT_FORMATS;

export function isResultFormatName(name: string): name is ResultFormatName {
  return Object.hasOwn(RESULT_FORMATS, name);
}

/** The format used when none is asked for. */
export function defaultFormat(answers: ResultFormat['answers']): ResultFormatName {
  return answers === 'select-ask' ? 'table' : 'turtle';
}

/** Writes an answer in a format made for its kind; the command checks the pairing before running the query. */
export async function writeResult(result: QueryResult, name: ResultFormatName, context: WriteContext): Promise<string> {
  const format: ResultFormat = RESULT_FORMATS[name];
  if (format.answers === 'construct-describe') {
    if (result.kind !== 'graph') throw new Error(`${name} writes triples, not ${result.kind}`);
    return format.graph(result, context);
  }
  if (result.kind === 'graph') throw new Error(`${name} writes solutions, not triples`);
  return result.kind === 'boolean' ? format.boolean(result) : format.solutions(result, context);
}
