// Sends one request to the triple store: authentication, a timeout, and retries with backoff when the store is
// down or overloaded. Requests replace whole graphs, so sending one again is always safe.
import type { Authenticator } from './authenticator.js';
import {
  describeError,
  isRetryableError,
  isRetryableStatus,
  realSleep,
  retryAfterMs,
  retryDelay,
  type RetryPolicy,
  type Sleep,
} from './retry.js';
import { WbimportError } from '../diagnostics/errors.js';

export interface StoreRequest {
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly url: URL;
  readonly contentType?: string;
  readonly accept?: string;
  readonly body?: string;
}

export interface StoreResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/**
 * Why a request failed for good: `rejected` (the store refused this request's content: other requests may pass),
 * `auth` (credentials missing or refused), `endpoint` (no such endpoint or method there), `unavailable` (the store
 * did not answer, or kept failing, through every retry).
 */
export type StoreErrorKind = 'rejected' | 'auth' | 'endpoint' | 'unavailable';

export class StoreError extends WbimportError {
  constructor(
    message: string,
    readonly kind: StoreErrorKind,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface RetryEvent {
  readonly url: URL;
  /** 1 for the first retry. */
  readonly attempt: number;
  readonly delayMs: number;
  /** `HTTP 503`, `ECONNREFUSED`, `timed out`. */
  readonly reason: string;
}

export interface StoreClientOptions {
  readonly auth: Authenticator;
  readonly retry: RetryPolicy;
  readonly timeoutMs: number;
  readonly sleep?: Sleep;
  readonly random?: () => number;
  readonly fetch?: typeof fetch;
  readonly onRetry?: (event: RetryEvent) => void;
  /** Told of every HTTP request sent, retries and authentication round trips included. */
  readonly onRequest?: () => void;
}

/** The start of a server's error text, on one line: Virtuoso echoes the whole update, which can be megabytes. */
export function excerpt(text: string, max = 300): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const where = (url: URL): string => `${url.origin}${url.pathname}`;

function statusError(request: StoreRequest, response: StoreResponse, authFailure?: string): StoreError {
  const said = excerpt(response.text);
  const head = `HTTP ${response.status} from ${request.method} ${where(request.url)}${said === '' ? '' : `: ${said}`}`;
  const { status } = response;
  if (status === 401) return new StoreError(`${head}${authFailure === undefined ? '' : ` (${authFailure})`}`, 'auth', status);
  if (status === 403) return new StoreError(`${head} (the store does not let these credentials write)`, 'auth', status);
  if (status === 404 || status === 405 || status === 501) {
    return new StoreError(`${head} (is this the right endpoint for this method?)`, 'endpoint', status);
  }
  const refusal = status === 500 ? serverRefusal(response.text) : null;
  if (refusal === 'auth') return new StoreError(`${head} (the store does not let these credentials write)`, 'auth', status);
  if (refusal === 'rejected') return new StoreError(head, 'rejected', status);
  return new StoreError(head, isRetryableStatus(status) ? 'unavailable' : 'rejected', status);
}

/**
 * Virtuoso answers many refusals with HTTP 500 and a SQL state in its text: a missing permission (SR186, SR575),
 * a syntax or parse error (37000, 22xxx, SPxxx), a request too big to compile (SP030, SP031). Sending those again
 * cannot help; a deadlock (40001) or anything unrecognised can.
 */
export function serverRefusal(text: string): 'auth' | 'rejected' | null {
  if (/\b40001\b|deadlock/iu.test(text)) return null;
  if (/\bSR(186|575)\b|No permission/u.test(text)) return 'auth';
  if (/\b(37000|22\d{3}|SP\d{3})\b/u.test(text)) return 'rejected';
  return null;
}

const AUTH_FAILURES = {
  'no-credentials': 'the store asks for credentials: set WBIMPORT_STORE_USER and WBIMPORT_STORE_PASSWORD (or WBIMPORT_STORE_TOKEN), or give --credentials FILE',
  refused: 'the store refused the credentials',
  unsupported: 'the store asks for an authentication scheme that --auth does not allow, or that wbimport cannot answer',
} as const;

/** How often one request is re-sent to answer a 401: a first challenge, then once more for a stale nonce. */
const AUTH_ROUNDS = 2;

export class StoreClient {
  private readonly sleep: Sleep;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: StoreClientOptions) {
    this.sleep = options.sleep ?? realSleep;
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  /** Sends the request until it succeeds (2xx), or throws a StoreError saying why it cannot. */
  async send(request: StoreRequest): Promise<StoreResponse> {
    const { retry, auth } = this.options;
    let attempt = 0;
    let authRounds = 0;
    for (;;) {
      let response: StoreResponse;
      try {
        response = await this.once(request, auth.header(request.method, request.url));
      } catch (error) {
        if (!isRetryableError(error)) throw error;
        const reason = describeError(error);
        if (attempt >= retry.retries) {
          throw new StoreError(`${where(request.url)} did not answer (${reason}), ${retry.retries} retries`, 'unavailable');
        }
        await this.wait(request, attempt, reason, undefined);
        attempt += 1;
        continue;
      }
      if (response.status >= 200 && response.status < 300) return response;
      if (response.status === 401) {
        const failure = auth.challenged(response.headers.get('www-authenticate'));
        if (failure === null && authRounds < AUTH_ROUNDS) {
          authRounds += 1;
          continue;
        }
        throw statusError(request, response, AUTH_FAILURES[failure ?? 'refused']);
      }
      const error = statusError(request, response);
      if (error.kind !== 'unavailable') throw error;
      if (attempt >= retry.retries) {
        throw new StoreError(`${error.message} (after ${retry.retries} retries)`, 'unavailable', response.status);
      }
      await this.wait(request, attempt, `HTTP ${response.status}`, retryAfterMs(response.headers.get('retry-after')));
      attempt += 1;
    }
  }

  private async once(request: StoreRequest, authorization: string | undefined): Promise<StoreResponse> {
    const headers: Record<string, string> = {};
    if (request.contentType !== undefined) headers['content-type'] = request.contentType;
    if (request.accept !== undefined) headers['accept'] = request.accept;
    if (authorization !== undefined) headers['authorization'] = authorization;
    this.options.onRequest?.();
    const response = await this.fetch(request.url, {
      method: request.method,
      headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  }

  private async wait(request: StoreRequest, attempt: number, reason: string, asked: number | undefined): Promise<void> {
    const { retry } = this.options;
    const backoff = retryDelay(retry, attempt, this.options.random);
    const delayMs = asked === undefined ? backoff : Math.min(retry.maxDelayMs, Math.max(backoff, asked));
    this.options.onRetry?.({ url: request.url, attempt: attempt + 1, delayMs, reason });
    await this.sleep(delayMs);
  }
}
