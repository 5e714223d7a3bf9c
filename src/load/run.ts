// One load run, wired from its settings: the store client, the fastest method the store offers, and the pipeline
// feeding it (N-Quads text cut into batches of whole graphs, or one payload per entity). No terminal here: the
// caller is told through plain callbacks and gets the counts back.
import { performance } from 'node:perf_hooks';
import { finished } from 'node:stream/promises';
import { EXIT, WbimportError, type Diagnostic } from '../diagnostics/index.js';
import { OUTPUT_FORMATS, type RdfSettings } from '../emit/index.js';
import { isIdentified } from '../model/index.js';
import { convert, type ConvertOptions, type RunSummary } from '../pipeline/index.js';
import { Authenticator, type AuthScheme, type Credentials, type RetryPolicy } from '../net/index.js';
import type { Profile } from '../profile/index.js';
// Through the folder's one import point, so moving a part within the folder does not touch this file.
import {
  chooseMethod,
  DEFAULT_BATCH_TRIPLES,
  Loader,
  LoadStats,
  PayloadBuilder,
  QuadBatcher,
  QuadsLoader,
  StoreClient,
  StoreError,
  VirtuosoBulkLoader,
  type Endpoints,
  type GraphBatch,
  type LoadMethod,
  type RetryEvent,
  type StoreName,
} from './index.js';

/** How the pipeline reads the pages, and how many threads and how far apart an item's pages may lie. */
export type LoadReading = Pick<ConvertOptions, 'facts' | 'manifest' | 'uiLanguage' | 'stdin' | 'failFast' | 'jobs' | 'mergeWindow' | 'maxPageBytes'>;

export interface LoadSettings {
  readonly names: readonly string[];
  readonly reading: LoadReading;
  readonly profile: Profile;
  readonly rdf: RdfSettings;
  readonly endpoints: Endpoints;
  readonly credentials: Credentials | null;
  readonly auth: AuthScheme;
  readonly store?: StoreName;
  /** The method asked for; by default the store's fastest. */
  readonly method?: LoadMethod;
  /** Triples a batch; by default the method's. */
  readonly batchTriples?: number;
  readonly concurrency: number;
  readonly retry: RetryPolicy;
  readonly timeoutMs: number;
  readonly userAgent: string;
  readonly verify: boolean;
}

export interface LoadHooks {
  onDiagnostic(d: Diagnostic): void;
  /** Why the method is not the one asked for or the fastest (bulk falling back to gsp). */
  onMethodNote(text: string): void;
  /** What the bulk loader has to say (files left behind, a fallback). */
  onNotice(text: string): void;
  onRetry(event: RetryEvent): void;
  onProgress(stats: LoadStats): void;
}

export interface LoadOutcome {
  readonly stats: LoadStats;
  readonly method: LoadMethod;
  /** The pipeline's counts (null when the run stopped before it began). */
  readonly summary: RunSummary | null;
  /** What stopped the store from taking more, or null. */
  readonly fatal: StoreError | null;
  readonly seconds: number;
}

/** A batch path (bulk, quads): the pipeline writes N-Quads text, cut into batches of whole graphs for the store. */
interface BatchSink {
  load(batch: GraphBatch): Promise<void>;
  finish(): Promise<void>;
  settle(): Promise<void>;
}

/** What the paths share: the client, the counts, the callbacks, and where a path's sink goes once made. */
interface Run {
  readonly settings: LoadSettings;
  readonly hooks: LoadHooks;
  readonly client: StoreClient;
  readonly stats: LoadStats;
  readonly pipeline: ConvertOptions;
  /** The method asked for until the store has been asked, then the one chosen. */
  method: LoadMethod;
  sink: BatchSink | Loader | null;
}

function storeClient(settings: LoadSettings, stats: LoadStats, hooks: LoadHooks): StoreClient {
  return new StoreClient({
    auth: new Authenticator(settings.auth, settings.credentials),
    retry: settings.retry,
    timeoutMs: settings.timeoutMs,
    userAgent: settings.userAgent,
    onRequest: () => {
      stats.requests += 1;
    },
    onRetry: (event) => {
      stats.retries += 1;
      hooks.onRetry(event);
    },
  });
}

function mismatch(run: Run): (item: string, graph: string, sent: number, held: number) => void {
  return (item, graph, sent, held) => run.hooks.onDiagnostic({ code: 'load-mismatch', severity: 'error', item, graph, sent, held });
}

function graphLoader(run: Run, method: 'gsp' | 'update', batchTriples: number, verify: boolean): Loader {
  const { settings, hooks, client, stats } = run;
  return new Loader({
    method,
    endpoints: settings.endpoints,
    client,
    stats,
    batchTriples,
    concurrency: settings.concurrency,
    verify,
    onRejected: (payload, error) => hooks.onDiagnostic({ code: 'load-rejected', severity: 'error', item: payload.item, graph: payload.graph, reason: error.message }),
    onMismatch: (payload, held) => mismatch(run)(payload.item, payload.graph, payload.triples, held),
    onProgress: () => hooks.onProgress(stats),
  });
}

function batchSink(run: Run, method: 'bulk' | 'quads', bulkDir: string, batchTriples: number): BatchSink {
  const { settings, hooks, client, stats } = run;
  const { endpoints } = settings;
  // A graph a batch path could not load is sent again on its own, verified, by the per-graph path.
  const fallback = graphLoader(run, endpoints.gsp !== undefined ? 'gsp' : 'update', batchTriples, true);
  const common = { client, stats, verify: settings.verify, fallback, onMismatch: mismatch(run), onProgress: () => hooks.onProgress(stats) };
  // chooseMethod gives bulk only with a query endpoint, and quads only with an N-Quads endpoint.
  if (method === 'bulk') {
    if (endpoints.query === undefined) throw new Error('bulk: no query endpoint');
    return new VirtuosoBulkLoader({ ...common, endpoints: { ...endpoints, query: endpoints.query }, dir: bulkDir, onNotice: (text) => hooks.onNotice(text) });
  }
  if (endpoints.quads === undefined) throw new Error('quads: no N-Quads endpoint');
  return new QuadsLoader({ ...common, endpoints, quads: endpoints.quads, concurrency: settings.concurrency });
}

/** The batch paths: the workers write N-Quads text (as `convert --to nquads` does); the batcher cuts it into whole graphs. */
async function loadBatches(run: Run, sink: BatchSink, batchTriples: number): Promise<RunSummary> {
  run.sink = sink;
  const batcher = new QuadBatcher(batchTriples, (batch) => sink.load(batch));
  const out = batcher.writable();
  const summary = await convert(run.settings.names, { format: OUTPUT_FORMATS.nquads, out, rdf: run.settings.rdf }, run.pipeline);
  out.end();
  await finished(out);
  await sink.finish();
  return summary;
}

/** The per-graph paths (gsp, update): one payload per entity, a few requests in flight. */
async function loadGraphs(run: Run, loader: Loader): Promise<RunSummary> {
  run.sink = loader;
  const payloads = new PayloadBuilder(run.settings.rdf, (d) => run.hooks.onDiagnostic(d));
  const summary = await convert(run.settings.names, null, {
    ...run.pipeline,
    onEntity: async (item) => {
      if (!isIdentified(item)) {
        run.hooks.onDiagnostic({ code: 'item-without-id', severity: 'error', format: 'load' });
        return;
      }
      await loader.add(payloads.payload(item));
    },
  });
  await loader.finish();
  return summary;
}

/** Chooses the method (noted in run.method) and loads by it: returns the pipeline's counts. */
async function loadBy(run: Run): Promise<RunSummary> {
  const { settings, hooks } = run;
  const choice = await chooseMethod({
    ...(settings.method === undefined ? {} : { asked: settings.method }),
    ...(settings.store === undefined ? {} : { store: settings.store }),
    endpoints: settings.endpoints,
    credentials: settings.credentials !== null && settings.auth !== 'none',
    client: run.client,
  });
  if (!choice.ok) throw new WbimportError(choice.reason, { exitCode: EXIT.usage });
  const { method } = choice;
  run.method = method;
  if (choice.note !== undefined) hooks.onMethodNote(choice.note);
  const batchTriples = settings.batchTriples ?? DEFAULT_BATCH_TRIPLES[method];
  return method === 'bulk' || method === 'quads'
    ? loadBatches(run, batchSink(run, method, choice.bulkDir ?? '', batchTriples), batchTriples)
    : loadGraphs(run, graphLoader(run, method, batchTriples, settings.verify));
}

/**
 * Replaces each entity's named graph in the store. A store that refuses or fails stops the run (fatal, with the
 * counts so far: what was loaded stays loaded); any other error is thrown once the requests in flight settle.
 */
export async function loadEntities(settings: LoadSettings, hooks: LoadHooks): Promise<LoadOutcome> {
  const stats = new LoadStats();
  const pipeline: ConvertOptions = { profile: settings.profile, onDiagnostic: (d) => hooks.onDiagnostic(d), ...settings.reading };
  const run: Run = { settings, hooks, client: storeClient(settings, stats, hooks), stats, pipeline, method: settings.method ?? 'gsp', sink: null };
  const started = performance.now();
  let summary: RunSummary | null = null;
  let fatal: StoreError | null = null;
  try {
    summary = await loadBy(run);
  } catch (error) {
    await run.sink?.settle().catch(() => undefined);
    if (!(error instanceof StoreError)) throw error;
    fatal = error;
  }
  return { stats, method: run.method, summary, fatal, seconds: (performance.now() - started) / 1000 };
}
