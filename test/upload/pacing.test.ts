// Pacing: backoff with jitter and the server's Retry-After, the edits-per-minute ceiling, the cookie jar.
import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDelay } from '../../src/upload/backoff.js';
import { seededRandom, VirtualClock } from '../../src/upload/clock.js';
import { CookieJar } from '../../src/upload/cookie-jar.js';
import { Pacer } from '../../src/upload/pacer.js';

const policy = { baseMs: 1000, capMs: 8000, maxAttempts: 8 };

describe('retryDelay', () => {
  it.each([
    [0, 500, 1000],
    [1, 1000, 2000],
    [2, 2000, 4000],
    [3, 4000, 8000],
    [10, 4000, 8000],
  ])('retry %i waits between %i and %i ms (doubling, capped)', (attempt, low, high) => {
    const random = seededRandom(attempt);
    for (let i = 0; i < 50; i += 1) {
      const ms = retryDelay(attempt, policy, random);
      expect(ms).toBeGreaterThanOrEqual(low);
      expect(ms).toBeLessThanOrEqual(high);
    }
  });

  it("never waits less than the server's Retry-After, even beyond the cap", () => {
    expect(retryDelay(0, policy, () => 0, 30_000)).toBe(30_000);
  });

  it('is the same for the same seed', () => {
    const a = seededRandom(9);
    const b = seededRandom(9);
    expect([1, 2, 3].map((n) => retryDelay(n, policy, a))).toEqual([1, 2, 3].map((n) => retryDelay(n, policy, b)));
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['5', 5000],
    ['0', 0],
    ['Thu, 01 Jan 1970 00:00:10 GMT', 10_000],
    ['soon', undefined],
    [null, undefined],
  ])('%s → %s ms', (header, ms) => {
    expect(parseRetryAfter(header, 0)).toBe(ms);
  });
});

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

describe('CookieJar', () => {
  it('keeps, replaces and deletes cookies as Set-Cookie says', () => {
    const jar = new CookieJar();
    jar.store(['session=abc; path=/; HttpOnly', 'user=Importer; Max-Age=60'], 0);
    expect(jar.header(0)).toBe('session=abc; user=Importer');
    jar.store(['session=def; path=/'], 0);
    expect(jar.header(0)).toBe('session=def; user=Importer');
    expect(jar.header(61_000)).toBe('session=def');
    jar.store(['session=deleted; expires=Thu, 01 Jan 1970 00:00:01 GMT'], 1000);
    expect(jar.header(1000)).toBeUndefined();
  });
});
