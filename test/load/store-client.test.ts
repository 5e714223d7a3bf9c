import { afterEach, describe, expect, it } from 'vitest';
import { serverRefusal, StoreClient, StoreError, type StoreRequest } from '../../src/load/index.js';
import { Authenticator, type AuthScheme, type Credentials } from '../../src/net/index.js';
import { FakeStore, type FakeStoreOptions } from './support/fake-store.js';

const SECRET = 'Sup3r-s3cret!';
const fakes: FakeStore[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

async function fake(options: FakeStoreOptions = {}): Promise<FakeStore> {
  const f = await FakeStore.start(options);
  fakes.push(f);
  return f;
}

interface Harness {
  client: StoreClient;
  waits: number[];
  retries: string[];
}

function harness(scheme: AuthScheme, credentials: Credentials | null, options: { retries?: number; timeoutMs?: number } = {}): Harness {
  const waits: number[] = [];
  const retries: string[] = [];
  const client = new StoreClient({
    auth: new Authenticator(scheme, credentials, () => 'c0ffee'),
    retry: { retries: options.retries ?? 3, initialDelayMs: 100, maxDelayMs: 1000, capRetryAfter: true },
    timeoutMs: options.timeoutMs ?? 5000,
    userAgent: 'wbimport-test',
    random: () => 1,
    sleep: async (ms) => {
      waits.push(ms);
    },
    onRetry: (e) => retries.push(`${e.attempt} ${e.reason}`),
  });
  return { client, waits, retries };
}

const put = (store: FakeStore, graph: string, body = '<http://ex/s> <http://ex/p> "o" .\n'): StoreRequest => {
  const url = new URL(`${store.url}/store`);
  url.searchParams.set('graph', graph);
  return { method: 'PUT', url, contentType: 'application/n-triples', body };
};

async function failure(promise: Promise<unknown>): Promise<StoreError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected a StoreError');
}

const password: Credentials = { kind: 'password', user: 'dba', password: SECRET };

describe('StoreClient: authentication', () => {
  it('answers a Digest challenge once, then reuses the nonce with a growing count', async () => {
    const store = await fake({ auth: { kind: 'digest', user: 'dba', password: SECRET } });
    const { client } = harness('auto', password);
    for (const g of ['http://g/1', 'http://g/2', 'http://g/3']) await client.send(put(store, g));
    expect(store.requests.map((r) => (r.headers.authorization ?? 'none').split(' ')[0])).toEqual(['none', 'Digest', 'Digest', 'Digest']);
    expect(store.requests.map((r) => /nc=(\w+)/u.exec(r.headers.authorization ?? '')?.[1])).toEqual([undefined, '00000001', '00000002', '00000003']);
    expect(store.graphNames()).toEqual(['http://g/1', 'http://g/2', 'http://g/3']);
    expect(JSON.stringify(store.requests.map((r) => r.headers))).not.toContain(SECRET);
  });

  it('takes a new nonce when the server says the old one is stale', async () => {
    const store = await fake({ auth: { kind: 'digest', user: 'dba', password: SECRET, nonceUses: 2 } });
    const { client } = harness('digest', password);
    for (const g of ['http://g/1', 'http://g/2', 'http://g/3', 'http://g/4']) await client.send(put(store, g));
    expect(store.graphNames()).toHaveLength(4);
    expect(store.requests).toHaveLength(6);
  });

  it.each<[string, NonNullable<FakeStoreOptions['auth']>, AuthScheme, Credentials | null, string, number]>([
    ['a wrong password', { kind: 'digest', user: 'dba', password: SECRET }, 'auto', { kind: 'password', user: 'dba', password: 'wrong' }, 'the store refused the credentials', 3],
    ['no credentials', { kind: 'digest', user: 'dba', password: SECRET }, 'auto', null, 'set WBIMPORT_STORE_USER and WBIMPORT_STORE_PASSWORD', 1],
    ['Basic when only Digest is allowed', { kind: 'basic', user: 'dba', password: SECRET }, 'digest', password, 'cannot answer', 1],
    ['a wrong token', { kind: 'bearer', token: SECRET }, 'auto', { kind: 'token', token: 'nope' }, 'the store refused the credentials', 1],
    ['--auth none', { kind: 'bearer', token: SECRET }, 'none', { kind: 'token', token: SECRET }, 'set WBIMPORT_STORE_USER', 1],
  ])('stops at %s, without retrying', async (_, auth, scheme, credentials, message, requests) => {
    const store = await fake({ auth });
    const error = await failure(harness(scheme, credentials).client.send(put(store, 'http://g/1')));
    expect(error.kind).toBe('auth');
    expect(error.status).toBe(401);
    expect(error.message).toContain(message);
    expect(error.message).not.toContain(SECRET);
    expect(store.requests).toHaveLength(requests);
    expect(store.writes).toBe(0);
  });

  it('answers a Basic challenge, then sends Basic up front', async () => {
    const store = await fake({ auth: { kind: 'basic', user: 'dba', password: SECRET } });
    const { client } = harness('auto', password);
    await client.send(put(store, 'http://g/1'));
    await client.send(put(store, 'http://g/2'));
    expect(store.requests.map((r) => (r.headers.authorization ?? 'none').split(' ')[0])).toEqual(['none', 'Basic', 'Basic']);
  });

  it('sends Basic up front with --auth basic, and a token as Bearer', async () => {
    const basic = await fake({ auth: { kind: 'basic', user: 'dba', password: SECRET } });
    await harness('basic', password).client.send(put(basic, 'http://g/1'));
    expect(basic.requests).toHaveLength(1);
    const bearer = await fake({ auth: { kind: 'bearer', token: SECRET } });
    await harness('auto', { kind: 'token', token: SECRET }).client.send(put(bearer, 'http://g/1'));
    expect(bearer.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${SECRET}`]);
  });
});

describe('StoreClient: over the network layer', () => {
  it('sends the User-Agent it is given with every request', async () => {
    const store = await fake();
    await harness('auto', null).client.send(put(store, 'http://g/1'));
    expect(store.requests.map((r) => r.headers['user-agent'])).toEqual(['wbimport-test']);
  });
});

describe('StoreClient: retries', () => {
  it('retries 503 with doubling waits, and honours Retry-After', async () => {
    const store = await fake({
      fault: (_, i) => (i === 0 ? { status: 503 } : i === 1 ? { status: 503, headers: { 'retry-after': '0' } } : i === 2 ? { status: 429, headers: { 'retry-after': '1' } } : undefined),
    });
    const h = harness('auto', null);
    await h.client.send(put(store, 'http://g/1'));
    expect(h.retries).toEqual(['1 HTTP 503', '2 HTTP 503', '3 HTTP 429']);
    // random() = 1: the whole backoff, 100, 200, 400 ms; Retry-After: 1 s asks for more, up to the cap.
    expect(h.waits).toEqual([100, 200, 1000]);
    expect(store.graphNames()).toEqual(['http://g/1']);
  });

  it('retries a dropped connection and a Virtuoso deadlock', async () => {
    const store = await fake({ fault: (_, i) => (i === 0 ? 'destroy' : i === 1 ? { status: 500, body: 'Virtuoso 40001 Error SR172: Transaction deadlocked' } : undefined) });
    const h = harness('auto', null);
    await h.client.send(put(store, 'http://g/1'));
    expect(h.retries).toHaveLength(2);
    expect(h.retries[0]).toMatch(/^1 (ECONNRESET|UND_ERR_SOCKET|other side closed)/u);
    expect(h.retries[1]).toBe('2 HTTP 500');
  });

  it('gives up after the last retry, saying so', async () => {
    const store = await fake({ fault: () => ({ status: 502, body: 'Bad Gateway' }) });
    const h = harness('auto', null, { retries: 2 });
    const error = await failure(h.client.send(put(store, 'http://g/1')));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toBe(`HTTP 502 from PUT ${store.url}/store: Bad Gateway (after 2 retries)`);
    expect(store.requests).toHaveLength(3);
  });

  it('retries a refused connection, then reports that the store did not answer', async () => {
    const store = await fake();
    const request = put(store, 'http://g/1');
    await store.close();
    fakes.splice(fakes.indexOf(store), 1);
    const h = harness('auto', null, { retries: 2 });
    const error = await failure(h.client.send(request));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/did not answer \(ECONNREFUSED\), 2 retries/u);
    expect(h.waits).toEqual([100, 200]);
  });

  it('times out a request that takes too long, and retries it', async () => {
    const store = await fake({ delayMs: 300 });
    const h = harness('auto', null, { retries: 1, timeoutMs: 50 });
    const error = await failure(h.client.send(put(store, 'http://g/1')));
    expect(error.message).toMatch(/did not answer \(timed out\), 1 retries/u);
    expect(h.retries).toEqual(['1 timed out']);
  });

  it.each<[string, NonNullable<FakeStoreOptions['fault']>, StoreError['kind']]>([
    ['400: the request is wrong', () => ({ status: 400, body: 'Parse error at line 1' }), 'rejected'],
    ['413: too big', () => ({ status: 413 }), 'rejected'],
    ['404: no such endpoint', () => ({ status: 404 }), 'endpoint'],
    ['405: no such method', () => ({ status: 405 }), 'endpoint'],
    ['403: not allowed', () => ({ status: 403, body: 'SR575: No permission to execute DB.DBA.TTLP_RL_NEW_GRAPH' }), 'auth'],
    ['Virtuoso 500 for a missing permission', () => ({ status: 500, body: 'Virtuoso 42000 Error SR186: No permission to execute procedure DB.DBA.SPARUL_CLEAR' }), 'auth'],
    ['Virtuoso 500 for a syntax error', () => ({ status: 500, body: 'Virtuoso 37000 Error SP030: SPARQL compiler' }), 'rejected'],
  ])('does not retry %s', async (_, fault, kind) => {
    const store = await fake({ fault });
    const h = harness('auto', null);
    const error = await failure(h.client.send(put(store, 'http://g/1')));
    expect(error.kind).toBe(kind);
    expect(h.retries).toEqual([]);
    expect(store.requests).toHaveLength(1);
  });

  it('keeps a long server message to one clipped line', async () => {
    const store = await fake({ fault: () => ({ status: 400, body: `Error\n${'x'.repeat(5000)}` }) });
    const error = await failure(harness('auto', null).client.send(put(store, 'http://g/1')));
    expect(error.message.length).toBeLessThan(400);
    expect(error.message).not.toContain('\n');
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
