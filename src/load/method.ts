// Which way `wbimport load` writes: the fastest correct path the store offers, from the preset and from what the store
// answers (Virtuoso's bulk loader only when it can read the files we write).
import type { Endpoints, StoreName } from './endpoints.js';
import type { StoreClient } from './store-client.js';
import { probeBulk } from './virtuoso-bulk.js';

/**
 * `bulk`: Virtuoso's bulk loader on N-Quads files (same host); `quads`: N-Quads POSTed to the dataset, many graphs a
 * request; `gsp`: a Graph Store Protocol PUT per graph; `update`: SPARQL Update, several graphs a request.
 */
export const LOAD_METHODS = ['bulk', 'quads', 'gsp', 'update'] as const;
export type LoadMethod = (typeof LOAD_METHODS)[number];

/** Triples per request (update) or per batch (bulk file, quads request) unless --batch-size says otherwise. */
export const DEFAULT_BATCH_TRIPLES: Record<LoadMethod, number> = { bulk: 50_000, quads: 50_000, gsp: 0, update: 500 };

export type MethodChoice =
  | { readonly ok: true; readonly method: LoadMethod; readonly bulkDir?: string; readonly note?: string }
  | { readonly ok: false; readonly reason: string };

export interface MethodQuestion {
  readonly asked?: LoadMethod;
  readonly store?: StoreName;
  readonly endpoints: Endpoints;
  /** Whether credentials are given: Virtuoso's SQL needs a user allowed to run its loader (dba). */
  readonly credentials: boolean;
  readonly client: StoreClient;
}

function httpDefault(endpoints: Endpoints): LoadMethod {
  if (endpoints.quads !== undefined && endpoints.update !== undefined) return 'quads';
  return endpoints.gsp !== undefined ? 'gsp' : 'update';
}

/** The method asked for, or the preset's fastest; a bulk load asked for but impossible is refused with the reason. */
export async function chooseMethod(q: MethodQuestion): Promise<MethodChoice> {
  const { asked, endpoints } = q;
  const bulkWanted = asked === 'bulk' || (asked === undefined && q.store === 'virtuoso');
  if (bulkWanted) {
    const why = await bulkPossible(q);
    if (why.ok) return { ok: true, method: 'bulk', bulkDir: why.dir };
    if (asked === 'bulk') return { ok: false, reason: `--method bulk: Virtuoso's bulk loader cannot be used: ${why.reason}` };
    const method = httpDefault(endpoints);
    return { ok: true, method, note: `Virtuoso's bulk loader is not used (${why.reason}): loading by ${method === 'gsp' ? 'Graph Store Protocol' : 'SPARQL Update'}` };
  }
  const method = asked ?? httpDefault(endpoints);
  if (method === 'gsp' && endpoints.gsp === undefined) return { ok: false, reason: '--method gsp needs a graph store endpoint: give --gsp-endpoint URL or --store NAME' };
  if (method === 'quads' && (endpoints.quads === undefined || endpoints.update === undefined)) {
    return { ok: false, reason: '--method quads needs an endpoint taking N-Quads and an update endpoint: give --quads-endpoint and --update-endpoint, or --store oxigraph|fuseki' };
  }
  if (method === 'update' && endpoints.update === undefined) {
    return { ok: false, reason: 'no triple store named: give --store NAME (with --base-url), or --update-endpoint or --gsp-endpoint URL' };
  }
  return { ok: true, method };
}

async function bulkPossible(q: MethodQuestion): Promise<{ ok: true; dir: string } | { ok: false; reason: string }> {
  if (q.store !== undefined && q.store !== 'virtuoso') return { ok: false, reason: `only Virtuoso has one here, not ${q.store}` };
  if (q.endpoints.query === undefined) return { ok: false, reason: 'no query endpoint to reach its SQL' };
  if (!q.credentials) return { ok: false, reason: 'its SQL needs a user allowed to run the loader: set WBIMPORT_STORE_USER and WBIMPORT_STORE_PASSWORD (dba)' };
  return probeBulk(q.client, q.endpoints.query);
}
