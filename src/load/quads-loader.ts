// Many entity graphs per request: each batch's replaced graphs emptied by one SPARQL Update, then its N-Quads POSTed
// to the dataset (Oxigraph server's /store, Fuseki's dataset URL), a few batches in flight.
import { batchText, triplesByGraph, type GraphBatch } from './batches.js';
import type { Endpoints } from './endpoints.js';
import type { Loader, LoadStats } from './loader.js';
import { ntriplesPayload } from './payload.js';
import { clearText } from './requests.js';
import { StoreError, type StoreClient } from './store-client.js';
import { verifyBatch } from './verify.js';

export const NQUADS_TYPE = 'application/n-quads';

export interface QuadsLoaderOptions {
  readonly client: StoreClient;
  readonly endpoints: Endpoints;
  /** Where N-Quads are POSTed (added to the dataset). */
  readonly quads: URL;
  readonly stats: LoadStats;
  readonly concurrency: number;
  readonly verify: boolean;
  /** A batch the store refuses is sent again graph by graph by this loader, which reports the refused entity. */
  readonly fallback: Loader;
  readonly onMismatch: (item: string, graph: string, sent: number, held: number) => void;
  readonly onProgress?: () => void;
}

export class QuadsLoader {
  private readonly inFlight = new Set<Promise<void>>();
  private fatal: unknown = null;
  /** Until a batch has gone through, one at a time: a wrong endpoint or password costs one request, not a volley. */
  private proven = false;

  constructor(private readonly options: QuadsLoaderOptions) {}

  async load(batch: GraphBatch): Promise<void> {
    this.throwIfFatal();
    // A graph met again in this run adds to what an earlier batch wrote: that batch must have landed first.
    const adds = [...batch.graphs.values()].some((g) => g.mode === 'add');
    if (!this.proven || adds) await this.settle();
    while (this.inFlight.size >= this.options.concurrency) await Promise.race([...this.inFlight]);
    this.throwIfFatal();
    const request: Promise<void> = this.send(batch)
      .catch((error: unknown) => {
        this.fatal ??= error;
      })
      .finally(() => {
        this.inFlight.delete(request);
        this.options.onProgress?.();
      });
    this.inFlight.add(request);
  }

  async finish(): Promise<void> {
    await this.settle();
    this.throwIfFatal();
  }

  async settle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  private throwIfFatal(): void {
    if (this.fatal !== null) throw this.fatal;
  }

  private async send(batch: GraphBatch): Promise<void> {
    const { client, endpoints, quads, stats, fallback } = this.options;
    const replaced = [...batch.graphs].filter(([, g]) => g.mode === 'replace').map(([iri]) => iri);
    if (replaced.length > 0) {
      if (endpoints.update === undefined) throw new StoreError('replacing graphs needs an update endpoint (--update-endpoint or --store)', 'endpoint');
      await client.send({ method: 'POST', url: endpoints.update, contentType: 'application/sparql-update', body: clearText(replaced) });
    }
    try {
      await client.send({ method: 'POST', url: quads, contentType: NQUADS_TYPE, body: batchText(batch) });
    } catch (error) {
      if (!(error instanceof StoreError) || error.kind !== 'rejected') throw error;
      // One graph the store cannot take must not cost the others: they go one by one, the refused one reported.
      const byGraph = triplesByGraph(batch);
      for (const [graph, entry] of batch.graphs) {
        await fallback.add({ item: entry.item, graph, ...ntriplesPayload(byGraph.get(graph) ?? '') });
      }
      await fallback.finish();
      return;
    }
    this.proven = true;
    stats.items += batch.graphs.size;
    stats.triples += batch.triples;
    if (this.options.verify) await this.verify(batch, replaced);
  }

  private async verify(batch: GraphBatch, replaced: readonly string[]): Promise<void> {
    const { client, endpoints, stats, onMismatch } = this.options;
    if (replaced.length === 0) return;
    if (endpoints.query === undefined) throw new StoreError('--verify needs a query endpoint (--endpoint or --store)', 'endpoint');
    await verifyBatch(batch, replaced, { client, query: endpoints.query, stats, onMismatch });
  }
}
