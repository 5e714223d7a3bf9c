// A query's answer as data: solutions as SPARQL 1.1 Query Results JSON has them (variables, then bindings of terms),
// a boolean, or triples; blank nodes renamed in order of appearance so that the same answer reads the same.
import type { Quad } from 'n3';

/** An RDF term as SPARQL 1.1 Query Results JSON writes it (`triple` for RDF 1.2 triple terms). */
export type ResultTerm =
  | { readonly type: 'uri'; readonly value: string }
  | { readonly type: 'bnode'; readonly value: string }
  | { readonly type: 'literal'; readonly value: string; readonly datatype?: string; readonly 'xml:lang'?: string }
  | { readonly type: 'triple'; readonly value: { readonly subject: ResultTerm; readonly predicate: ResultTerm; readonly object: ResultTerm } };

/** One solution: variable name → term; an unbound variable has no entry. */
export type Solution = Readonly<Record<string, ResultTerm>>;

export interface Solutions {
  readonly kind: 'solutions';
  /** The projected variables in the query's order, bound in some solution or not. */
  readonly vars: readonly string[];
  /** In the order the query gives them. */
  readonly rows: readonly Solution[];
}

export interface BooleanResult {
  readonly kind: 'boolean';
  readonly value: boolean;
}

export interface GraphResult {
  readonly kind: 'graph';
  /** Each triple once, sorted (default graph). */
  readonly triples: readonly Quad[];
}

export type QueryResult = Solutions | BooleanResult | GraphResult;

export const XSD = 'http://www.w3.org/2001/XMLSchema#';
export const XSD_STRING = `${XSD}string`;
export const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

/** Renames blank nodes `b0`, `b1`, … in order of first appearance (row by row, variable by variable). */
export function relabelSolutions(result: Solutions): Solutions {
  const names = new Map<string, string>();
  const rename = (term: ResultTerm): ResultTerm => {
    if (term.type === 'bnode') {
      let name = names.get(term.value);
      if (name === undefined) {
        name = `b${names.size}`;
        names.set(term.value, name);
      }
      return { type: 'bnode', value: name };
    }
    if (term.type === 'triple') {
      const { subject, predicate, object } = term.value;
      return { type: 'triple', value: { subject: rename(subject), predicate: rename(predicate), object: rename(object) } };
    }
    return term;
  };
  const rows = result.rows.map((row) => {
    const renamed: Record<string, ResultTerm> = {};
    for (const name of result.vars) {
      const term = row[name];
      if (term !== undefined) renamed[name] = rename(term);
    }
    return renamed;
  });
  return { kind: 'solutions', vars: result.vars, rows };
}
