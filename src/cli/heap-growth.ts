// How the heaps of a run grow: how far past what a full collection kept (a process-wide V8 setting, read at every
// collection, so it reaches this thread's heap, whose limits are fixed once it runs, and the workers'), and how far
// this thread's young generation may grow (less far while worker threads do the work: young-generation.ts).
import { setFlagsFromString } from 'node:v8';
import { releaseYoungGenerations, stopYoungGeneration } from '../pipeline/young-generation.js';

/**
 * Left alone, V8 grows a heap up to 4× its live data on a machine with memory to spare (483 MB peak at 100,000
 * pages on one thread, 402 MB with two workers; docs/benchmark.md, issue 15). One thread doing everything keeps
 * the most live data, so every full collection costs it the most: it may double (310 MB, CPU +3%). With worker
 * threads, this thread mostly reads and writes and each worker keeps about 20 MB: a half (300,000 pages: 420 →
 * 385 MB, CPU +2%; a quarter gave 350 MB for 14% more CPU, and cost one thread alone 29% more).
 */
const GROWTH_PERCENT = { oneThread: 100, withWorkers: 50 } as const;

/**
 * When a full collection starts: marking begins (in steps, beside the work) once the old generation has filled this
 * share of the room its limit left after the last full collection, and at once past the second share. V8's own rule
 * starts it whenever the room left is less than the young generation's size, and it counts against that room the
 * external memory (buffers) made since the last full collection: on the thread that writes the workers' output (it
 * comes as buffers, about 6 bytes of N-Triples a byte of page), that is soon after every collection. That thread
 * made 69-72 full collections in a 30,000-page run (20 MB live) under V8's rule, 36-38 under these shares, and the run
 * took 8-15% less CPU. The limits stay as they were (and external memory keeps its own), so memory stays bounded.
 */
const MARKING_TRIGGER_PERCENT = { soft: 80, hard: 95 } as const;

/** Whether the user set this V8 flag as node's own argument (node refuses it in NODE_OPTIONS): theirs wins. */
function givenByUser(flag: string): boolean {
  return process.execArgv.some((arg) => arg.includes(flag));
}

/**
 * At the start of every command: heaps grow as for one thread, and this thread's young generation stays as small as
 * it starts (loading modules and a profile would take it to 16 MB) until the command knows who does its work.
 */
export function boundHeapsAtStart(): void {
  boundHeapGrowth(1);
  stopYoungGeneration();
}

/**
 * Bounds the heaps' growth for a run with this many worker threads (1: all in this thread, whose young generation
 * may then grow as V8 sees fit; with more, the run's dispatcher bounds it: young-generation.ts).
 */
export function boundHeapGrowth(jobs: number): void {
  if (jobs <= 1) releaseYoungGenerations();
  if (!givenByUser('incremental-marking-soft-trigger') && !givenByUser('incremental-marking-hard-trigger')) {
    setFlagsFromString(`--incremental-marking-soft-trigger=${MARKING_TRIGGER_PERCENT.soft}`);
    setFlagsFromString(`--incremental-marking-hard-trigger=${MARKING_TRIGGER_PERCENT.hard}`);
  }
  if (givenByUser('heap-growing-percent')) return;
  setFlagsFromString(`--heap-growing-percent=${jobs > 1 ? GROWTH_PERCENT.withWorkers : GROWTH_PERCENT.oneThread}`);
}
