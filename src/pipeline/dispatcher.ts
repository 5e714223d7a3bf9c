// Hands tasks out in batches, to worker threads or to a processor in this thread, and gives the results back in
// the order the tasks came, with a bounded number of batches in flight (so memory stays flat on any input size).
import { Processor } from './processor.js';
import type { ProcessorConfig, Task, TaskResult } from './task.js';
import { WorkerPool } from './worker-pool.js';

/**
 * Pages per batch: enough that messaging costs little, few enough that little is in flight. Measured on 100,000
 * pages with two workers: 16 took 25–33 s and 330 MB, 64 took 31–34 s and 387 MB (more of each batch's pages and
 * text outlive a young-generation collection), 8 took 31–35 s.
 */
const BATCH_PAGES = 16;

/** Worker threads start once this many pages have come: a smaller input is done here before they would be up. */
const POOL_AFTER_PAGES = 256;

export class Dispatcher {
  readonly #inFlight: Promise<readonly TaskResult[]>[] = [];
  #batch: Task[] = [];
  #batchPages = 0;
  #pages = 0;
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
    const pages = task.kind === 'pages' ? task.pages.length : 1;
    this.#batchPages += pages;
    this.#pages += pages;
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
    if (this.jobs > 1 && this.#pool === null && !last && this.#pages >= POOL_AFTER_PAGES) this.#pool = new WorkerPool(this.jobs, this.config);
    const results = this.#pool === null ? this.#runHere(tasks) : this.#pool.run(tasks);
    // Taken later, in order; until then a failure must not count as unhandled.
    results.catch(() => {});
    this.#inFlight.push(results);
    while (this.#inFlight.length > Math.max(2, this.jobs * 2)) await this.#takeOldest();
  }

  async #runHere(tasks: readonly Task[]): Promise<readonly TaskResult[]> {
    this.#local ??= new Processor(this.config);
    const results: TaskResult[] = [];
    for (const task of tasks) results.push(await this.#local.run(task));
    return results;
  }

  async #takeOldest(): Promise<void> {
    const oldest = this.#inFlight.shift();
    if (oldest === undefined) return;
    for (const result of await oldest) await this.consume(result);
  }
}
