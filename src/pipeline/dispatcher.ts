// Hands tasks out in batches, to worker threads or to a processor in this thread, and gives the results back in
// the order the tasks were sent, with a bounded number of batches in flight (so memory stays flat on any input size).
import { Processor } from './processor.js';
import type { ProcessorConfig, Task, TaskResult } from './task.js';
import { WorkerPool } from './worker-pool.js';
import { boundYoungGenerations, holdYoungGeneration, releaseYoungGenerations } from './young-generation.js';

/**
 * Pages per batch: enough that messaging costs little, few enough that little is in flight. Measured on 100,000
 * pages with two workers: 16 took 25–33 s and 330 MB, 64 took 31–34 s and 387 MB (more of each batch's pages and
 * text outlive a young-generation collection), 8 took 31–35 s.
 */
export const BATCH_PAGES = 16;

/**
 * Pages sent at most ahead of the output's position (the first page of the oldest item still waiting for pages): their
 * results wait, as text six to eight times the pages' size; the pages further on wait as read. Enough that the
 * workers keep busy while the reader goes on to the page that lets the output move.
 */
export const AHEAD_PAGES = 512;

/** Worker threads start once this many pages have come: a smaller input is done here before they would be up. */
export const POOL_AFTER_PAGES = 256;

/** How often the first pass lets this thread's young generation be held at its size (young-generation.ts). */
const HOLD_EVERY_PAGES = 64;

export interface DispatchTuning {
  /** Pages per batch (default BATCH_PAGES). */
  readonly batchPages?: number;
  /** Pages before worker threads start (default POOL_AFTER_PAGES). */
  readonly poolAfterPages?: number;
  /** Pages sent ahead of the output's position (default AHEAD_PAGES). */
  readonly aheadPages?: number;
}

interface Sent {
  readonly places: readonly number[];
  readonly results: Promise<readonly TaskResult[]>;
}

export class Dispatcher {
  readonly #inFlight: Sent[] = [];
  #batch: Task[] = [];
  #places: number[] = [];
  #batchPages = 0;
  #pages = 0;
  #pool: WorkerPool | null = null;
  #local: Processor | null = null;
  // Batches run in this thread run one after another: a processor works on one task at a time.
  #localQueue: Promise<unknown> = Promise.resolve();
  readonly #batchLimit: number;
  readonly #poolAfter: number;
  // Whether this thread's young generation needs watching no more: without workers, from the start; with them, once
  // it has reached its bound (then only a worker's start undoes the hold, and the pool holds it again as the worker
  // comes online).
  #youngHeld: boolean;

  constructor(
    private readonly jobs: number,
    private readonly config: ProcessorConfig,
    /** Takes each task's result with the place it was sent with, in the order sent; may throw to stop the run. */
    private readonly consume: (result: TaskResult, place: number) => Promise<void>,
    tuning: DispatchTuning = {},
  ) {
    this.#batchLimit = Math.max(1, tuning.batchPages ?? BATCH_PAGES);
    this.#poolAfter = tuning.poolAfterPages ?? POOL_AFTER_PAGES;
    // With workers, this thread reads, places and writes: its young generation stays small from the first pass on.
    this.#youngHeld = jobs <= 1;
    if (jobs > 1) boundYoungGenerations();
  }

  async push(task: Task, place: number): Promise<void> {
    this.#batch.push(task);
    this.#places.push(place);
    const pages = task.kind === 'pages' ? task.pages.length : 1;
    this.#batchPages += pages;
    this.#pages += pages;
    if (this.#batchPages >= this.#batchLimit) await this.#send(false);
  }

  /**
   * Told that at least this many pages will come (a first pass counts them): the worker threads start now if that
   * is enough, to load while the pass goes on, and the first pages are not worked on here as well.
   */
  foresee(pages: number): void {
    if (pages % HOLD_EVERY_PAGES === 0) this.#holdYoungGeneration();
    if (this.jobs > 1 && this.#pool === null && pages >= this.#poolAfter) this.#pool = new WorkerPool(this.jobs, this.config);
  }

  /** Sends what is left and takes every result. */
  async finish(): Promise<void> {
    if (this.#batch.length > 0) await this.#send(true);
    while (this.#inFlight.length > 0) await this.#takeOldest();
  }

  async close(): Promise<void> {
    await this.#pool?.close();
    this.#pool = null;
    if (this.jobs > 1) releaseYoungGenerations();
  }

  async #send(last: boolean): Promise<void> {
    this.#holdYoungGeneration();
    const tasks = this.#batch;
    const places = this.#places;
    this.#batch = [];
    this.#places = [];
    this.#batchPages = 0;
    if (this.jobs > 1 && this.#pool === null && !last && this.#pages >= this.#poolAfter) this.#pool = new WorkerPool(this.jobs, this.config);
    const results = this.#pool === null ? this.#runHere(tasks) : this.#pool.run(tasks);
    // Taken later, in order; until then a failure must not count as unhandled.
    results.catch(() => {});
    this.#inFlight.push({ places, results });
    while (this.#inFlight.length > Math.max(2, this.jobs * 2)) await this.#takeOldest();
  }

  #holdYoungGeneration(): void {
    if (!this.#youngHeld) this.#youngHeld = holdYoungGeneration();
  }

  #runHere(tasks: readonly Task[]): Promise<readonly TaskResult[]> {
    const local = (this.#local ??= new Processor(this.config));
    const run = this.#localQueue.then(async () => {
      const results: TaskResult[] = [];
      for (const task of tasks) results.push(await local.run(task));
      return results;
    });
    this.#localQueue = run.catch(() => {});
    return run;
  }

  async #takeOldest(): Promise<void> {
    const oldest = this.#inFlight.shift();
    if (oldest === undefined) return;
    const results = await oldest.results;
    for (const [i, result] of results.entries()) await this.consume(result, oldest.places[i] as number);
  }
}
