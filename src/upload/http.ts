// One HTTP exchange with the API: fetch with a timeout, our User-Agent, the session's cookies, form-encoded POSTs.
import type { Clock } from './clock.js';
import { CookieJar } from './cookie-jar.js';
import { WbimportError } from '../diagnostics/errors.js';

export interface HttpResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
}

/** The connection failed or timed out before a whole answer came: whether a write was applied is unknown. */
export class NetworkError extends WbimportError {
  override readonly name = 'NetworkError';
}

export interface HttpOptions {
  readonly userAgent: string;
  readonly timeoutMs: number;
  readonly clock: Clock;
  /** An OAuth 2 bearer token, sent with every request. */
  readonly bearer?: string;
  readonly fetch?: typeof globalThis.fetch;
}

export class Http {
  readonly jar = new CookieJar();

  constructor(private readonly options: HttpOptions) {}

  async request(method: 'GET' | 'POST', url: string, form?: Readonly<Record<string, string>>): Promise<HttpResponse> {
    const headers: Record<string, string> = { 'User-Agent': this.options.userAgent };
    const cookie = this.jar.header(this.options.clock.now());
    if (cookie !== undefined) headers['Cookie'] = cookie;
    if (this.options.bearer !== undefined) headers['Authorization'] = `Bearer ${this.options.bearer}`;
    let body: string | undefined;
    if (form !== undefined) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(form).toString();
    }
    const doFetch = this.options.fetch ?? globalThis.fetch;
    try {
      const response = await doFetch(url, { method, headers, signal: AbortSignal.timeout(this.options.timeoutMs), ...(body === undefined ? {} : { body }) });
      this.jar.store(response.headers.getSetCookie(), this.options.clock.now());
      return { status: response.status, headers: response.headers, body: await response.text() };
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      const message = error instanceof Error ? (error.name === 'TimeoutError' ? `no answer within ${this.options.timeoutMs / 1000} s` : `${error.message}${cause}`) : String(error);
      throw new NetworkError(message);
    }
  }
}
