import { afterEach, describe, expect, it } from 'vitest';
import {
  Loader,
  LoadStats,
  resolveEndpoints,
  StoreClient,
  StoreError,
  type GraphPayload,
} from '../../src/load/index.js';
import { Authenticator } from '../../src/net/index.js';
import { FakeStore, type FakeStoreOptions } from './support/fake-store.js';

const fakes: FakeStore[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

function payload(n: number, triples = 3, tag = 'v1'): GraphPayload {
  const lines = Array.from({ length: triples }, (_, i) => `<http://ex/Q${n}> <http://ex/p${i}> "${tag} ${i}" .`);
  return { item: `Q${n}`, graph: `http://ex/data/Q${n}`, ntriples: `${lines.join('\n')}\n`, triples, blankNodes: false };
}

interface Run {
  store: FakeStore;
  loader: Loader;
  stats: LoadStats;
  rejected: string[];
  mismatched: string[];
}

async function setup(method: 'gsp' | 'update', options: { batchTriples?: number; concurrency?: number; verify?: boolean; retries?: number } & FakeStoreOptions = {}): Promise<Run> {
  const store = await FakeStore.start(options);
  fakes.push(store);
  const stats = new LoadStats();
  const rejected: string[] = [];
  const mismatched: string[] = [];
  const client = new StoreClient({
    auth: new Authenticator('auto', null),
    retry: { retries: options.retries ?? 2, initialDelayMs: 1, maxDelayMs: 1, capRetryAfter: true },
    timeoutMs: 5000,
    userAgent: 'wbimport-test',
    sleep: async () => {},
    onRequest: () => {
      stats.requests += 1;
    },
    onRetry: () => {
      stats.retries += 1;
    },
  });
  const loader = new Loader({
    method,
    endpoints: resolveEndpoints({ store: 'oxigraph', baseUrl: store.url, authenticated: false }),
    client,
    stats,
    batchTriples: options.batchTriples ?? 10,
    concurrency: options.concurrency ?? 2,
    verify: options.verify ?? false,
    onRejected: (p, e) => rejected.push(`${p.item} ${e.status ?? ''}`),
    onMismatch: (p, held) => mismatched.push(`${p.item} ${p.triples}≠${held}`),
  });
  return { store, loader, stats, rejected, mismatched };
}

async function loadAll(run: Run, payloads: GraphPayload[]): Promise<void> {
  for (const p of payloads) await run.loader.add(p);
  await run.loader.finish();
}

const expectedLines = (p: GraphPayload): string[] => p.ntriples.split('\n').filter((l) => l !== '').sort();

describe.each<'gsp' | 'update'>(['gsp', 'update'])('Loader (%s)', (method) => {
  it('replaces each graph with its payload, leaving other graphs alone', async () => {
    const run = await setup(method);
    run.store.store.load('<http://ex/Q1> <http://ex/old> "stale" <http://ex/data/Q1> .\n<http://ex/x> <http://ex/y> "z" <http://ex/data/other> .\n', { format: 'application/n-quads' });
    const payloads = Array.from({ length: 7 }, (_, i) => payload(i + 1));
    await loadAll(run, payloads);
    for (const p of payloads) expect(run.store.graph(p.graph)).toEqual(expectedLines(p));
    expect(run.store.graph('http://ex/data/other')).toHaveLength(1);
    expect(run.stats.toJSON()).toMatchObject({ items: 7, triples: 21, rejected: 0, retries: 0 });
  });

  it('loads again without duplicates: a second run replaces', async () => {
    const run = await setup(method);
    await loadAll(run, [payload(1, 3, 'old'), payload(2, 3, 'old')]);
    const again = await setup(method);
    again.store.store.load(run.store.store.dump({ format: 'application/n-quads' }), { format: 'application/n-quads' });
    await loadAll(again, [payload(1, 2, 'new'), payload(2, 3, 'new')]);
    expect(again.store.graph('http://ex/data/Q1')).toEqual(expectedLines(payload(1, 2, 'new')));
    expect(again.store.graph('http://ex/data/Q2')).toEqual(expectedLines(payload(2, 3, 'new')));
  });

  it('adds to the graph of an entity met twice in one run, as N-Quads output would hold both', async () => {
    const run = await setup(method, { concurrency: 4 });
    await loadAll(run, [payload(1, 2, 'a'), payload(2), payload(3), payload(4), payload(5), payload(1, 2, 'b')]);
    expect(run.store.graph('http://ex/data/Q1')).toEqual([...expectedLines(payload(1, 2, 'a')), ...expectedLines(payload(1, 2, 'b'))].sort());
  });

  it('never has more requests in flight than --concurrency, and holds the caller back meanwhile', async () => {
    const run = await setup(method, { concurrency: 3, delayMs: 30, batchTriples: 3 });
    let resolvedEarly = 0;
    const pending: Promise<void>[] = [];
    for (let i = 1; i <= 4; i += 1) pending.push(run.loader.add(payload(i)));
    // Three requests are in flight and the fourth waits for a slot: its add() has not resolved.
    const fourth = pending[3]?.then(() => {
      resolvedEarly = run.store.writes;
    });
    await Promise.all(pending);
    await fourth;
    expect(resolvedEarly).toBeGreaterThanOrEqual(1);
    for (let i = 5; i <= 12; i += 1) await run.loader.add(payload(i));
    await run.loader.finish();
    expect(run.store.maxInFlight).toBe(3);
    expect(run.store.graphNames()).toHaveLength(12);
  });

  it('reports the one graph the store refuses and loads the others of its batch', async () => {
    const run = await setup(method, { batchTriples: 9, fault: (r) => (r.body.includes('Q5>') ? { status: 400, body: 'bad literal' } : undefined) });
    await loadAll(run, Array.from({ length: 9 }, (_, i) => payload(i + 1)));
    expect(run.rejected).toEqual(['Q5 400']);
    expect(run.store.graphNames()).toEqual([1, 2, 3, 4, 6, 7, 8, 9].map((n) => `http://ex/data/Q${n}`));
    expect(run.stats.toJSON()).toMatchObject({ items: 8, rejected: 1 });
  });

  it('stops at a failure no retry can mend, after the requests in flight end', async () => {
    const run = await setup(method, { fault: () => ({ status: 404 }) });
    let error: unknown;
    try {
      await loadAll(run, Array.from({ length: 20 }, (_, i) => payload(i + 1)));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('endpoint');
    await run.loader.settle();
    // The first request goes alone: a wrong endpoint costs one request, not a volley.
    expect(run.store.requests).toHaveLength(1);
  });

  it('rides out a store that drops connections and answers 503 for a while', async () => {
    const run = await setup(method, { retries: 8, fault: (_, i) => (i < 3 ? 'destroy' : i < 6 ? { status: 503 } : undefined) });
    const payloads = Array.from({ length: 10 }, (_, i) => payload(i + 1));
    await loadAll(run, payloads);
    for (const p of payloads) expect(run.store.graph(p.graph)).toEqual(expectedLines(p));
    expect(run.stats.retries).toBe(6);
  });

  it('verifies each graph by counting its triples in the store, and reports a graph that lost some', async () => {
    // The fake acknowledges Q3's write without storing it, as a store losing data would.
    const run = await setup(method, { verify: true, batchTriples: 3, fault: (r) => (r.path !== '/query' && r.body.includes('Q3>') ? { status: 204 } : undefined) });
    await loadAll(run, [payload(1), payload(2), payload(3), payload(4)]);
    expect(run.mismatched).toEqual(['Q3 3≠0']);
    expect(run.stats.toJSON()).toMatchObject({ verified: 4, mismatched: 1 });
  });
});

describe('Loader (update) batching', () => {
  it.each([
    // entities of 3 triples; batch size in triples → requests
    [3, 10],
    [9, 4],
    [10, 4],
    [30, 1],
    [1, 10],
  ])('batch size %i: %i requests for 10 entities', async (batchTriples, requests) => {
    const run = await setup('update', { batchTriples });
    await loadAll(run, Array.from({ length: 10 }, (_, i) => payload(i + 1)));
    expect(run.stats.requests).toBe(requests);
    expect(run.store.graphNames()).toHaveLength(10);
  });

  it('sends an entity bigger than the batch alone', async () => {
    const run = await setup('update', { batchTriples: 4 });
    const big = payload(1, 10);
    await loadAll(run, [payload(2, 2), big, payload(3, 2)]);
    expect(run.store.graph(big.graph)).toEqual(expectedLines(big));
    const bodies = run.store.requests.map((r) => [2, 1, 3].filter((n) => r.body.includes(`Q${n}>`)));
    expect(bodies).toEqual([[2], [1], [3]]);
  });
});
