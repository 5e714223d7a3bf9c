// The one retry policy: equal-jitter backoff with a cap, the server's Retry-After (seconds or a date; capped or not,
// as the sink's policy says), retryable statuses, and the loop both sinks send their requests in.
import { describe, expect, it } from 'vitest';
import { isRetryableStatus, parseRetryAfter, retryDelay, retrying, seededRandom, type RetryPolicy, type Try } from '../../src/net/index.js';

/** load's defaults: a store's Retry-After is held to the cap. */
const store: RetryPolicy = { retries: 10, initialDelayMs: 500, maxDelayMs: 30_000, capRetryAfter: true };
/** upload's shape: a wiki's Retry-After is waited in full. */
const wiki: RetryPolicy = { retries: 7, initialDelayMs: 1000, maxDelayMs: 8000, capRetryAfter: false };

describe('retryDelay', () => {
  it.each([
    // retry, random, expected: half the backoff fixed, half random
    [0, 0, 250],
    [0, 1, 500],
    [1, 0, 500],
    [1, 1, 1000],
    [3, 0.5, 3000],
    [5, 1, 16_000],
    [6, 1, 30_000],
    [6, 0, 15_000],
    [20, 1, 30_000],
    [2000, 1, 30_000],
  ])('retry %i with random %f waits %i ms', (retry, random, expected) => {
    expect(retryDelay(store, retry, () => random)).toBe(expected);
  });

  it('adds up to more than a restart takes over the default ten retries, yet never waits past the cap', () => {
    const waits = Array.from({ length: 10 }, (_, i) => retryDelay(store, i, () => 0));
    expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThan(60_000);
    expect(Math.max(...waits)).toBeLessThanOrEqual(30_000);
  });

  it.each([
    [0, 500, 1000],
    [1, 1000, 2000],
    [2, 2000, 4000],
    [3, 4000, 8000],
    [10, 4000, 8000],
  ])('retry %i waits between %i and %i ms (doubling, capped)', (retry, low, high) => {
    const random = seededRandom(retry);
    for (let i = 0; i < 50; i += 1) {
      const ms = retryDelay(wiki, retry, random);
      expect(ms).toBeGreaterThanOrEqual(low);
      expect(ms).toBeLessThanOrEqual(high);
    }
  });

  it("never waits less than the server's Retry-After: in full for a wiki, within the cap for a store", () => {
    expect(retryDelay(wiki, 0, () => 0, 30_000)).toBe(30_000);
    expect(retryDelay(store, 0, () => 0, 3_600_000)).toBe(30_000);
    expect(retryDelay(store, 0, () => 1, 2000)).toBe(2000);
    expect(retryDelay(store, 3, () => 1, 10)).toBe(4000);
  });

  it('is the same for the same seed', () => {
    const a = seededRandom(9);
    const b = seededRandom(9);
    expect([1, 2, 3].map((n) => retryDelay(wiki, n, a))).toEqual([1, 2, 3].map((n) => retryDelay(wiki, n, b)));
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-01-01T00:00:00Z');
  it.each([
    [null, undefined],
    ['3', 3000],
    [' 0 ', 0],
    ['Mon, 01 Jan 2024 00:00:05 GMT', 5000],
    ['Sun, 31 Dec 2023 23:59:00 GMT', 0],
    ['soon', undefined],
  ])('Retry-After %j is %j ms', (header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });
});

describe('isRetryableStatus', () => {
  it.each([
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [408, true],
    [413, false],
    [425, true],
    [429, true],
    [500, true],
    [501, false],
    [502, true],
    [503, true],
    [504, true],
    [505, false],
  ])('HTTP %i: %s', (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });
});

describe('retrying', () => {
  const policy: RetryPolicy = { retries: 2, initialDelayMs: 100, maxDelayMs: 1000, capRetryAfter: true };
  const run = (answers: Try<string, string>[], limitPolicy = policy) => {
    const sleeps: number[] = [];
    const waits: string[] = [];
    let sent = 0;
    const result = retrying(async () => answers[sent++] ?? { done: 'late' }, {
      policy: limitPolicy,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      random: () => 1,
      onWait: (why, ms, retry) => waits.push(`${retry} ${why} ${ms}`),
      giveUp: (why, tries) => new Error(`gave up after ${tries} tries: ${why}`),
    });
    return { result, sleeps, waits, sent: () => sent };
  };

  it('waits out failures, with the backoff or the server\'s word, until an answer', async () => {
    const r = run([{ wait: 'HTTP 503' }, { wait: 'HTTP 429', retryAfterMs: 700 }, { done: 'ok' }]);
    expect(await r.result).toBe('ok');
    expect(r.waits).toEqual(['1 HTTP 503 100', '2 HTTP 429 700']);
    expect(r.sleeps).toEqual([100, 700]);
  });

  it('gives up when the retries are spent, saying why and after how many tries', async () => {
    const r = run([{ wait: 'a' }, { wait: 'b' }, { wait: 'c' }]);
    await expect(r.result).rejects.toThrow('gave up after 3 tries: c');
    expect(r.sent()).toBe(3);
  });

  it('lets one kind of failure have more retries than the policy gives', async () => {
    const r = run([{ wait: 'limited', limit: 5 }, { wait: 'limited', limit: 5 }, { wait: 'limited', limit: 5 }, { done: 'ok' }]);
    expect(await r.result).toBe('ok');
    expect(r.sleeps).toEqual([100, 200, 400]);
  });

  it('sends again at once, without counting a retry, when asked (a challenge answered)', async () => {
    const r = run([{ again: true }, { again: true }, { wait: 'x' }, { wait: 'y' }, { done: 'ok' }]);
    expect(await r.result).toBe('ok');
    expect(r.sleeps).toEqual([100, 200]);
    expect(r.sent()).toBe(5);
  });

  it('passes a thrown error through at once', async () => {
    const result = retrying<string, string>(() => Promise.reject(new RangeError('bug')), {
      policy,
      sleep: () => Promise.resolve(),
      random: Math.random,
      giveUp: () => new Error('no'),
    });
    await expect(result).rejects.toThrow(RangeError);
  });
});
