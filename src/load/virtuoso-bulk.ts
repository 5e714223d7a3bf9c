// Virtuoso's own bulk path: each batch of entity graphs written as an N-Quads file into a directory the server may
// read (its DirsAllowed), the old triples of the graphs it replaces deleted, then `ld_add` + `rdf_loader_run()`, and
// a `checkpoint` at the end; all through SQL over HTTP (virtuoso-sql.ts). Files are written while the server loads the
// previous one, so conversion and loading run at once.
import { randomBytes } from 'node:crypto';
import { mkdir, rm, unlink, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { triplesByGraph, type GraphBatch } from './batches.js';
import type { Endpoints } from './endpoints.js';
import type { Loader, LoadStats } from './loader.js';
import { ntriplesPayload } from './payload.js';
import { excerpt, StoreError, type StoreClient } from './store-client.js';
import { verifyBatch } from './verify.js';
import { execExpression, sparqlString, sqlCallRequest, sqlCallValues, sqlString } from './virtuoso-sql.js';

/** Graphs emptied in one request (one statement call each, about 200 kB), or named in one count query. */
const GRAPHS_PER_STATEMENT = 1000;
/**
 * Empties one graph, led by the index from graphs to subjects (RDF_QUAD_GS, then RDF_QUAD_SP and the primary key):
 * the cost follows the quads deleted, not the store's size. Without the hint, Virtuoso 7.2 scans all of RDF_QUAD for
 * each statement; a list of graphs in one statement (`G in (…)`) scans it once but tests every row against every
 * graph of the list. Measured on 430 graphs of 43,936 quads in a store of 218,832: the list 2.97 s, this 1.0 s.
 */
const EMPTY_GRAPH = 'delete from DB.DBA.RDF_QUAD table option (index RDF_QUAD_GS) where G = iri_to_id(?, 0)';
/** The same without the index, which an administrator may have dropped (Virtuoso's tuning guide suggests GPSO instead). */
const emptyGraphsByScan = (graphs: readonly string[]): string =>
  `delete from DB.DBA.RDF_QUAD where G in (${graphs.map((g) => `iri_to_id(${sqlString(g)}, 0)`).join(', ')})`;
/** Batches written ahead of the one the server is loading: one more file on disk and in memory, no more. */
const AHEAD = 1;
/** How long a file queued or taken by another loader is waited for: 3,000 × 200 ms, ten minutes. */
const LOADER_WAITS = 3000;
const LOADER_POLL_MS = 200;

export type BulkProbe = { readonly ok: true; readonly dir: string } | { readonly ok: false; readonly reason: string };

/**
 * Whether the store can read files this process writes: asks Virtuoso for its DirsAllowed (over SQL, which needs a
 * SQL user allowed to call `cfg_item_value`, i.e. dba), makes a directory of our own in the first one we can write,
 * and has the server read a file with a random token back. Only then is the bulk path used: same host, same files.
 */
export async function probeBulk(client: StoreClient, endpoint: URL): Promise<BulkProbe> {
  let dirs: string | undefined;
  let root: string | undefined;
  try {
    const response = await client.send(sqlCallRequest(endpoint, ['bif:cfg_item_value(bif:virtuoso_ini_path(), "Parameters", "DirsAllowed")', 'bif:server_root()']));
    [dirs, root] = sqlCallValues(response.text, 2);
  } catch (error) {
    if (error instanceof StoreError && error.kind === 'unavailable' && error.status === undefined) throw error;
    return { ok: false, reason: `its SQL is not reachable over HTTP with these credentials (${error instanceof Error ? error.message : String(error)})` };
  }
  const allowed = (dirs ?? '').split(',').map((d) => d.trim()).filter((d) => d !== '');
  // The server's working directory (".") is its database directory: tried last.
  const candidates = [...allowed.filter((d) => d !== '.'), ...allowed.filter((d) => d === '.')].map((d) =>
    isAbsolute(d) ? d : resolve(root ?? '/nonexistent', d),
  );
  if (candidates.length === 0) return { ok: false, reason: 'its DirsAllowed is empty' };
  const tried: string[] = [];
  for (const candidate of candidates) {
    const dir = join(candidate, `wbimport-load-${process.pid}-${randomBytes(4).toString('hex')}`);
    try {
      await mkdir(dir, { mode: 0o755 });
    } catch {
      tried.push(`${candidate} (not writable here)`);
      continue;
    }
    const token = randomBytes(16).toString('hex');
    const probe = join(dir, 'probe.txt');
    try {
      await writeFile(probe, token, { mode: 0o644 });
      const response = await client.send(sqlCallRequest(endpoint, [`bif:file_to_string(${sparqlString(probe)})`]));
      if (sqlCallValues(response.text, 1)[0] === token) {
        await unlink(probe);
        return { ok: true, dir };
      }
      tried.push(`${candidate} (the server read other content: another host?)`);
    } catch (error) {
      tried.push(`${candidate} (the server cannot read it: ${error instanceof Error ? error.message.slice(0, 120) : String(error)})`);
    }
    await rm(dir, { recursive: true, force: true });
  }
  return { ok: false, reason: `it cannot read the files wbimport writes in its DirsAllowed: ${tried.join('; ')}` };
}

export interface BulkLoaderOptions {
  readonly client: StoreClient;
  /** The authenticated query endpoint (SQL calls and counts). */
  readonly endpoints: Endpoints & { readonly query: URL };
  /** Our directory under the server's DirsAllowed (from probeBulk). */
  readonly dir: string;
  readonly stats: LoadStats;
  /** Count each replaced graph's triples after loading it (--verify). */
  readonly verify: boolean;
  /** The graphs of a file the bulk loader gave up on are sent again by this loader (GSP, verified), one by one. */
  readonly fallback: Loader;
  readonly onMismatch: (item: string, graph: string, sent: number, held: number) => void;
  /** Told when a file's graphs go again by the fallback, and why. */
  readonly onNotice?: (text: string) => void;
  readonly onProgress?: () => void;
}

export class VirtuosoBulkLoader {
  private readonly jobs: Promise<void>[] = [];
  private fatal: unknown = null;
  /** Whether graphs are emptied through RDF_QUAD_GS (until the store says it has no such index). */
  private graphIndex = true;

  constructor(private readonly options: BulkLoaderOptions) {}

  /** Writes the batch's file and queues its load; resolves when the next batch may be written. */
  async load(batch: GraphBatch): Promise<void> {
    this.throwIfFatal();
    while (this.jobs.length > AHEAD) await this.jobs[0];
    this.throwIfFatal();
    const file = join(this.options.dir, `batch-${batch.index}.nq`);
    await writeFile(file, batch.bytes, { mode: 0o644 });
    const previous = this.jobs.at(-1) ?? Promise.resolve();
    const job: Promise<void> = previous
      .then(() => (this.fatal === null ? this.run(batch, file) : undefined))
      .catch((error: unknown) => {
        this.fatal ??= error;
      })
      .finally(() => {
        this.jobs.splice(this.jobs.indexOf(job), 1);
        this.options.onProgress?.();
      });
    this.jobs.push(job);
  }

  /** Waits for every load, makes it durable (checkpoint), removes our files; throws if the store failed. */
  async finish(): Promise<void> {
    await this.settle();
    this.throwIfFatal();
    const started = performance.now();
    await this.call([execExpression('checkpoint')]);
    this.options.stats.timed('checkpoint', started);
  }

  /** Waits for the loads in flight and removes our directory (also after a failure). */
  async settle(): Promise<void> {
    while (this.jobs.length > 0) await this.jobs[0];
    await rm(this.options.dir, { recursive: true, force: true });
  }

  private throwIfFatal(): void {
    if (this.fatal !== null) throw this.fatal;
  }

  private async call(expressions: readonly string[]): Promise<(string | undefined)[]> {
    const response = await this.options.client.send(sqlCallRequest(this.options.endpoints.query, expressions));
    return sqlCallValues(response.text, expressions.length);
  }

  /**
   * An item's old triples never survive: its graph is emptied before the loader adds the new ones, in the same request
   * (below). Graphs the store has never seen have no id yet (iri_to_id(…, 0) is NULL), so on a fresh store a graph
   * costs only its statement call. The delete runs without the transaction log and commits row by row
   * (log_enable(3)), as Virtuoso advises for big deletes and as its loader inserts; the log is switched back on after
   * it (the final checkpoint makes both durable).
   *
   * The deletes, the file's queueing and the loader's run go in one request when the batch replaces up to 1,000
   * graphs (at the default --batch-size, entities of 50 triples or more): Virtuoso finishes a request whose client
   * went away, so a load stopped between requests leaves each graph either old or new. The statements run by `exec`
   * keep the order written; `sql:` calls in one SELECT do not (Virtuoso evaluates them first), hence `exec` here.
   * One after the other, not beside the next batch: deleting the next batch's graphs while the loader read this one
   * (tried, to give the delete the second core) was no faster here, each step slower under the other's contention.
   */
  private async run(batch: GraphBatch, file: string): Promise<void> {
    const replaced = [...batch.graphs].filter(([, g]) => g.mode === 'replace').map(([iri]) => iri);
    const { stats } = this.options;
    const chunks: string[][] = [];
    for (let i = 0; i < replaced.length; i += GRAPHS_PER_STATEMENT) chunks.push(replaced.slice(i, i + GRAPHS_PER_STATEMENT));
    const last = chunks.pop() ?? [];
    let started = performance.now();
    for (const chunk of chunks) await this.emptyGraphs(chunk, []);
    stats.timed('delete', started);
    started = performance.now();
    // The server's clock after the deletes, kept in the registry, splits the request's time into its two steps.
    const mark = `wbimport:${basename(this.options.dir)}:deleted`;
    const began = await this.emptyGraphs(last, [
      execExpression(`registry_set(${sqlString(mark)}, cast(msec_time() as varchar))`),
      execExpression('delete from DB.DBA.load_list where ll_file = ?', file),
      // ld_add queues the file (the graph given is only for triples without one: ours all name theirs).
      execExpression("DB.DBA.ld_add(?, 'urn:x-wbimport:no-graph')", file),
      execExpression('DB.DBA.rdf_loader_run()'),
    ]);
    const [deleted] = await this.call([`bif:registry_get(${sparqlString(mark)})`, execExpression(`registry_remove(${sqlString(mark)})`)]);
    const deleteSeconds = Math.max(0, (Number(deleted) - Number(began)) / 1000) || 0;
    stats.spent('delete', deleteSeconds);
    stats.spent('load', Math.max(0, (performance.now() - started) / 1000 - deleteSeconds));
    started = performance.now();
    const failure = await this.loaderOutcome(file);
    stats.timed('load', started);
    await unlink(file).catch(() => undefined);
    if (failure !== null) {
      // The loader took none or part of the file: its graphs go again one by one (verified), so a graph the store
      // refuses is reported by name and the others still arrive.
      this.options.onNotice?.(`${failure}: its ${batch.graphs.size} graphs are sent again one by one`);
      const byGraph = triplesByGraph(batch);
      for (const [graph, entry] of batch.graphs) {
        await this.options.fallback.add({ item: entry.item, graph, ...ntriplesPayload(byGraph.get(graph) ?? '') });
      }
      await this.options.fallback.finish();
      return;
    }
    stats.items += batch.graphs.size;
    stats.triples += batch.triples;
    if (this.options.verify) {
      started = performance.now();
      await this.verify(batch, replaced);
      stats.timed('verify', started);
    }
  }

  /**
   * Deletes every quad of these graphs, one statement call per graph, then runs `then`, in one request (a graph the
   * store has never seen has no id, and costs only its call). Returns the server's clock (ms) when the request began.
   * Falls back for the rest of the run to one statement scanning the table when the store has no RDF_QUAD_GS index.
   */
  private async emptyGraphs(graphs: readonly string[], then: readonly string[]): Promise<string | undefined> {
    const request = (deletes: readonly string[]): string[] => ['bif:msec_time()', 'bif:log_enable(3, 1)', ...deletes, 'bif:log_enable(1, 1)', ...then];
    if (this.graphIndex) {
      try {
        return (await this.call(request(graphs.map((g) => execExpression(EMPTY_GRAPH, g)))))[0];
      } catch (error) {
        if (!(error instanceof StoreError && /RDF_QUAD_GS/u.test(error.message))) throw error;
        this.graphIndex = false;
        this.options.onNotice?.(`Virtuoso has no index RDF_QUAD_GS: the old triples are deleted by scanning RDF_QUAD (${excerpt(error.message, 160)})`);
      }
    }
    return (await this.call(request(graphs.length === 0 ? [] : [execExpression(emptyGraphsByScan(graphs))])))[0];
  }

  /**
   * What the loader made of the file: null when it loaded it, else why not. The loader reports a file's failure only
   * in its table (DB.DBA.load_list), which SPARQL cannot select from, so a statement run by exec copies the row into
   * Virtuoso's registry under a key of this run's own, where bif:registry_get reads it; the row is then deleted. A
   * file another loader has taken (a second `load`, or someone's rdf_loader_run, at the same time) is waited for.
   */
  private async loaderOutcome(file: string): Promise<string | null> {
    const name = `wbimport:${basename(this.options.dir)}`;
    const key = sqlString(name);
    let outcome: string | null = null;
    for (let round = 0; ; round += 1) {
      await this.call([execExpression(`registry_remove(${key})`)]);
      await this.call([
        execExpression(`select registry_set(${key}, sprintf('%d %s', ll_state, coalesce(ll_error, ''))) from DB.DBA.load_list where ll_file = ${sqlString(file)}`),
      ]);
      const [said] = await this.call([`bif:registry_get(${sparqlString(name)})`]);
      const row = /^(\d+) ?(.*)$/su.exec(said ?? '');
      // ll_state 0: queued, 1: being loaded, 2: done (with ll_error when the loader gave the file up).
      if (row?.[1] === '2') {
        outcome = row[2] === '' ? null : `Virtuoso's bulk loader gave up ${basename(file)}: ${row[2]}`;
        break;
      }
      if ((row?.[1] === '0' || row?.[1] === '1') && round < LOADER_WAITS) {
        if (row[1] === '0') await this.call(['sql:rdf_loader_run()']);
        else await sleep(LOADER_POLL_MS);
        continue;
      }
      outcome = `Virtuoso's bulk loader did not load ${basename(file)} (${row === null ? 'it is not in DB.DBA.load_list' : `ll_state ${row[1] ?? '?'}`})`;
      break;
    }
    await this.call([execExpression(`delete from DB.DBA.load_list where ll_file = ${sqlString(file)}`)]);
    await this.call([execExpression(`registry_remove(${key})`)]);
    return outcome;
  }

  /** --verify: counts each replaced graph's triples; a graph holding another number is reported. */
  private async verify(batch: GraphBatch, replaced: readonly string[]): Promise<void> {
    const { client, endpoints, stats, onMismatch } = this.options;
    await verifyBatch(batch, replaced, { client, query: endpoints.query, stats, onMismatch });
  }
}
