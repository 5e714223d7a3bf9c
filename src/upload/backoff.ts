// How long to wait before trying a request again: the server's Retry-After, else exponential backoff with jitter.

export interface BackoffPolicy {
  /** The first delay, doubled at each further attempt. */
  readonly baseMs: number;
  /** No computed delay grows beyond this (a server's Retry-After may ask for longer, and is honoured). */
  readonly capMs: number;
  /** How many times one request is tried in all before giving up. */
  readonly maxAttempts: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1000, capMs: 60_000, maxAttempts: 8 };

/**
 * The delay before retry number `attempt` (0 for the first retry): "equal jitter", half fixed and half random,
 * so that many clients do not come back in step, and never less than what the server asked for.
 */
export function retryDelay(attempt: number, policy: BackoffPolicy, random: () => number, retryAfterMs?: number): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(attempt, 30));
  const jittered = Math.round(ceiling / 2 + (random() * ceiling) / 2);
  return Math.max(retryAfterMs ?? 0, jittered);
}

/** A Retry-After header (seconds, or an HTTP date) in milliseconds from now; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/u.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
