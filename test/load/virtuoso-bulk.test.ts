// The bulk path's requests, against a fake Virtuoso that answers every SQL call: each batch's deletes, its file's
// queueing and the loader's run go in one request, in that order; a store without RDF_QUAD_GS gets the scanning delete.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LoadStats, StoreError, VirtuosoBulkLoader, type GraphBatch, type Loader, type StoreClient, type StoreRequest } from '../../src/load/index.js';

const G = (n: number): string => `https://linkedopendata.eu/wiki/Special:EntityData/Q${n}`;

function batch(index: number, items: number[]): GraphBatch {
  const lines = items.map((n) => `<urn:s> <urn:p> "${n}" <${G(n)}> .`);
  return {
    index,
    bytes: Buffer.from(`${lines.join('\n')}\n`, 'utf8'),
    graphs: new Map(items.map((n) => [G(n), { item: `Q${n}`, triples: 1, mode: 'replace' as const }])),
    triples: items.length,
  };
}

/** Records each SPARQL query sent; answers every call with "2 " (a loaded file's state), or refuses the GS hint. */
function fakeStore(hasGraphIndex: boolean): { client: StoreClient; queries: string[] } {
  const queries: string[] = [];
  const send = (request: StoreRequest): Promise<{ status: number; headers: Headers; text: string }> => {
    const query = new URLSearchParams(request.body).get('query') ?? '';
    queries.push(query);
    if (!hasGraphIndex && query.includes('RDF_QUAD_GS')) {
      return Promise.reject(new StoreError('Virtuoso 42S12 Error SR...: No index RDF_QUAD_GS for single key delete', 'rejected', 500));
    }
    const count = (query.match(/ AS \?r\d+\)/gu) ?? []).length;
    const row = Object.fromEntries(Array.from({ length: count }, (_, i) => [`r${i}`, { type: 'literal', value: '2 ' }]));
    return Promise.resolve({ status: 200, headers: new Headers(), text: JSON.stringify({ results: { bindings: [row] } }) });
  };
  return { client: { send } as unknown as StoreClient, queries };
}

let dir = '';
afterEach(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

function bulkLoader(client: StoreClient, notices: string[]): VirtuosoBulkLoader {
  dir = mkdtempSync(join(tmpdir(), 'wbimport-bulk-test-'));
  const fallback = { add: () => Promise.resolve(), finish: () => Promise.resolve() } as unknown as Loader;
  const endpoints = { query: new URL('http://127.0.0.1:8890/sparql-auth'), gspContentType: 'application/n-triples' };
  return new VirtuosoBulkLoader({ client, endpoints, dir, stats: new LoadStats(), verify: false, fallback, onMismatch: () => {}, onNotice: (t) => notices.push(t) });
}

describe('VirtuosoBulkLoader requests', () => {
  it("empties each graph through RDF_QUAD_GS, then queues and loads the file, in one request and in that order", async () => {
    const { client, queries } = fakeStore(true);
    const bulk = bulkLoader(client, []);
    await bulk.load(batch(1, [1, 2]));
    await bulk.finish();
    const [first] = queries;
    const order = ['log_enable(3, 1)', `bif:vector("${G(1)}")`, `bif:vector("${G(2)}")`, 'log_enable(1, 1)', 'DB.DBA.ld_add(?', 'DB.DBA.rdf_loader_run()'].map((part) => first?.indexOf(part) ?? -1);
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(first).toContain('delete from DB.DBA.RDF_QUAD table option (index RDF_QUAD_GS) where G = iri_to_id(?, 0)');
    expect(queries.filter((q) => q.includes('rdf_loader_run'))).toHaveLength(1);
    expect(queries.at(-1)).toContain('checkpoint');
  });

  it('falls back to the scanning delete, once told, when the store has no RDF_QUAD_GS, and says so', async () => {
    const { client, queries } = fakeStore(false);
    const notices: string[] = [];
    const bulk = bulkLoader(client, notices);
    await bulk.load(batch(1, [1, 2]));
    await bulk.load(batch(2, [3]));
    await bulk.finish();
    expect(queries.filter((q) => q.includes('RDF_QUAD_GS'))).toHaveLength(1);
    expect(queries.filter((q) => q.includes(`where G in (iri_to_id('${G(1)}', 0), iri_to_id('${G(2)}', 0))`) && q.includes('ld_add'))).toHaveLength(1);
    expect(queries.filter((q) => q.includes(`where G in (iri_to_id('${G(3)}', 0))`) && q.includes('ld_add'))).toHaveLength(1);
    expect(notices).toEqual([expect.stringMatching(/no index RDF_QUAD_GS: the old triples are deleted by scanning RDF_QUAD/u)]);
  });
});
