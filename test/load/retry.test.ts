import { describe, expect, it } from 'vitest';
import {
  describeError,
  isRetryableError,
  isRetryableStatus,
  retryAfterMs,
  retryDelay,
  serverRefusal,
  type RetryPolicy,
} from '../../src/load/index.js';

const policy: RetryPolicy = { retries: 10, initialDelayMs: 500, maxDelayMs: 30_000 };

describe('retryDelay', () => {
  it.each([
    // attempt, random, expected: half the backoff fixed, half random
    [0, 0, 250],
    [0, 1, 500],
    [1, 0, 500],
    [1, 1, 1000],
    [3, 0.5, 3000],
    [5, 1, 16_000],
    [6, 1, 30_000],
    [6, 0, 15_000],
    [20, 1, 30_000],
  ])('attempt %i with random %f waits %i ms', (attempt, random, expected) => {
    expect(retryDelay(policy, attempt, () => random)).toBe(expected);
  });

  it('adds up to more than a restart takes over the default ten retries, yet never waits past the cap', () => {
    const waits = Array.from({ length: 10 }, (_, i) => retryDelay(policy, i, () => 0));
    expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThan(60_000);
    expect(Math.max(...waits)).toBeLessThanOrEqual(30_000);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2024-01-01T00:00:00Z');
  it.each([
    [null, undefined],
    ['3', 3000],
    [' 0 ', 0],
    ['Mon, 01 Jan 2024 00:00:05 GMT', 5000],
    ['Sun, 31 Dec 2023 23:59:00 GMT', 0],
    ['soon', undefined],
  ])('Retry-After %j is %j ms', (header, expected) => {
    expect(retryAfterMs(header, now)).toBe(expected);
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
    [429, true],
    [500, true],
    [501, false],
    [502, true],
    [503, true],
    [504, true],
  ])('HTTP %i: %s', (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });
});

function fetchFailed(code: string): TypeError {
  const cause = Object.assign(new Error(`connect ${code} 127.0.0.1:1`), { code });
  return new TypeError('fetch failed', { cause });
}

describe('isRetryableError', () => {
  it.each([
    ['connection refused', fetchFailed('ECONNREFUSED'), true, 'ECONNREFUSED'],
    ['connection reset', fetchFailed('ECONNRESET'), true, 'ECONNRESET'],
    ['socket closed by the server', new TypeError('fetch failed', { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) }), true, 'UND_ERR_SOCKET'],
    ['timeout', new DOMException('The operation was aborted due to timeout', 'TimeoutError'), true, 'timed out'],
    ['a bug', new RangeError('oops'), false, 'oops'],
    ['an invalid URL', new TypeError('Invalid URL'), false, 'Invalid URL'],
  ])('%s', (_, error, retryable, described) => {
    expect(isRetryableError(error)).toBe(retryable);
    expect(describeError(error)).toBe(described);
  });
});

describe('serverRefusal (Virtuoso answers refusals with HTTP 500)', () => {
  it.each([
    ['Virtuoso 42000 Error SR186: No permission to execute procedure DB.DBA.SPARUL_CLEAR', 'auth'],
    ['Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error', 'rejected'],
    ['Virtuoso 37000 Error SP031: SPARQL: Internal error: The length of generated SQL text has exceeded 10000 lines', 'rejected'],
    ['Error 22023 The PUT request for graph <g> is rejected', 'rejected'],
    ['Virtuoso 40001 Error SR172: Transaction deadlocked', null],
    ['Internal Server Error', null],
    ['', null],
  ])('%j', (text, expected) => {
    expect(serverRefusal(text)).toBe(expected);
  });
});
