// Sends one request to the triple store over the network layer (src/net): authentication, a timeout, and retries
// with backoff when the store is down or overloaded. Requests replace whole graphs, so sending one again is always safe.
import {
  Http,
  isRetryableStatus,
  NetworkError,
  parseRetryAfter,
  retrying,
  systemClock,
  type AuthProvider,
  type CredentialEnv,
  type HttpResponse,
  type RetryPolicy,
  type Try,
} from '../net/index.js';
import { WbimportError } from '../diagnostics/errors.js';

export interface StoreRequest {
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly url: URL;
  readonly contentType?: string;
  readonly accept?: string;
  readonly body?: string;
}

export type StoreResponse = HttpResponse;

/** Where `load` takes its credentials from (a file may be given instead: the format is the same as upload's). */
export const CREDENTIAL_ENV: CredentialEnv = { user: 'WBIMPORT_STORE_USER', password: 'WBIMPORT_STORE_PASSWORD', token: 'WBIMPORT_STORE_TOKEN' };

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

/**
 * Ten retries from half a second, doubling to at most 30 s, wait 1¼–2½ minutes in all (jittered): longer than a
 * triple store takes to restart (Virtuoso: 2–5 s; a big database rolls its log forward for longer). A Retry-After
 * is honoured within the cap: a store asking for longer is asked again then.
 */
export const DEFAULT_RETRY: RetryPolicy = { retries: 10, initialDelayMs: 500, maxDelayMs: 30_000, capRetryAfter: true };

export interface StoreClientOptions {
  readonly auth: AuthProvider;
  readonly retry: RetryPolicy;
  readonly timeoutMs: number;
  readonly userAgent: string;
  readonly sleep?: (ms: number) => Promise<void>;
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
  'no-credentials': `the store asks for credentials: set ${CREDENTIAL_ENV.user} and ${CREDENTIAL_ENV.password} (or ${CREDENTIAL_ENV.token}), or give --credentials FILE`,
  refused: 'the store refused the credentials',
  unsupported: 'the store asks for an authentication scheme that --auth does not allow, or that wbimport cannot answer',
} as const;

/** How often one request is re-sent to answer a 401: a first challenge, then once more for a stale nonce. */
const AUTH_ROUNDS = 2;

/** Why a request is waited on, and the error that ends it when its retries are spent. */
interface StoreWait {
  readonly reason: string;
  readonly final: () => StoreError;
}

export class StoreClient {
  private readonly http: Http;

  constructor(private readonly options: StoreClientOptions) {
    this.http = new Http({
      userAgent: options.userAgent,
      timeoutMs: options.timeoutMs,
      auth: [options.auth],
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      ...(options.onRequest === undefined ? {} : { onRequest: options.onRequest }),
    });
  }

  /** Sends the request until it succeeds (2xx), or throws a StoreError saying why it cannot. */
  send(request: StoreRequest): Promise<StoreResponse> {
    const { retry, auth } = this.options;
    let authRounds = 0;
    const once = async (): Promise<Try<StoreResponse, StoreWait>> => {
      let response: StoreResponse;
      try {
        const body = request.body === undefined ? {} : { body: request.body };
        response = await this.http.send({ method: request.method, url: request.url, headers: headersOf(request), ...body });
      } catch (error) {
        if (!(error instanceof NetworkError)) throw error;
        const reason = error.message;
        const final = (): StoreError => new StoreError(`${where(request.url)} did not answer (${reason}), ${retry.retries} retries`, 'unavailable');
        return { wait: { reason, final } };
      }
      if (response.status >= 200 && response.status < 300) return { done: response };
      if (response.status === 401) {
        const failure = auth.challenged(response.headers.get('www-authenticate'));
        if (failure === null && authRounds < AUTH_ROUNDS) {
          authRounds += 1;
          return { again: true };
        }
        throw statusError(request, response, AUTH_FAILURES[failure ?? 'refused']);
      }
      const error = statusError(request, response);
      if (error.kind !== 'unavailable') throw error;
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
      const final = (): StoreError => new StoreError(`${error.message} (after ${retry.retries} retries)`, 'unavailable', response.status);
      return { wait: { reason: `HTTP ${response.status}`, final }, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
    };
    return retrying(once, {
      policy: retry,
      sleep: this.options.sleep ?? ((ms) => systemClock.sleep(ms)),
      random: this.options.random ?? Math.random,
      onWait: (wait, delayMs, attempt) => this.options.onRetry?.({ url: request.url, attempt, delayMs, reason: wait.reason }),
      giveUp: (wait) => wait.final(),
    });
  }
}

function headersOf(request: StoreRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  if (request.contentType !== undefined) headers['content-type'] = request.contentType;
  if (request.accept !== undefined) headers['accept'] = request.accept;
  return headers;
}
