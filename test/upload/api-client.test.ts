// The protocol layer against the fake Wikibase: each fault met as a mature client must (wait, renew, retry, or
// hand a lost answer back), logins with either kind of credential, and clear errors when nothing works.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BearerAuth, CookieSession, CredentialsError, Http, redactor, VirtualClock, type Credentials } from '../../src/net/index.js';
import { ApiClient, redactParams } from '../../src/upload/api-client.js';
import { OutcomeUnknown, TransportError } from '../../src/upload/errors.js';
import { Session } from '../../src/upload/session.js';
import type { StatusEvent } from '../../src/upload/status.js';
import { Wikibase } from '../../src/upload/wikibase.js';
import type { FakeWikibase, FaultKind } from '../support/fake-wikibase/index.js';
import { DEFAULT_BOT_PASSWORD, DEFAULT_OAUTH_TOKEN, fake } from './support.js';

const BOT: Credentials = { kind: 'password', user: DEFAULT_BOT_PASSWORD.username, password: DEFAULT_BOT_PASSWORD.password };
const OAUTH: Credentials = { kind: 'token', token: DEFAULT_OAUTH_TOKEN };

let server: FakeWikibase;
beforeEach(async () => {
  server = await fake({ retryAfterSeconds: 3, tags: ['t1', 't2'], entities: [{ type: 'item', id: 'Q1', labels: { en: { language: 'en', value: 'One' } } }] });
});
afterEach(() => server.close());

function stack(credentials: Credentials = BOT, maxAttempts = 5, apiUrl = server.apiUrl) {
  const clock = new VirtualClock(Date.UTC(2024, 0, 1));
  const events: StatusEvent[] = [];
  const cookies = new CookieSession(clock);
  const http = new Http({ userAgent: 'wbimport-test', timeoutMs: 5000, auth: credentials.kind === 'token' ? [cookies, new BearerAuth(credentials.token)] : [cookies] });
  const redact = redactor(credentials);
  const backoff = { initialDelayMs: 100, maxDelayMs: 1000, retries: maxAttempts - 1, capRetryAfter: false };
  const client = new ApiClient({ apiUrl, http, cookies, clock, random: () => 0.5, backoff, maxlag: 5, redact, onStatus: (e) => events.push(e) });
  const session = new Session(client, credentials, redact);
  const waits = (): string[] => events.flatMap((e) => (e.kind === 'wait' ? [`${e.reason}:${e.ms}${e.lag === undefined ? '' : `:lag ${e.lag}`}`] : []));
  return { clock, client, session, wikibase: new Wikibase(client, session), waits };
}

const label = (value: string) => ({ labels: { en: { language: 'en', value } } });

describe('reads', () => {
  it.each<[FaultKind, string]>([
    ['maxlag', 'maxlag:3000:lag 7'],
    ['ratelimit', 'ratelimit:3000'],
    ['unavailable', 'unavailable:3000'],
    ['server-error', 'server-error:75'],
    ['drop-before', 'network:75'],
    ['drop-after', 'network:75'],
  ])('are retried through %s, waiting as told (%s)', async (kind, wait) => {
    const { wikibase, waits } = stack();
    server.injectNext(kind);
    const read = await wikibase.getItems(['Q1']);
    expect(read.get('Q1')).toMatchObject({ kind: 'item', item: { id: 'Q1', labels: { en: 'One' } } });
    expect(waits()).toEqual([wait]);
  });

  it('send maxlag, and the User-Agent', async () => {
    const { wikibase } = stack();
    await wikibase.getItems(['Q1']);
    expect(server.log.at(-1)?.params['maxlag']).toBe('5');
    expect(server.rawRequests.at(-1)).toMatch(/user-agent: wbimport-test/iu);
  });

  it('stop with a TransportError after the last try', async () => {
    const { wikibase } = stack(BOT, 3);
    server.injectNext('unavailable', 'unavailable', 'unavailable');
    await expect(wikibase.getItems(['Q1'])).rejects.toThrow(new TransportError('wbgetentities ids=Q1: gave up after 3 tries (last: HTTP 503)'));
  });

  it('say plainly when the address is not an Action API', async () => {
    const { wikibase } = stack(BOT, 3, server.apiUrl.replace('api.php', 'index.php'));
    await expect(wikibase.getItems(['Q1'])).rejects.toThrow(/answered HTTP 404: is this a MediaWiki Action API/u);
  });

  it('tell missing items apart', async () => {
    const { wikibase } = stack();
    expect((await wikibase.getItems(['Q1', 'Q99'])).get('Q99')).toEqual({ kind: 'missing' });
  });
});

describe('writes', () => {
  it.each<FaultKind>(['maxlag', 'ratelimit', 'unavailable'])('are retried through %s (nothing was applied)', async (kind) => {
    const { session, wikibase } = stack();
    await session.login();
    server.injectNext(kind);
    const result = await wikibase.edit({ data: label('Two'), tags: [], bot: true });
    expect(result.id).toBe('Q2');
    expect(server.entities.size).toBe(2);
  });

  it.each<FaultKind>(['drop-after', 'drop-before', 'server-error'])('hand a lost answer (%s) back as OutcomeUnknown', async (kind) => {
    const { session, wikibase } = stack();
    await session.login();
    server.injectNext(kind);
    await expect(wikibase.edit({ data: label('Two'), tags: [], bot: true })).rejects.toBeInstanceOf(OutcomeUnknown);
    expect(server.entities.size).toBe(kind === 'drop-after' ? 2 : 1);
  });

  it('renew a stale CSRF token (badtoken) and send again', async () => {
    const { session, wikibase } = stack();
    await session.login();
    server.injectNext('badtoken');
    expect((await wikibase.edit({ data: label('Two'), tags: [], bot: true })).id).toBe('Q2');
    expect(session.renewals).toBe(1);
  });

  it('log in again when the session is lost, never editing anonymously (assert=user)', async () => {
    const { session, wikibase, client } = stack();
    await session.login();
    client.cookies.clear();
    expect((await wikibase.edit({ data: label('Two'), tags: [], bot: true })).id).toBe('Q2');
    const edits = server.log.filter((r) => r.action === 'wbeditentity');
    expect(edits.map((r) => r.params['assert'])).toEqual(['user', 'user']);
    expect(server.log.filter((r) => r.action === 'login')).toHaveLength(2);
  });

  it('put the token last in the body', async () => {
    const { session, wikibase } = stack();
    await session.login();
    await wikibase.edit({ data: label('Two'), summary: 's', tags: ['t1', 't2'], bot: true });
    const raw = server.rawRequests.at(-1) ?? '';
    expect(raw.slice(raw.indexOf('\r\n\r\n') + 4)).toMatch(/^format=json&maxlag=5&action=wbeditentity&.*&tags=t1%7Ct2&bot=1&assert=user&token=[^&]+$/u);
  });
});

describe('logins', () => {
  it('with an OAuth 2 token: a bearer header, no login', async () => {
    const { session, wikibase } = stack(OAUTH);
    await session.login();
    expect((await wikibase.edit({ data: label('Two'), tags: [], bot: true })).id).toBe('Q2');
    expect(server.log.some((r) => r.action === 'login')).toBe(false);
    expect(server.log.at(-1)?.authorization).toBe(`Bearer ${DEFAULT_OAUTH_TOKEN}`);
  });

  it.each<[string, Credentials, RegExp]>([
    ['a wrong bot password', { kind: 'password', user: DEFAULT_BOT_PASSWORD.username, password: 'wrong-password-42' }, /refused the bot password of Importer@wbimport/u],
    ['a wrong OAuth token', { kind: 'token', token: 'wrong-token-42' }, /refused an OAuth 2 access token/u],
  ])('refuse %s with a CredentialsError that does not show it', async (_, credentials, message) => {
    const error = await stack(credentials).session.login().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    expect(String(error)).toMatch(message);
    expect(String(error)).not.toContain('-42');
  });

  it('survive a login whose answer was lost', async () => {
    const { session, wikibase } = stack();
    server.injectNext('drop-after');
    await session.login();
    expect((await wikibase.edit({ data: label('Two'), tags: [], bot: true })).id).toBe('Q2');
  });
});

describe('redactParams', () => {
  it('masks secret parameters whatever their value', () => {
    expect(redactParams({ action: 'login', lgname: 'A', lgpassword: 'x', lgtoken: 'y', token: 'z' })).toEqual({
      action: 'login',
      lgname: 'A',
      lgpassword: '***',
      lgtoken: '***',
      token: '***',
    });
  });
});
