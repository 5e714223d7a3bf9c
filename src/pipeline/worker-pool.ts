// Worker threads that run batches of tasks; each batch's promise resolves with its results in task order. A worker
// that dies (out of memory, a crash) is replaced: the batches it held are run again one task at a time, and a task
// that kills a worker on its own is answered with a worker-failed diagnostic, so the run goes on.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics/index.js';
import type { ProcessorConfig, Task, TaskResult } from './task.js';
import type { BatchReply, BatchRequest } from './worker.js';
import { staleBuild } from './build-freshness.js';
import { holdYoungGeneration } from './young-generation.js';

/** All cores, unless told otherwise. */
export const defaultJobs = (): number => availableParallelism();

// Run from the TypeScript sources (the tests), the worker is the built one: a thread cannot load .ts files.
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const WORKER_URL = FROM_SOURCES ? new URL('../../dist/pipeline/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url);

/** Run from the sources, the workers run dist/: it must have been built from these sources, or the run would mix them. */
function checkWorkerBuild(): void {
  if (!FROM_SOURCES) return;
  const stale = staleBuild(fileURLToPath(new URL('../../', import.meta.url)));
  if (stale !== null) throw new Error(`the worker threads cannot start: ${stale}`);
}

/**
 * A worker's heap: what it holds for long is small (its caches, the batch at hand: tens of megabytes; a batch is
 * at most 16 pages of at most --max-page-bytes each). The bound keeps a runaway worker from taking the machine.
 * (Its young generation is set by young-generation.ts, whose flags V8 reads before these limits.)
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };

/** Workers dead with no answer from any in between, before the pool gives up (one that cannot start would loop). */
const MAX_DEATHS_IN_A_ROW = 16;

interface Pending {
  readonly tasks: readonly Task[];
  readonly resolve: (r: readonly TaskResult[]) => void;
  readonly reject: (e: Error) => void;
  /** Whether this is a task of a dead worker's batch, run alone. */
  readonly alone: boolean;
}

interface Slot {
  worker: Worker;
  readonly pending: Map<number, Pending>;
}

/** The result of a task that killed its worker: each of its pages (or its entity) reported, nothing else. */
function failedResult(task: Task, reason: string): TaskResult {
  const failed = (file: string, line: number): Diagnostic => ({ code: 'worker-failed', severity: 'error', span: { file, line, column: 1 }, reason });
  if (task.kind === 'diagnostic') return { events: [{ diagnostic: task.diagnostic }], pages: 0, entities: [] };
  if (task.kind === 'entity') {
    const { file, line } = task.source;
    return { events: [{ input: { kind: 'entity', file, line } }, { diagnostic: failed(file, line) }], pages: 0, entities: [] };
  }
  const events = task.pages.flatMap((p) => [{ input: { kind: 'page' as const, file: p.file, line: p.line } }, { diagnostic: failed(p.file, p.line) }]);
  return { events, pages: task.pages.length, entities: [] };
}

export class WorkerPool {
  readonly #slots: Slot[];
  #next = 0;
  #deathsInARow = 0;
  #failure: Error | null = null;
  #closing = false;

  constructor(
    size: number,
    private readonly config: ProcessorConfig,
  ) {
    checkWorkerBuild();
    this.#slots = Array.from({ length: size }, () => this.#start());
  }

  /** Sends the batch to the least busy worker. */
  run(tasks: readonly Task[]): Promise<readonly TaskResult[]> {
    if (this.#failure !== null) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => this.#send({ tasks, resolve, reject, alone: false }));
  }

  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }

  #send(pending: Pending): void {
    const slot = this.#slots.reduce((best, s) => (s.pending.size < best.pending.size ? s : best));
    const id = this.#next++;
    slot.pending.set(id, pending);
    slot.worker.postMessage({ id, tasks: pending.tasks } satisfies BatchRequest);
  }

  #start(): Slot {
    const slot: Slot = { worker: this.#worker(), pending: new Map() };
    this.#listen(slot);
    return slot;
  }

  #worker(): Worker {
    const worker = new Worker(WORKER_URL, { workerData: this.config, resourceLimits: WORKER_LIMITS });
    // Its isolate configured, V8 has let young generations grow again (young-generation.ts).
    worker.once('online', holdYoungGeneration);
    return worker;
  }

  #listen(slot: Slot): void {
    const { worker } = slot;
    let dead = false;
    const died = (reason: string): void => {
      if (dead || this.#closing) return;
      dead = true;
      this.#died(slot, reason);
    };
    worker.on('message', (reply: BatchReply) => {
      const waiting = slot.pending.get(reply.id);
      if (waiting === undefined) return;
      slot.pending.delete(reply.id);
      this.#deathsInARow = 0;
      if ('error' in reply) waiting.reject(new Error(`in a worker thread: ${reply.error}`));
      else waiting.resolve(reply.results);
    });
    worker.on('error', (error) => died(error.message));
    worker.on('exit', (code) => died(`exit code ${code}`));
  }

  /**
   * Replaces a dead worker. A worker works on its batches in order, so the oldest it held is the one it died on:
   * a task run alone is reported; a batch is run again task by task; the batches behind it are sent again.
   */
  #died(slot: Slot, reason: string): void {
    const orphans = [...slot.pending.values()];
    slot.pending.clear();
    void slot.worker.terminate();
    if ((this.#deathsInARow += 1) > MAX_DEATHS_IN_A_ROW) {
      // Workers die without answering anything: something other than a page is wrong.
      this.#failure ??= new Error(`worker threads keep failing (${reason})`);
      for (const o of orphans) o.reject(this.#failure);
      return;
    }
    slot.worker = this.#worker();
    this.#listen(slot);
    for (const [i, orphan] of orphans.entries()) {
      if (orphan.alone && i === 0) {
        orphan.resolve([failedResult(orphan.tasks[0] as Task, reason)]);
      } else if (orphan.alone) {
        this.#send(orphan);
      } else {
        // Each task alone, then the batch's results put back together in order.
        const results = orphan.tasks.map(
          (task) => new Promise<readonly TaskResult[]>((resolve, reject) => this.#send({ tasks: [task], resolve, reject, alone: true })),
        );
        Promise.all(results).then((r) => orphan.resolve(r.flat()), orphan.reject);
      }
    }
  }
}
