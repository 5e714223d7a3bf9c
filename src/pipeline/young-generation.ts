// The young generations (where V8 places new objects, in two semi-spaces) of a run with worker threads: each worker's
// fixed at its size from its start, and this thread's kept at the size it has when the workers start.
import { setFlagsFromString } from 'node:v8';

/**
 * A worker's semi-spaces, each this many MB (its `resourceLimits` allowed 8). 100,000 pages, two workers, two runs
 * each: 8 MB 248–251 MB peak, 4 MB 229–232 MB, 2 MB 229 MB; the CPU the same within the runs' noise, 2 MB the most.
 */
export const WORKER_SEMI_SPACE_MB = 4;

/**
 * Left alone, V8 grows a busy thread's semi-spaces to node's 16 MB each and keeps them: 32 MB of this thread's heap,
 * mostly empty, while with workers it only reads, places and writes (kept at 1–2 MB, it spent no more CPU over
 * 100,000 pages: docs/benchmark.md). The flags are process-wide and read when V8 configures an isolate (the sizes)
 * or when it grows a semi-space (the growth factor, which 1 stops): so this is called before the workers start.
 */
export function boundYoungGenerations(): void {
  setFlagsFromString(`--min-semi-space-size=${WORKER_SEMI_SPACE_MB}`);
  setFlagsFromString(`--max-semi-space-size=${WORKER_SEMI_SPACE_MB}`);
  holdYoungGeneration();
}

/** V8 puts the growth factor back to its least (2) each time it configures an isolate: called again once a worker runs. */
export function holdYoungGeneration(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}

/** After the run: isolates made later, and this thread's heap, as V8 would have them. */
export function releaseYoungGenerations(): void {
  setFlagsFromString('--min-semi-space-size=0');
  setFlagsFromString('--max-semi-space-size=0');
  setFlagsFromString('--semi-space-growth-factor=2');
}
