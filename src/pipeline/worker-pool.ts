// Worker threads that run batches of tasks; each batch's promise resolves with its results in task order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ProcessorConfig, Task, TaskResult } from './task.js';
import type { BatchReply, BatchRequest } from './worker.js';

/** All cores, unless told otherwise. */
export const defaultJobs = (): number => availableParallelism();

// Run from the TypeScript sources (the tests), the worker is the built one: a thread cannot load .ts files.
const WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/pipeline/worker.js', import.meta.url)
  : new URL('./worker.js', import.meta.url);

/**
 * A worker's heap: what it holds for long is small (its caches, the batch at hand: tens of megabytes). The bound
 * keeps a runaway worker from taking the machine; it is well above what a batch needs.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, { resolve: (r: readonly TaskResult[]) => void; reject: (e: Error) => void }>;
}

export class WorkerPool {
  readonly #slots: Slot[];
  #next = 0;
  #failure: Error | null = null;

  constructor(size: number, config: ProcessorConfig) {
    this.#slots = Array.from({ length: size }, () => this.#start(config));
  }

  /** Sends the batch to the least busy worker. */
  run(tasks: readonly Task[]): Promise<readonly TaskResult[]> {
    if (this.#failure !== null) return Promise.reject(this.#failure);
    const slot = this.#slots.reduce((best, s) => (s.pending.size < best.pending.size ? s : best));
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, tasks } satisfies BatchRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }

  #start(config: ProcessorConfig): Slot {
    const worker = new Worker(WORKER_URL, { workerData: config, resourceLimits: WORKER_LIMITS });
    const slot: Slot = { worker, pending: new Map() };
    const fail = (error: Error): void => {
      this.#failure ??= error;
      for (const { reject } of slot.pending.values()) reject(error);
      slot.pending.clear();
    };
    worker.on('message', (reply: BatchReply) => {
      const waiting = slot.pending.get(reply.id);
      if (waiting === undefined) return;
      slot.pending.delete(reply.id);
      if ('error' in reply) waiting.reject(new Error(`in a worker thread: ${reply.error}`));
      else waiting.resolve(reply.results);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (slot.pending.size > 0) fail(new Error(`a worker thread exited (code ${code}) with batches unfinished`));
    });
    return slot;
  }
}
