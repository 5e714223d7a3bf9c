// One HTTP exchange with a remote sink: fetch with a timeout, our User-Agent and the auth providers' headers; a
// connection that failed comes back as a NetworkError, worded in a few words.
import type { AuthProvider } from './auth.js';
import { WbimportError } from '../diagnostics/errors.js';

export interface HttpRequest {
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly url: URL | string;
  /** Content-Type, Accept…: the providers add Authorization and Cookie, the client User-Agent. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/**
 * The connection failed or timed out before a whole answer came: a write's outcome is unknown, and sending again
 * may succeed. The message is short (`ECONNREFUSED`, `timed out`) and holds no header.
 */
export class NetworkError extends WbimportError {
  override readonly name = 'NetworkError';
}

export interface HttpOptions {
  readonly userAgent: string;
  readonly timeoutMs: number;
  /** Each adds its headers to every request and hears every answer (a cookie session keeps its cookies). */
  readonly auth?: readonly AuthProvider[];
  readonly fetch?: typeof globalThis.fetch;
  /** Told of every request sent. */
  readonly onRequest?: () => void;
}

export class Http {
  constructor(private readonly options: HttpOptions) {}

  async send(request: HttpRequest): Promise<HttpResponse> {
    const url = typeof request.url === 'string' ? new URL(request.url) : request.url;
    const headers: Record<string, string> = { 'user-agent': this.options.userAgent, ...request.headers };
    for (const provider of this.options.auth ?? []) Object.assign(headers, provider.headers(request.method, url));
    const doFetch = this.options.fetch ?? globalThis.fetch;
    this.options.onRequest?.();
    try {
      const response = await doFetch(url, {
        method: request.method,
        headers,
        signal: AbortSignal.timeout(this.options.timeoutMs),
        ...(request.body === undefined ? {} : { body: request.body }),
      });
      for (const provider of this.options.auth ?? []) provider.received?.(response.headers);
      return { status: response.status, headers: response.headers, text: await response.text() };
    } catch (error) {
      if (isNetworkError(error)) throw new NetworkError(describeNetworkError(error), { cause: error });
      throw error;
    }
  }
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

const isTimeout = (error: unknown): boolean => error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');

/**
 * Whether a failed fetch is a connection problem (refused, reset, timed out) rather than a bug: fetch wraps the
 * socket's error in a TypeError's `cause`.
 */
export function isNetworkError(error: unknown): boolean {
  if (isTimeout(error)) return true;
  for (let e: unknown = error, depth = 0; e !== undefined && e !== null && depth < 4; depth += 1) {
    const code = errorCode(e);
    if (code !== undefined && NETWORK_CODES.has(code)) return true;
    if (e instanceof Error && e.message === 'other side closed') return true;
    e = e instanceof Error ? e.cause : undefined;
  }
  return error instanceof TypeError && error.message === 'fetch failed';
}

/** A connection error in a few words, for a retry line or the final message: `ECONNREFUSED`, `timed out`. */
export function describeNetworkError(error: unknown): string {
  if (isTimeout(error)) return 'timed out';
  for (let e: unknown = error, depth = 0; e !== undefined && e !== null && depth < 4; depth += 1) {
    const code = errorCode(e);
    if (code !== undefined) return code;
    if (e instanceof Error && e.cause === undefined) return e.message;
    e = e instanceof Error ? e.cause : undefined;
  }
  return error instanceof Error ? error.message : String(error);
}
