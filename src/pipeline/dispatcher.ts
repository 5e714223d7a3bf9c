// Hands tasks out in batches, to worker threads or to a processor in this thread, and gives the results back in
// the order the tasks came, with a bounded number of batches in flight (so memory stays flat on any input size).
import { Processor } from './processor.js';
import type { ProcessorConfig, Task, TaskResult } from './task.js';
import { WorkerPool } from './worker-pool.js';

/** Pages per batch: big enough that messaging costs little, small enough that workers stay evenly busy. */
const BATCH_PAGES = 64;

export class Dispatcher {
  readonly #inFlight: Promise<readonly TaskResult[]>[] = [];
  #batch: Task[] = [];
  #batchPages = 0;
  #pool: WorkerPool | null = null;
  #local: Processor | null = null;

  constructor(
    private readonly jobs: number,
    private readonly config: ProcessorConfig,
    /** Takes each task's result, in task order; may throw to stop the run (fail-fast). */
    private readonly consume: (result: TaskResult) => Promise<void>,
  ) {}

  async push(task: Task): Promise<void> {
    this.#batch.push(task);
    this.#batchPages += task.kind === 'pages' ? task.pages.length : 1;
    if (this.#batchPages >= BATCH_PAGES) await this.#send(false);
  }

  /** Sends what is left and takes every result. */
  async finish(): Promise<void> {
    if (this.#batch.length > 0) await this.#send(true);
    while (this.#inFlight.length > 0) await this.#takeOldest();
  }

  async close(): Promise<void> {
    await this.#pool?.close();
    this.#pool = null;
  }

  async #send(last: boolean): Promise<void> {
    const tasks = this.#batch;
    this.#batch = [];
    this.#batchPages = 0;
    // Worker threads start with the first full batch: a small input is done in this thread before they would be up.
    if (this.jobs > 1 && this.#pool === null && !last) this.#pool = new WorkerPool(this.jobs, this.config);
    if (this.#pool === null) {
      this.#local ??= new Processor(this.config);
      const local = this.#local;
      this.#inFlight.push((async () => {
        const results: TaskResult[] = [];
        for (const task of tasks) results.push(await local.run(task));
        return results;
      })());
    } else {
      const results = this.#pool.run(tasks);
      // Taken later, in order; until then a failure must not count as unhandled.
      results.catch(() => {});
      this.#inFlight.push(results);
    }
    while (this.#inFlight.length > Math.max(2, this.jobs * 2)) await this.#takeOldest();
  }

  async #takeOldest(): Promise<void> {
    const oldest = this.#inFlight.shift();
    if (oldest === undefined) return;
    for (const result of await oldest) await this.consume(result);
  }
}
