// The load driver: takes each entity's payload in turn, batches them into requests, keeps a few requests in flight
// and makes the caller wait when they are all busy, so memory stays flat however many entities come.
import type { Endpoints } from './endpoints.js';
import type { GraphPayload } from './payload.js';
import { graphStoreRequest, updateRequest, type UpdatePart } from './requests.js';
import { StoreError, type StoreClient } from './store-client.js';
import { countRequest, parseCounts } from './verify.js';

/** What a load did, for the progress line and the summary. */
export class LoadStats {
  /** Entities whose graph the store took. */
  items = 0;
  triples = 0;
  requests = 0;
  retries = 0;
  /** Entities whose graph the store refused (each reported). */
  rejected = 0;
  /** Graphs counted after loading (--verify), and those holding another number of triples than sent. */
  verified = 0;
  mismatched = 0;

  /** Seconds the store spent on each step of a batch path (bulk: delete, load, checkpoint), for the JSON summary. */
  readonly steps = new Map<string, number>();

  /** Adds the time since `started` (performance.now()) to a step. */
  timed(step: string, started: number): void {
    this.steps.set(step, (this.steps.get(step) ?? 0) + (performance.now() - started) / 1000);
  }

  /** Adds seconds the store reported (or that were measured apart) to a step. */
  spent(step: string, seconds: number): void {
    this.steps.set(step, (this.steps.get(step) ?? 0) + seconds);
  }

  toJSON(): Record<string, number | Record<string, number>> {
    const { items, triples, requests, retries, rejected, verified, mismatched } = this;
    const steps = Object.fromEntries([...this.steps].map(([step, seconds]) => [step, Number(seconds.toFixed(3))]));
    return { items, triples, requests, retries, rejected, verified, mismatched, ...(this.steps.size > 0 ? { steps } : {}) };
  }
}

export interface LoaderOptions {
  /** One graph per request (gsp), or several graphs per SPARQL Update. */
  readonly method: 'gsp' | 'update';
  readonly endpoints: Endpoints;
  readonly client: StoreClient;
  readonly stats: LoadStats;
  /** update: the most triples in one request (an entity with more goes alone). */
  readonly batchTriples: number;
  /** How many requests may be in flight at once. */
  readonly concurrency: number;
  /** Count each graph's triples in the store once its request succeeded. */
  readonly verify: boolean;
  readonly onRejected: (payload: GraphPayload, error: StoreError) => void;
  readonly onMismatch: (payload: GraphPayload, held: number) => void;
  /** Told after every finished request. */
  readonly onProgress?: () => void;
}

function merged(a: GraphPayload, b: GraphPayload): GraphPayload {
  const lines = new Set(`${a.ntriples}${b.ntriples}`.split('\n'));
  lines.delete('');
  return { ...a, ntriples: `${[...lines].join('\n')}\n`, triples: lines.size, blankNodes: a.blankNodes || b.blankNodes };
}

export class Loader {
  private batch: UpdatePart[] = [];
  private batchTriples = 0;
  private readonly inFlight = new Set<Promise<void>>();
  /** Graphs whose request is in flight: a later request for one of them waits, so that the later one wins. */
  private readonly sending = new Set<string>();
  /**
   * Graphs already written in this run. An entity met again (a dump listing it twice) adds to its graph instead of
   * replacing it, as N-Quads output would hold both; this set is the only memory that grows with the input (one
   * IRI per entity).
   */
  private readonly seen = new Set<string>();
  private fatal: StoreError | null = null;
  /**
   * Whether a request has succeeded yet. Until then one request at a time goes out: it learns what authentication
   * the store asks for, and a wrong endpoint or password stops the load after one request instead of a volley.
   */
  private proven = false;

  constructor(private readonly options: LoaderOptions) {}

  /** Queues one entity's graph; resolves when the loader can take another. Throws once the store failed for good. */
  async add(payload: GraphPayload): Promise<void> {
    this.throwIfFatal();
    const mode = this.seen.has(payload.graph) ? 'add' : 'replace';
    this.seen.add(payload.graph);
    if (this.options.method === 'gsp') {
      await this.dispatch([{ payload, mode }]);
      return;
    }
    const index = this.batch.findIndex((part) => part.payload.graph === payload.graph);
    const known = this.batch[index];
    if (known !== undefined) {
      this.batchTriples -= known.payload.triples;
      this.batch[index] = { payload: merged(known.payload, payload), mode: known.mode };
      this.batchTriples += this.batch[index].payload.triples;
    } else {
      if (this.batch.length > 0 && this.batchTriples + payload.triples > this.options.batchTriples) await this.flush();
      this.batch.push({ payload, mode });
      this.batchTriples += payload.triples;
    }
    if (this.batchTriples >= this.options.batchTriples) await this.flush();
  }

  /** Sends what is batched, waits for every request, and throws if the store failed for good. */
  async finish(): Promise<LoadStats> {
    if (this.fatal === null) await this.flush();
    await this.settle();
    this.throwIfFatal();
    return this.options.stats;
  }

  /** Waits for the requests in flight (after a failure, before reporting it). */
  async settle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  private throwIfFatal(): void {
    if (this.fatal !== null) throw this.fatal;
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const parts = this.batch;
    this.batch = [];
    this.batchTriples = 0;
    await this.dispatch(parts);
  }

  private async dispatch(parts: UpdatePart[]): Promise<void> {
    if (!this.proven || parts.some((part) => this.sending.has(part.payload.graph))) await this.settle();
    while (this.inFlight.size >= this.options.concurrency) await Promise.race([...this.inFlight]);
    this.throwIfFatal();
    for (const part of parts) this.sending.add(part.payload.graph);
    const request: Promise<void> = this.send(parts)
      .catch((error: unknown) => {
        if (error instanceof StoreError) this.fatal ??= error;
        else this.fatal ??= new StoreError(error instanceof Error ? error.message : String(error), 'unavailable');
      })
      .finally(() => {
        this.inFlight.delete(request);
        for (const part of parts) this.sending.delete(part.payload.graph);
        this.options.onProgress?.();
      });
    this.inFlight.add(request);
  }

  private async send(parts: readonly UpdatePart[]): Promise<void> {
    const { client, endpoints, method, stats } = this.options;
    const [first] = parts;
    if (first === undefined) return;
    try {
      await client.send(
        method === 'gsp' ? graphStoreRequest(endpoints, first.payload, first.mode) : updateRequest(endpoints, parts),
      );
    } catch (error) {
      if (!(error instanceof StoreError) || error.kind !== 'rejected') throw error;
      // One graph the store cannot take must not cost the others in its batch: send them one by one.
      if (parts.length > 1) {
        for (const part of parts) await this.send([part]);
        return;
      }
      stats.rejected += 1;
      this.options.onRejected(first.payload, error);
      return;
    }
    this.proven = true;
    stats.items += parts.length;
    stats.triples += parts.reduce((n, part) => n + part.payload.triples, 0);
    if (this.options.verify) await this.verify(parts.filter((part) => part.mode === 'replace').map((part) => part.payload));
  }

  private async verify(payloads: readonly GraphPayload[]): Promise<void> {
    const { endpoints, client, stats } = this.options;
    if (payloads.length === 0) return;
    if (endpoints.query === undefined) throw new StoreError('--verify needs a query endpoint (--endpoint or --store)', 'endpoint');
    const response = await client.send(countRequest(endpoints.query, payloads.map((p) => p.graph)));
    let counts: Map<string, number>;
    try {
      counts = parseCounts(response.text, response.headers.get('x-sparql-maxrows'));
    } catch (error) {
      throw new StoreError(`--verify: ${error instanceof Error ? error.message : String(error)}`, 'unavailable');
    }
    for (const payload of payloads) {
      const held = counts.get(payload.graph) ?? 0;
      stats.verified += 1;
      if (held !== payload.triples) {
        stats.mismatched += 1;
        this.options.onMismatch(payload, held);
      }
    }
  }
}
