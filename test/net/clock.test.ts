// Time as a dependency: a virtual clock that records its waits without spending them, and seeded jitter.
import { describe, expect, it } from 'vitest';
import { seededRandom, systemClock, VirtualClock } from '../../src/net/index.js';

describe('VirtualClock', () => {
  it('moves only when slept on, and records each wait', async () => {
    const clock = new VirtualClock(1000);
    await clock.sleep(250);
    await clock.sleep(-5);
    expect(clock.now()).toBe(1250);
    expect(clock.sleeps).toEqual([250, -5]);
  });
});

describe('systemClock', () => {
  it('sleeps for real, a negative wait as none', async () => {
    const before = systemClock.now();
    await systemClock.sleep(-1);
    await systemClock.sleep(5);
    expect(systemClock.now() - before).toBeGreaterThanOrEqual(4);
  });
});

describe('seededRandom', () => {
  it('gives the same numbers in [0, 1) for the same seed, and others for another', () => {
    const a = Array.from({ length: 100 }, seededRandom(7));
    expect(Array.from({ length: 100 }, seededRandom(7))).toEqual(a);
    expect(Array.from({ length: 100 }, seededRandom(8))).not.toEqual(a);
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
