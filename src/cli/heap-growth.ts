// How far V8 lets each heap of a run grow past what its last full collection kept: a process-wide V8 setting, read
// at every collection, so it reaches this thread's heap (whose limits are fixed once it runs) and the workers'.
import { setFlagsFromString } from 'node:v8';

/**
 * Left alone, V8 grows a heap up to 4× its live data on a machine with memory to spare (483 MB peak at 100,000
 * pages on one thread, 402 MB with two workers; docs/benchmark.md, issue 15). One thread doing everything keeps
 * the most live data, so every full collection costs it the most: it may double (310 MB, CPU +3%). With worker
 * threads, this thread mostly reads and writes and each worker keeps about 20 MB: a half (300,000 pages: 420 →
 * 385 MB, CPU +2%; a quarter gave 350 MB for 14% more CPU, and cost one thread alone 29% more).
 */
const GROWTH_PERCENT = { oneThread: 100, withWorkers: 50 } as const;

/** Whether the user set the growth themselves, as node's own argument (node refuses it in NODE_OPTIONS): theirs wins. */
function givenByUser(): boolean {
  return process.execArgv.some((arg) => arg.includes('heap-growing-percent'));
}

/** Bounds the heaps' growth for a run with this many worker threads (1: all in this thread). */
export function boundHeapGrowth(jobs: number): void {
  if (givenByUser()) return;
  setFlagsFromString(`--heap-growing-percent=${jobs > 1 ? GROWTH_PERCENT.withWorkers : GROWTH_PERCENT.oneThread}`);
}
