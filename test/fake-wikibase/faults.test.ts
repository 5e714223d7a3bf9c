// Fault injection on the fake Wikibase: each kind, scripted FIFO faults, and seeded random faults.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeWikibase, type FakeWikibase, type FaultKind, type FaultPlan, TEST_PROPERTIES } from '../support/fake-wikibase/index.js';
import { RawClient, at, csrfToken, stringAt } from '../support/fake-wikibase/raw-client.js';

const J = { format: 'json', formatversion: '2' } as const;
const BEARER = { authorization: 'Bearer oauth-secret-456' };
const LABEL = JSON.stringify({ labels: { en: { language: 'en', value: 'Created' } } });

let wb: FakeWikibase;
let client: RawClient;
let token: string;
beforeEach(async () => {
  wb = await startFakeWikibase({ properties: TEST_PROPERTIES, retryAfterSeconds: 0 });
  client = new RawClient(wb.apiUrl, BEARER);
  token = await csrfToken(client);
});
afterEach(() => wb.close());

const create = (maxlag?: string) => client.post({ action: 'wbeditentity', new: 'item', data: LABEL, token, ...(maxlag ? { maxlag } : {}), ...J });
const read = (maxlag?: string) => client.get({ action: 'wbgetentities', ids: 'Q1', ...(maxlag ? { maxlag } : {}), ...J });
const lastLog = () => wb.log[wb.log.length - 1];

describe('each fault kind', () => {
  it('maxlag: waits for a request asking maxlag below the lag, then answers HTTP 200 with the lag', async () => {
    wb.injectNext('maxlag');
    expect(at((await read()).json, 'error')).toBeUndefined();
    expect(at((await read('10')).json, 'error')).toBeUndefined();
    const lagged = await read('5');
    expect(lagged.status).toBe(200);
    expect(lagged.headers.get('retry-after')).toBe('0');
    expect(lagged.headers.get('x-database-lag')).toBe('7');
    expect(at(lagged.json, 'error')).toMatchObject({ code: 'maxlag', info: 'Waiting for a database server: 7 seconds lagged.', host: 'db', lag: 7, type: 'db' });
    expect(lastLog()).toMatchObject({ action: 'wbgetentities', status: 200, fault: 'maxlag' });
    expect(wb.log.slice(-3, -1).map((r) => r.fault)).toEqual([undefined, undefined]);
  });

  it('maxlag: reports the lag and Retry-After from the options', async () => {
    const other = await startFakeWikibase({ properties: TEST_PROPERTIES, lag: 12, retryAfterSeconds: 3 });
    try {
      other.injectNext('maxlag');
      const lagged = await new RawClient(other.apiUrl).get({ action: 'query', meta: 'tokens', maxlag: '10', ...J });
      expect([lagged.headers.get('retry-after'), lagged.headers.get('x-database-lag')]).toEqual(['3', '12']);
      expect(at(lagged.json, 'error.info')).toBe('Waiting for a database server: 12 seconds lagged.');
    } finally {
      await other.close();
    }
  });

  it.each<[FaultKind, number, string | null]>([
    ['ratelimit', 429, '0'],
    ['server-error', 500, null],
    ['unavailable', 503, '0'],
  ])('%s: HTTP %s with an HTML body', async (kind, status, retryAfter) => {
    wb.injectNext(kind);
    const response = await create();
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('retry-after')).toBe(retryAfter);
    expect(response.text).toMatch(/^<!DOCTYPE html>/);
    expect(wb.entities.size).toBe(0);
    expect(lastLog()).toMatchObject({ status, fault: kind });
  });

  it('badtoken: hits the next write only, and rotates the token', async () => {
    wb.injectNext('badtoken');
    expect(at((await read()).json, 'error')).toBeUndefined();
    const refused = await create();
    expect(at(refused.json, 'error')).toMatchObject({ code: 'badtoken', info: 'Invalid CSRF token.' });
    const withOldToken = await create();
    expect(at(withOldToken.json, 'error.code')).toBe('badtoken');
    expect(lastLog()?.fault).toBeUndefined();
    const fresh = await csrfToken(client);
    expect(fresh).not.toBe(token);
    token = fresh;
    expect(at((await create()).json, 'success')).toBe(1);
  });

  it('editconflict: refuses the next wbeditentity before applying anything', async () => {
    wb.injectNext('editconflict');
    expect(at((await read()).json, 'error')).toBeUndefined();
    const response = await create();
    expect(at(response.json, 'error.code')).toBe('editconflict');
    expect([wb.entities.size, wb.editCount()]).toEqual([0, 0]);
  });

  it('drop-before: the connection dies and nothing is applied', async () => {
    wb.injectNext('drop-before');
    await expect(create()).rejects.toThrow();
    expect([wb.entities.size, wb.editCount()]).toEqual([0, 0]);
    expect(lastLog()).toMatchObject({ action: 'wbeditentity', status: 0, fault: 'drop-before' });
    expect(at((await create()).json, 'entity.id')).toBe('Q1');
  });

  it('drop-after: the connection dies after the edit was saved', async () => {
    wb.injectNext('drop-after');
    await expect(create()).rejects.toThrow();
    expect(wb.editCount()).toBe(1);
    expect(at(wb.entities.get('Q1') as never, 'labels.en.value')).toBe('Created');
    expect(lastLog()).toMatchObject({ action: 'wbeditentity', status: 0, fault: 'drop-after' });
    const fetched = await read();
    expect(stringAt(fetched.json, 'entities.Q1.labels.en.value')).toBe('Created');
  });

  it('applies scripted faults first in, first out', async () => {
    wb.injectNext('ratelimit', 'server-error', 'unavailable');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await read()).status);
    expect(statuses).toEqual([429, 500, 503, 200]);
  });

  it('leaves the state alone when a client dies in the middle of sending a request', async () => {
    const logged = wb.log.length;
    const { connect } = await import('node:net');
    const url = new URL(wb.apiUrl);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.write(`POST /w/api.php HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 500\r\n\r\naction=wbeditentity&new=item&data=%7B%7D`);
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 20);
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([wb.log.length, wb.rawRequests.length, wb.entities.size, wb.editCount()]).toEqual([logged, logged, 0, 0]);
    expect(at((await create()).json, 'entity.id')).toBe('Q1');
  });
});

describe('random faults', () => {
  /** A fixed mix of reads and writes, all asking maxlag=5 so every kind can apply; faults as logged. */
  async function run(plan: FaultPlan | null, requests = 40): Promise<Array<FaultKind | null>> {
    const server = await startFakeWikibase({ properties: TEST_PROPERTIES, retryAfterSeconds: 0 });
    try {
      const c = new RawClient(server.apiUrl, BEARER);
      // After a badtoken fault the token is stale and later writes fail for real: the faults drawn stay the same.
      const csrf = await csrfToken(c);
      server.setFaults(plan);
      const start = server.log.length;
      for (let i = 0; i < requests; i++) {
        const request =
          i % 3 === 2
            ? c.post({ action: 'wbeditentity', new: 'item', data: '{}', token: csrf, maxlag: '5', ...J })
            : c.get({ action: 'wbgetentities', ids: 'Q1', maxlag: '5', ...J });
        await request.catch(() => undefined);
      }
      return server.log.slice(start).map((r) => r.fault ?? null);
    } finally {
      await server.close();
    }
  }

  const ALL: FaultKind[] = ['maxlag', 'ratelimit', 'badtoken', 'editconflict', 'server-error', 'unavailable', 'drop-before', 'drop-after'];

  it('gives the same faults for the same seed and request sequence', async () => {
    const plan = { rate: 0.5, kinds: ALL, seed: 42 };
    const first = await run(plan);
    expect(await run(plan)).toEqual(first);
    expect(first.filter((f) => f !== null).length).toBeGreaterThan(5);
    expect(await run({ ...plan, seed: 43 })).not.toEqual(first);
  });

  it('hits about the given fraction of requests, and none at rate 0', async () => {
    const faults = await run({ rate: 0.25, kinds: ['ratelimit', 'server-error'], seed: 7 }, 120);
    const hit = faults.filter((f) => f !== null).length;
    expect(hit).toBeGreaterThan(18);
    expect(hit).toBeLessThan(42);
    expect(new Set(faults)).toEqual(new Set([null, 'ratelimit', 'server-error']));
    expect((await run({ rate: 0, kinds: ALL, seed: 7 })).every((f) => f === null)).toBe(true);
  });

  it('never picks a kind that cannot apply to the request', async () => {
    const faults = await run({ rate: 1, kinds: ['editconflict'], seed: 1 }, 12);
    expect(faults).toEqual(Array.from({ length: 12 }, (_, i) => (i % 3 === 2 ? 'editconflict' : null)));
  });

  it('stops with setFaults(null) and refuses a rate outside [0, 1]', async () => {
    wb.setFaults({ rate: 1, kinds: ['server-error'], seed: 3 });
    expect((await read()).status).toBe(500);
    wb.setFaults(null);
    expect((await read()).status).toBe(200);
    expect(() => wb.setFaults({ rate: 2, kinds: ['server-error'], seed: 3 })).toThrow(RangeError);
  });

  it('starts from the plan given in the options', async () => {
    const other = await startFakeWikibase({ properties: TEST_PROPERTIES, faults: { rate: 1, kinds: ['unavailable'], seed: 9 } });
    try {
      expect((await new RawClient(other.apiUrl).get({ action: 'query', ...J })).status).toBe(503);
    } finally {
      await other.close();
    }
  });
});
