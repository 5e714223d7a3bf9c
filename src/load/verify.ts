// Counting what a store holds in each graph, to check it against what was sent (--verify).
import { z } from 'zod';
import type { StoreRequest } from './store-client.js';

export function countQuery(graphs: readonly string[]): string {
  return `SELECT ?g (COUNT(*) AS ?n) WHERE { VALUES ?g { ${graphs.map((g) => `<${g}>`).join(' ')} } GRAPH ?g { ?s ?p ?o } } GROUP BY ?g`;
}

export function countRequest(endpoint: URL, graphs: readonly string[]): StoreRequest {
  return {
    method: 'POST',
    url: endpoint,
    contentType: 'application/x-www-form-urlencoded',
    accept: 'application/sparql-results+json',
    body: new URLSearchParams({ query: countQuery(graphs) }).toString(),
  };
}

// Virtuoso still says "typed-literal", as SPARQL 1.0's JSON results did.
const Term = z.object({ type: z.enum(['uri', 'literal', 'typed-literal', 'bnode']), value: z.string() });
const Results = z.object({ results: z.object({ bindings: z.array(z.record(z.string(), Term)) }) });

/**
 * The triple count per graph in a count query's JSON results; graphs without triples are missing from the answer
 * and count 0. Throws when the answer is not what the query asks for, or was cut short (Virtuoso's
 * `X-SPARQL-MaxRows` header says it returned only as many rows as its ResultSetMaxRows).
 */
export function parseCounts(text: string, maxRowsHeader: string | null): Map<string, number> {
  if (maxRowsHeader !== null) throw new Error(`the store cut its answer short at ${maxRowsHeader} rows (X-SPARQL-MaxRows)`);
  const parsed = Results.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error('the store answered the count query with something other than SPARQL JSON results');
  const counts = new Map<string, number>();
  for (const row of parsed.data.results.bindings) {
    const g = row['g'];
    const n = row['n'];
    if (g === undefined || n === undefined || !/^\d+$/u.test(n.value)) throw new Error('unexpected row in the count query answer');
    counts.set(g.value, Number(n.value));
  }
  return counts;
}
