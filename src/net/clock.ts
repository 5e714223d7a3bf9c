// Time as a dependency: the clock and sleep that pacing and retries use, replaceable so tests never wait.
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** A clock that only moves when slept on: a test sees every wait without spending it. */
export class VirtualClock implements Clock {
  readonly sleeps: number[] = [];
  constructor(private time = 0) {}
  now(): number {
    return this.time;
  }
  sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time += Math.max(0, ms);
    return Promise.resolve();
  }
}

/** mulberry32: a small seeded generator, so the jitter of retries is reproducible when it must be. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
