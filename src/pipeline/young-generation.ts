// The young generations (where V8 places new objects, in two semi-spaces) of a run with worker threads: each worker's
// fixed at its size from its start, and this thread's bounded below node's default.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/**
 * A worker's semi-spaces, each this many MB (as its `resourceLimits` allowed). 4 MB saved 8 MB a worker, but its
 * collector's pauses over 30,000 pages took 663–786 ms instead of 420–525 ms (docs/benchmark.md, issue 15).
 */
export const WORKER_SEMI_SPACE_MB = 8;

/**
 * This thread's semi-spaces grow to this many MB each and no further while workers do the work and it reads,
 * places and writes: left alone, V8 takes them to node's 16 MB and keeps them (32 MB of its heap, mostly empty).
 * Its collector's pauses over 30,000 pages (two runs each): node's 16 MB 735–765 ms, 8 MB 933–1,054 ms, 4 MB
 * 1,075–1,135 ms, held at the 1 MB it starts with 1,657–1,990 ms (a page's text lives through a few collections
 * before it is sent, and this thread's pauses hold the workers' next batches back).
 */
export const MAIN_SEMI_SPACE_MB = 8;

/**
 * The flags are process-wide and read when V8 configures an isolate (the sizes) or when it grows a semi-space (the
 * growth factor, which 1 stops): so this is called before the workers start.
 */
export function boundYoungGenerations(): void {
  setFlagsFromString(`--min-semi-space-size=${WORKER_SEMI_SPACE_MB}`);
  setFlagsFromString(`--max-semi-space-size=${WORKER_SEMI_SPACE_MB}`);
  holdYoungGeneration();
}

const newSpaceBytes = (): number => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;

/**
 * Lets this thread's young generation grow until its semi-spaces reach MAIN_SEMI_SPACE_MB, then holds it there;
 * returns whether it is held. Called before the workers start, once each comes online (V8 puts the growth factor
 * back to 2 each time it configures an isolate), and often as pages are read until it is held (V8 grows a
 * semi-space at most once a collection).
 */
export function holdYoungGeneration(): boolean {
  const grown = newSpaceBytes() >= 2 * MAIN_SEMI_SPACE_MB * 2 ** 20;
  setFlagsFromString(`--semi-space-growth-factor=${grown ? 1 : 2}`);
  return grown;
}

/** At a command's start, before it knows whether workers will share its work: this thread's young generation stays. */
export function stopYoungGeneration(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}

/** After the run: isolates made later, and this thread's heap, as V8 would have them. */
export function releaseYoungGenerations(): void {
  setFlagsFromString('--min-semi-space-size=0');
  setFlagsFromString('--max-semi-space-size=0');
  setFlagsFromString('--semi-space-growth-factor=2');
}
