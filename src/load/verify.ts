// Counting what a store holds in each graph, to check it against what was sent (--verify).
import { z } from 'zod';
import type { GraphBatch } from './batches.js';
import { StoreError, type StoreClient, type StoreRequest } from './store-client.js';

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

/** What verifying a batch needs: where to ask, and where the counts and mismatches go. */
export interface BatchVerification {
  readonly client: StoreClient;
  readonly query: URL;
  /** The run's counts (LoadStats), kept up to date graph by graph. */
  readonly stats: { verified: number; mismatched: number };
  readonly onMismatch: (item: string, graph: string, sent: number, held: number) => void;
}

/** Graphs counted per query: a VALUES list of a thousand graphs stays well inside any store's query size. */
const GRAPHS_PER_COUNT = 1000;

/** Counts what the store holds in each replaced graph of the batch, and reports every graph that differs from what was sent. */
export async function verifyBatch(batch: GraphBatch, replaced: readonly string[], v: BatchVerification): Promise<void> {
  for (let i = 0; i < replaced.length; i += GRAPHS_PER_COUNT) {
    const graphs = replaced.slice(i, i + GRAPHS_PER_COUNT);
    const response = await v.client.send(countRequest(v.query, graphs));
    let counts: Map<string, number>;
    try {
      counts = parseCounts(response.text, response.headers.get('x-sparql-maxrows'));
    } catch (error) {
      throw new StoreError(`--verify: ${error instanceof Error ? error.message : String(error)}`, 'unavailable');
    }
    for (const graph of graphs) {
      const sent = batch.graphs.get(graph)?.triples ?? 0;
      const held = counts.get(graph) ?? 0;
      v.stats.verified += 1;
      if (held !== sent) {
        v.stats.mismatched += 1;
        v.onMismatch(batch.graphs.get(graph)?.item ?? graph, graph, sent, held);
      }
    }
  }
}
