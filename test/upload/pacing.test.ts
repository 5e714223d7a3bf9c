// Pacing: the edits-per-minute ceiling (backoff and Retry-After are the network layer's: test/net/retry.test.ts).
import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../src/net/index.js';
import { Pacer } from '../../src/upload/pacer.js';

describe('Pacer', () => {
  it('spaces edits to the ceiling, and tells why it waits', async () => {
    const clock = new VirtualClock();
    const pacer = new Pacer(30, clock);
    const waits: number[] = [];
    for (let i = 0; i < 4; i += 1) await pacer.beforeEdit((ms) => waits.push(ms));
    expect(waits).toEqual([2000, 2000, 2000]);
    expect(clock.now()).toBe(6000);
  });

  it('does not wait when the edits come slower than the ceiling', async () => {
    const clock = new VirtualClock();
    const pacer = new Pacer(60, clock);
    await pacer.beforeEdit();
    await clock.sleep(5000);
    await pacer.beforeEdit();
    expect(clock.sleeps).toEqual([5000]);
  });
});
