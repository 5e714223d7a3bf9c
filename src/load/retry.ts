// When to try a request again and how long to wait: exponential backoff with a cap, jittered, sleep injectable.
import { setTimeout as delay } from 'node:timers/promises';

export interface RetryPolicy {
  /** How many times a request is sent again after its first try. */
  readonly retries: number;
  /** The wait before the first retry; each later wait doubles, up to `maxDelayMs`. */
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * Ten retries from half a second, doubling to at most 30 s, wait 1¼–2½ minutes in all (jittered): longer than a
 * triple store takes to restart (Virtuoso: 2–5 s; a big database rolls its log forward for longer).
 */
export const DEFAULT_RETRY: RetryPolicy = { retries: 10, initialDelayMs: 500, maxDelayMs: 30_000 };

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => delay(ms);

/**
 * The wait before retry number `attempt` (0 for the first): half of the backoff is fixed and half random ("equal
 * jitter"), so that concurrent requests failed together do not all come back at the same instant.
 */
export function retryDelay(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const backoff = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** attempt);
  return Math.round(backoff / 2 + (random() * backoff) / 2);
}

/**
 * What a `Retry-After` header asks for, in milliseconds (seconds or an HTTP date), or undefined. `now` is
 * injectable for tests.
 */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/u.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * HTTP statuses worth another try: the server is restarting, overloaded or timed out. Other 4xx statuses mean the
 * request itself is wrong, and sending it again would get the same answer.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Whether a failed fetch is a connection problem (refused, reset, timed out) rather than a bug: fetch wraps the
 * socket's error in a TypeError's `cause`.
 */
export function isRetryableError(error: unknown): boolean {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return true;
  for (let e: unknown = error, depth = 0; e !== undefined && e !== null && depth < 4; depth += 1) {
    const code = errorCode(e);
    if (code !== undefined && NETWORK_CODES.has(code)) return true;
    if (e instanceof Error && e.message === 'other side closed') return true;
    e = e instanceof Error ? e.cause : undefined;
  }
  return error instanceof TypeError && error.message === 'fetch failed';
}

/** A connection error in a few words, for a retry line or the final message: `ECONNREFUSED`, `timeout`. */
export function describeError(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timed out';
  for (let e: unknown = error, depth = 0; e !== undefined && e !== null && depth < 4; depth += 1) {
    const code = errorCode(e);
    if (code !== undefined) return code;
    if (e instanceof Error && e.cause === undefined) return e.message;
    e = e instanceof Error ? e.cause : undefined;
  }
  return error instanceof Error ? error.message : String(error);
}
