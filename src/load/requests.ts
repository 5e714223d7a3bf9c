// The HTTP requests that replace graphs: a Graph Store Protocol PUT per graph, or one SPARQL Update for several.
import type { Endpoints } from './endpoints.js';
import type { GraphPayload } from './payload.js';
import type { StoreRequest } from './store-client.js';


/** One graph replaced (PUT) or added to (POST, for an entity met again later in the same run). */
export function graphStoreRequest(endpoints: Endpoints, payload: GraphPayload, mode: 'replace' | 'add'): StoreRequest {
  if (endpoints.gsp === undefined) throw new Error('no graph store endpoint');
  const url = new URL(endpoints.gsp);
  url.searchParams.set('graph', payload.graph);
  return { method: mode === 'replace' ? 'PUT' : 'POST', url, contentType: endpoints.gspContentType, body: payload.ntriples };
}

export interface UpdatePart {
  readonly payload: GraphPayload;
  readonly mode: 'replace' | 'add';
}

/**
 * The most triples in one INSERT DATA operation. Measured on Virtuoso 7.2 loading new entities of 157 triples:
 * 35 entities/s in operations of 50 triples, 28 in operations of 100, 9 in operations of 500, whatever the number of
 * entities per request (Virtuoso compiles each operation to SQL, at a cost that grows faster than its size; it
 * refuses about 2,500 triples). Other stores parse INSERT DATA quickly whatever its size.
 */
export const INSERT_DATA_TRIPLES = 50;

/**
 * A SPARQL 1.1 Update that empties the graphs to be replaced, then inserts every graph's triples, in one request
 * (which the store applies as one transaction where it can). N-Triples lines are valid SPARQL triples as they
 * stand. The graphs are emptied by one DELETE … WHERE with VALUES (on Virtuoso a DROP costs 50–80 ms each, a DELETE
 * of ten graphs about as much as one DROP); their triples go in INSERT DATA operations of at most `opTriples`
 * triples. Graphs with blank nodes go in one `INSERT { … } WHERE {}`, where a label is one fresh node (Virtuoso 7
 * refuses blank nodes in INSERT DATA).
 */
export function updateText(parts: readonly UpdatePart[], opTriples: number = INSERT_DATA_TRIPLES): string {
  const operations: string[] = [];
  const replaced = parts.filter((part) => part.mode === 'replace').map((part) => part.payload.graph);
  if (replaced.length > 0) operations.push(clearOperation(replaced));
  let blocks: string[] = [];
  let room = opTriples;
  const close = (): void => {
    if (blocks.length > 0) operations.push(`INSERT DATA {\n${blocks.join('\n')}\n}`);
    blocks = [];
    room = opTriples;
  };
  const withBlanks: string[] = [];
  for (const { payload } of parts) {
    if (payload.triples === 0) continue;
    if (payload.blankNodes) {
      withBlanks.push(`GRAPH <${payload.graph}> {\n${payload.ntriples}}`);
      continue;
    }
    const lines = payload.ntriples.split('\n');
    if (lines.at(-1) === '') lines.pop();
    for (let i = 0; i < lines.length; ) {
      if (room === 0) close();
      const take = lines.slice(i, i + room);
      blocks.push(`GRAPH <${payload.graph}> {\n${take.join('\n')}\n}`);
      room -= take.length;
      i += take.length;
    }
  }
  close();
  if (withBlanks.length > 0) operations.push(`INSERT {\n${withBlanks.join('\n')}\n} WHERE {}`);
  return `${operations.join(' ;\n')}\n`;
}

/** One operation that empties the graphs (QLever has no CLEAR or DROP of many; a DELETE with VALUES works everywhere). */
function clearOperation(graphs: readonly string[]): string {
  return `DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { VALUES ?g { ${graphs.map((g) => `<${g}>`).join(' ')} } GRAPH ?g { ?s ?p ?o } }`;
}

/** A SPARQL Update that only empties the graphs. */
export const clearText = (graphs: readonly string[]): string => `${clearOperation(graphs)}\n`;

export function updateRequest(endpoints: Endpoints, parts: readonly UpdatePart[]): StoreRequest {
  if (endpoints.update === undefined) throw new Error('no update endpoint');
  return { method: 'POST', url: endpoints.update, contentType: 'application/sparql-update', body: updateText(parts) };
}
