// The Action API's protocol: maxlag on every request, errors read from the JSON, retries paced by the server's word.
import {
  NetworkError,
  parseRetryAfter,
  retrying,
  type Clock,
  type CookieSession,
  type Http,
  type HttpResponse,
  type Redactor,
  type RetryPolicy,
  type Try,
} from '../net/index.js';
import { ApiError, OutcomeUnknown, TransportError } from './errors.js';
import { answerWarnings, describeWarning } from './answers.js';
import type { StatusListener, WaitReason } from './status.js';

export type Params = Readonly<Record<string, string>>;
export type Json = Record<string, unknown>;

/**
 * Seven retries from 1 s, doubling up to a minute. A wiki's Retry-After is waited in full, however long: its limits
 * are its own, and coming back early only meets them again.
 */
export const DEFAULT_BACKOFF: RetryPolicy = { retries: 7, initialDelayMs: 1000, maxDelayMs: 60_000, capRetryAfter: false };

/** POSTs go as a form body, as the Action API takes them. */
const FORM = { 'content-type': 'application/x-www-form-urlencoded' } as const;

/** Request parameters whose values are secrets or session-bound tokens, never shown. */
export const SECRET_PARAMS: ReadonlySet<string> = new Set(['lgpassword', 'lgtoken', 'token', 'password', 'logintoken']);

/** Request parameters fit to log: secret ones masked. */
export function redactParams(params: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, SECRET_PARAMS.has(k) ? '***' : v]));
}

export interface ApiClientOptions {
  readonly apiUrl: string;
  /** Its auth providers include `cookies`, and the bearer token when there is one. */
  readonly http: Http;
  /** The session's cookies, cleared before a new login. */
  readonly cookies: CookieSession;
  readonly clock: Clock;
  readonly random: () => number;
  readonly backoff: RetryPolicy;
  /** Seconds of replication lag above which the server should refuse us (and we wait). */
  readonly maxlag: number;
  readonly redact: Redactor;
  readonly onStatus?: StatusListener;
  /** Told of every rate-limited answer (waited out and retried), so the run can count them. */
  readonly onRateLimited?: () => void;
}

/**
 * Tries allowed to a request the wiki keeps rate-limiting: the limits are per minute, so waits that double up to
 * a minute cover many windows before the run gives up.
 */
export const RATE_LIMIT_ATTEMPTS = 20;

/**
 * Whether an API error is a rate limit rather than a refusal. MediaWiki says so in several ways: the code
 * `ratelimited`; a failed save whose message is `actionthrottledtext` (MediaWiki-API-Error: failed-save,
 * ratelimited); on a create, `no-automatic-entity-id` when the id generator is throttled ("…too many times…").
 */
export function isRateLimit(code: string, messages: readonly string[], info: string, header: string | null): boolean {
  if (code === 'ratelimited' || code === 'actionthrottled') return true;
  if ((header ?? '').split(',').some((c) => c.trim() === 'ratelimited')) return true;
  if (messages.includes('actionthrottledtext') || messages.includes('actionthrottled')) return true;
  return code === 'no-automatic-entity-id' && /too many times|rate.?limit/iu.test(info);
}

/** A failure worth waiting out; `applied` maybe: the server may have done the work before failing (a 500, a dropped connection). */
interface Retry {
  readonly retry: WaitReason;
  readonly detail: string;
  readonly retryAfterMs?: number;
  readonly lag?: number;
  readonly applied: boolean;
}

type Verdict = { readonly ok: Json } | { readonly error: ApiError } | Retry;

function asRecord(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function apiError(error: Json): ApiError {
  const messages = Array.isArray(error['messages'])
    ? error['messages'].flatMap((m) => {
        const r = asRecord(m);
        return r !== undefined && typeof r['name'] === 'string'
          ? [{ name: r['name'], parameters: Array.isArray(r['parameters']) ? (r['parameters'] as unknown[]) : [] }]
          : [];
      })
    : [];
  return new ApiError(String(error['code'] ?? 'unknown'), String(error['info'] ?? error['*'] ?? ''), messages);
}

export class ApiClient {
  /** Requests tried again, for the summary. */
  retries = 0;

  constructor(private readonly options: ApiClientOptions) {}

  get apiUrl(): string {
    return this.options.apiUrl;
  }

  get cookies(): CookieSession {
    return this.options.cookies;
  }

  private classify(response: HttpResponse, now: number): Verdict {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now);
    const after = retryAfterMs === undefined ? {} : { retryAfterMs };
    if (response.status === 429) return { retry: 'ratelimit', detail: 'HTTP 429', ...after, applied: false };
    if (response.status === 503) return { retry: 'unavailable', detail: 'HTTP 503', ...after, applied: false };
    if (response.status >= 500) return { retry: 'server-error', detail: `HTTP ${response.status}`, ...after, applied: true };
    if (response.status !== 200) {
      throw new TransportError(`${this.options.apiUrl} answered HTTP ${response.status}: is this a MediaWiki Action API (…/w/api.php)?`);
    }
    let json: Json | undefined;
    try {
      json = asRecord(JSON.parse(response.text));
    } catch {
      json = undefined;
    }
    if (json === undefined) return { retry: 'bad-response', detail: 'an answer that is not JSON', applied: true };
    const error = asRecord(json['error']);
    if (error === undefined) return { ok: json };
    const code = String(error['code'] ?? '');
    if (code === 'maxlag') {
      const lagHeader = response.headers.get('x-database-lag');
      const lag = typeof error['lag'] === 'number' ? error['lag'] : lagHeader === null ? undefined : Number(lagHeader);
      return { retry: 'maxlag', detail: 'maxlag', ...after, ...(lag === undefined || Number.isNaN(lag) ? {} : { lag }), applied: false };
    }
    const failure = apiError(error);
    if (isRateLimit(code, failure.messages.map((m) => m.name), failure.info, response.headers.get('mediawiki-api-error'))) {
      return { retry: 'ratelimit', detail: `rate limited (${code})`, ...after, applied: false };
    }
    if (code === 'readonly') return { retry: 'readonly', detail: 'read-only', ...after, applied: false };
    return { error: failure };
  }

  private describe(params: Params): string {
    const shown = redactParams(params);
    const action = shown['action'] ?? '?';
    const rest = Object.entries(shown)
      .filter(([k]) => !['action', 'format', 'maxlag', 'data'].includes(k))
      .map(([k, v]) => `${k}=${v.length > 60 ? `${v.slice(0, 57)}…` : v}`);
    return this.options.redact(`${action}${rest.length === 0 ? '' : ` ${rest.join(' ')}`}`);
  }

  private exchange(method: 'GET' | 'POST', url: string, full: Params, write: boolean, retryUnknown: boolean): Promise<Json> {
    const { http, clock, backoff } = this.options;
    const summary = this.describe(full);
    const once = async (): Promise<Try<Json, Retry>> => {
      this.options.onStatus?.({ kind: 'request', method, summary });
      let verdict: Verdict;
      try {
        const response = await http.send(method === 'POST' ? { method, url, headers: FORM, body: new URLSearchParams(full).toString() } : { method, url });
        this.options.onStatus?.({ kind: 'response', status: response.status, summary });
        verdict = this.classify(response, clock.now());
      } catch (error) {
        if (!(error instanceof NetworkError)) throw error;
        verdict = { retry: 'network', detail: this.options.redact(error.message), applied: true };
      }
      if ('ok' in verdict) {
        // Warnings come on answers that succeeded too: each is passed on (the caller reads those it acts on).
        for (const warning of answerWarnings(verdict.ok)) this.options.onStatus?.({ kind: 'warning', summary, warning: this.options.redact(describeWarning(warning)) });
        return { done: verdict.ok };
      }
      if ('error' in verdict) throw verdict.error;
      if (write && verdict.applied && !retryUnknown) throw new OutcomeUnknown(`${summary}: ${verdict.detail}`);
      if (verdict.retry === 'ratelimit') this.options.onRateLimited?.();
      const limit = verdict.retry === 'ratelimit' ? { limit: Math.max(RATE_LIMIT_ATTEMPTS - 1, backoff.retries) } : {};
      return { wait: verdict, ...limit, ...(verdict.retryAfterMs === undefined ? {} : { retryAfterMs: verdict.retryAfterMs }) };
    };
    return retrying(once, {
      policy: backoff,
      sleep: (ms) => clock.sleep(ms),
      random: this.options.random,
      onWait: (wait, ms, attempt) => {
        this.retries += 1;
        this.options.onStatus?.({ kind: 'wait', reason: wait.retry, ms, attempt, ...(wait.lag === undefined ? {} : { lag: wait.lag }) });
      },
      giveUp: (wait, tries) => new TransportError(`${summary}: gave up after ${tries} tries (last: ${wait.detail})`),
    });
  }

  /** A read of a URL built elsewhere (wikibase-sdk's builders), retried through every transient failure. */
  readUrl(url: string): Promise<Json> {
    const parsed = new URL(url);
    parsed.searchParams.set('maxlag', String(this.options.maxlag));
    if (!parsed.searchParams.has('format')) parsed.searchParams.set('format', 'json');
    return this.exchange('GET', parsed.toString(), Object.fromEntries(parsed.searchParams), false, true);
  }

  /** A read: retried through every transient failure. */
  read(params: Params): Promise<Json> {
    const full = { format: 'json', maxlag: String(this.options.maxlag), ...params };
    return this.exchange('GET', `${this.options.apiUrl}?${new URLSearchParams(full).toString()}`, full, false, true);
  }

  /**
   * A write, POSTed. Failures that mean "not applied" (maxlag, 429, 503) are retried; a lost answer is retried only
   * when `retryUnknown` (the write is idempotent), else it is an OutcomeUnknown for the caller to settle.
   */
  write(params: Params, options: { readonly retryUnknown: boolean }): Promise<Json> {
    // The token goes last, as MediaWiki advises: a body cut short then fails instead of doing half a request.
    const { token, ...rest } = params;
    const full = { format: 'json', maxlag: String(this.options.maxlag), ...rest, ...(token === undefined ? {} : { token }) };
    return this.exchange('POST', this.options.apiUrl, full, true, options.retryUnknown);
  }
}
