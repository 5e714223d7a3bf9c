// The one HTTP exchange both sinks use: our User-Agent and the providers' headers on every request, the answers
// heard by the providers, a timeout, and connection failures told apart from bugs and worded in a few words.
import { describe, expect, it } from 'vitest';
import { BearerAuth, CookieSession, describeNetworkError, Http, isNetworkError, NetworkError, VirtualClock } from '../../src/net/index.js';

interface Seen {
  readonly url: string;
  readonly init: RequestInit;
}

function recording(answer: () => Promise<Response> | Response): { fetch: typeof fetch; seen: Seen[] } {
  const seen: Seen[] = [];
  const fetch = (async (url: URL | string, init: RequestInit = {}) => {
    seen.push({ url: String(url), init });
    return answer();
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}

const headersOf = (seen: Seen | undefined): Record<string, string> => (seen?.init.headers ?? {}) as Record<string, string>;

describe('Http', () => {
  it("sends the User-Agent, the request's headers and each provider's, and gives the answer's text", async () => {
    const cookies = new CookieSession(new VirtualClock());
    const { fetch, seen } = recording(() => new Response('ok', { status: 200, headers: { 'set-cookie': 'session=abc; path=/' } }));
    let requests = 0;
    const http = new Http({ userAgent: 'wbimport/9 (ops@example.org)', timeoutMs: 1000, auth: [cookies, new BearerAuth('t0ken')], fetch, onRequest: () => (requests += 1) });
    const first = await http.send({ method: 'POST', url: 'http://h/w/api.php', headers: { 'content-type': 'text/plain' }, body: 'x' });
    expect(first).toMatchObject({ status: 200, text: 'ok' });
    expect(headersOf(seen[0])).toEqual({ 'user-agent': 'wbimport/9 (ops@example.org)', 'content-type': 'text/plain', authorization: 'Bearer t0ken' });
    expect(seen[0]?.init).toMatchObject({ method: 'POST', body: 'x' });
    await http.send({ method: 'GET', url: new URL('http://h/w/api.php?action=query') });
    // The cookie the first answer set goes with the next request.
    expect(headersOf(seen[1])).toMatchObject({ cookie: 'session=abc', authorization: 'Bearer t0ken' });
    expect(requests).toBe(2);
  });

  it('gives up on an answer that takes longer than the timeout, as a NetworkError', async () => {
    const fetch = ((_: unknown, init: RequestInit = {}) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      })) as typeof globalThis.fetch;
    const error = await new Http({ userAgent: 'x', timeoutMs: 20, fetch }).send({ method: 'GET', url: 'http://h/' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toBe('timed out');
  });

  it('turns a refused connection into a NetworkError, and lets a bug through as it is', async () => {
    const refused = recording(() => Promise.reject(fetchFailed('ECONNREFUSED')));
    await expect(new Http({ userAgent: 'x', timeoutMs: 1000, fetch: refused.fetch }).send({ method: 'GET', url: 'http://h/' })).rejects.toThrow(new NetworkError('ECONNREFUSED'));
    const bug = recording(() => Promise.reject(new RangeError('oops')));
    await expect(new Http({ userAgent: 'x', timeoutMs: 1000, fetch: bug.fetch }).send({ method: 'GET', url: 'http://h/' })).rejects.toThrow(RangeError);
  });
});

function fetchFailed(code: string): TypeError {
  const cause = Object.assign(new Error(`connect ${code} 127.0.0.1:1`), { code });
  return new TypeError('fetch failed', { cause });
}

describe('isNetworkError and describeNetworkError', () => {
  it.each([
    ['connection refused', fetchFailed('ECONNREFUSED'), true, 'ECONNREFUSED'],
    ['connection reset', fetchFailed('ECONNRESET'), true, 'ECONNRESET'],
    ['socket closed by the server', new TypeError('fetch failed', { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) }), true, 'UND_ERR_SOCKET'],
    ['an unknown host', fetchFailed('ENOTFOUND'), true, 'ENOTFOUND'],
    ['timeout', new DOMException('The operation was aborted due to timeout', 'TimeoutError'), true, 'timed out'],
    ['a bug', new RangeError('oops'), false, 'oops'],
    ['an invalid URL', new TypeError('Invalid URL'), false, 'Invalid URL'],
  ])('%s', (_, error, network, described) => {
    expect(isNetworkError(error)).toBe(network);
    expect(describeNetworkError(error)).toBe(described);
  });
});
