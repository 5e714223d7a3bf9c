// When to send a request again and how long to wait first: exponential backoff with jitter, the server's
// Retry-After (seconds or an HTTP date), and one loop both sinks run their requests in.

export interface RetryPolicy {
  /** How many times a request is sent again after its first try. */
  readonly retries: number;
  /** The wait before the first retry; each later wait doubles, up to `maxDelayMs`. */
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  /**
   * Whether a Retry-After longer than `maxDelayMs` is held to it (a triple store: come back and see) or waited in
   * full (a wiki: its limits are its own, and coming back early only meets them again).
   */
  readonly capRetryAfter: boolean;
}

/**
 * The wait before retry number `retry` (0 for the first): half of the backoff is fixed and half random ("equal
 * jitter"), so that requests failed together do not all come back at the same instant; never less than what the
 * server asked for (`retryAfterMs`), within the cap when the policy caps it.
 */
export function retryDelay(policy: RetryPolicy, retry: number, random: () => number = Math.random, retryAfterMs?: number): number {
  const backoff = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.min(retry, 30));
  const jittered = Math.round(backoff / 2 + (random() * backoff) / 2);
  if (retryAfterMs === undefined) return jittered;
  const asked = Math.max(jittered, retryAfterMs);
  return policy.capRetryAfter ? Math.min(policy.maxDelayMs, asked) : asked;
}

/** What a `Retry-After` header asks for, in milliseconds from `now` (seconds or an HTTP date), or undefined. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
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

/**
 * What one try came to: an answer; a failure worth waiting out (`wait` says why, in the sink's words; `limit`
 * replaces the policy's number of retries for it); or a request to send again at once, as when a 401 taught the
 * credentials' scheme (the caller bounds those).
 */
export type Try<T, W> =
  | { readonly done: T }
  | { readonly wait: W; readonly retryAfterMs?: number; readonly limit?: number }
  | { readonly again: true };

export interface RetryLoop<W> {
  readonly policy: RetryPolicy;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
  /** Told before each wait: why, how long, and which retry follows it (1 for the first). */
  readonly onWait?: (wait: W, ms: number, retry: number) => void;
  /** The error that ends the request when its retries are spent, after `tries` tries. */
  readonly giveUp: (wait: W, tries: number) => Error;
}

/** Tries `send` until it is done, waiting between tries as the policy and the server say. */
export async function retrying<T, W>(send: () => Promise<Try<T, W>>, loop: RetryLoop<W>): Promise<T> {
  for (let retry = 0; ; ) {
    const outcome = await send();
    if ('done' in outcome) return outcome.done;
    if ('again' in outcome) continue;
    if (retry >= (outcome.limit ?? loop.policy.retries)) throw loop.giveUp(outcome.wait, retry + 1);
    const ms = retryDelay(loop.policy, retry, loop.random, outcome.retryAfterMs);
    retry += 1;
    loop.onWait?.(outcome.wait, ms, retry);
    await loop.sleep(ms);
  }
}
