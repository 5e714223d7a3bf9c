// Replays a recorded scenario against a fresh fake Wikibase: each client session of the recording gets its own
// cookie jar, masked secrets are filled in from the fake's own answers, recorded ids are mapped to the fake's.
import { startFakeWikibase, type FakeWikibase } from '../fake-wikibase/index.js';
import type { Json } from '../fake-wikibase/json.js';
import { RawClient, loginWithBotPassword } from '../fake-wikibase/raw-client.js';
import { compareBodies, IdMap } from './compare.js';
import { uncut, uncutDeep, type Exchange, type ProbeFile } from './probe-file.js';

/** The accounts of the recorded wiki (README: the bot with every grant, another user), with made-up passwords. */
export const PROBE_BOT = { username: 'Admin@wbimport', password: 'probe-admin-secret' } as const;
export const PROBE_OTHER_USER = { username: 'Person@wbimport', password: 'probe-person-secret' } as const;
const MASK = '***';

/** The recorded wiki's imported units (the profile's), so values naming them are valid. */
const UNITS = ['Q217', 'Q218', 'Q220', 'Q226', 'Q660'].map((id) => ({ type: 'item', id, labels: { en: { language: 'en', value: `unit ${id}` } } }));

interface ClientSession {
  readonly client: RawClient;
  csrf?: string;
  loginToken?: string;
}

export interface ExchangeResult {
  readonly exchange: Exchange;
  readonly differences: readonly string[];
}

export async function replay(probe: ProbeFile): Promise<ExchangeResult[]> {
  const entities = [...UNITS, ...preexisting(probe)];
  const fake = await startFakeWikibase({ botPassword: PROBE_BOT, botPasswords: [PROBE_OTHER_USER, ...otherAccounts(probe)], entities, retryAfterSeconds: 5 });
  try {
    return await run(probe, fake);
  } finally {
    await fake.close();
  }
}

async function run(probe: ProbeFile, fake: FakeWikibase): Promise<ExchangeResult[]> {
  const ids = new IdMap();
  const sessions = new Map<number, ClientSession>();
  const session = async (n: number): Promise<ClientSession> => {
    let found = sessions.get(n);
    if (found === undefined) {
      found = { client: new RawClient(fake.apiUrl) };
      sessions.set(n, found);
      // Session 0 is the logged-in bot, session 1 the other user; the others start anonymous.
      const account = n === 0 ? PROBE_BOT : n === 1 ? PROBE_OTHER_USER : undefined;
      if (account !== undefined) await loginWithBotPassword(found.client, account.username, account.password);
    }
    return found;
  };
  const results: ExchangeResult[] = [];
  for (const exchange of probe.exchanges) {
    const own = await session(exchange.session);
    const lag = /\blag (\d+) ?s\b/u.exec(exchange.step);
    fake.setLag(lag === null ? 0 : Number(lag[1]));
    const params = fillIn(exchange, own, sessions, ids);
    const response = exchange.request.method === 'GET' ? await own.client.get(params) : await own.client.post(params);
    remember(own, response.json);
    const differences: string[] = [];
    if (response.status !== exchange.response.status) differences.push(`status: recorded ${exchange.response.status}, fake ${response.status}`);
    const header = (exchange.response.headers['mediawiki-api-error'] ?? '').split(',').map((c) => c.trim())[0] ?? '';
    const fakeHeader = (response.headers.get('mediawiki-api-error') ?? '').split(',').map((c) => c.trim())[0] ?? '';
    if (header !== fakeHeader) differences.push(`MediaWiki-API-Error: recorded "${header}", fake "${fakeHeader}"`);
    for (const name of ['retry-after', 'x-database-lag']) {
      if ((exchange.response.headers[name] === undefined) !== (response.headers.get(name) === null)) differences.push(`header ${name}: present on one side only`);
    }
    differences.push(...compareBodies(exchange.response.body, response.json, ids));
    results.push({ exchange, differences });
  }
  return results;
}

/** The request's parameters with masked secrets filled in, cut strings made whole and recorded ids mapped. */
function fillIn(exchange: Exchange, own: ClientSession, sessions: ReadonlyMap<number, ClientSession>, ids: IdMap): Record<string, string> {
  const step = exchange.step.toLowerCase();
  const out: Record<string, string> = {};
  const count = /\b(\d+) ids\b/u.exec(exchange.step);
  for (const [key, raw] of Object.entries(exchange.request.params)) {
    let value: unknown = ids.apply(typeof raw === 'string' ? uncut(raw, count === null ? undefined : Number(count[1])) : uncutDeep(raw), key);
    if (value === MASK) {
      if (key === 'token') value = step.includes('wrong token') ? 'not-a-token+\\' : (own.csrf ?? '');
      else if (key === 'lgtoken') value = step.includes('another session') ? otherLoginToken(own, sessions) : (own.loginToken ?? '');
      else if (key === 'lgpassword') value = step.includes('wrong password') ? 'wrong-password' : passwordOf(String(exchange.request.params['lgname'] ?? ''));
    }
    out[key] = typeof value === 'string' ? uncut(value) : JSON.stringify(value);
  }
  return out;
}

function passwordOf(name: string): string {
  if (name === PROBE_BOT.username || name === PROBE_OTHER_USER.username) return name === PROBE_BOT.username ? PROBE_BOT.password : PROBE_OTHER_USER.password;
  return `probe-${name}`;
}

/**
 * Other bot passwords of the recorded wiki (README: one with `basic` only, one without `highvolume`): those the
 * recording logs in with successfully, their grants told by their names.
 */
function otherAccounts(probe: ProbeFile): Array<{ username: string; password: string; grants: string[] }> {
  const names = new Set<string>();
  for (const exchange of probe.exchanges) {
    const name = exchange.request.params['lgname'];
    const result = (exchange.response.body as { login?: { result?: unknown } } | null)?.login?.result;
    if (typeof name === 'string' && result === 'Success' && name !== PROBE_BOT.username && name !== PROBE_OTHER_USER.username) names.add(name);
  }
  const all = ['basic', 'highvolume', 'editpage', 'createeditmovepage', 'delete'];
  return [...names].map((username) => {
    const lower = username.toLowerCase();
    const grants = /basic/u.test(lower) ? ['basic'] : /no-?high|slow|limited/u.test(lower) ? all.filter((g) => g !== 'highvolume') : all;
    return { username, password: passwordOf(username), grants };
  });
}

function otherLoginToken(own: ClientSession, sessions: ReadonlyMap<number, ClientSession>): string {
  return [...sessions.values()].filter((s) => s !== own && s.loginToken !== undefined).map((s) => s.loginToken ?? '').pop() ?? '';
}

/** Tokens the fake handed out, for the requests that follow in the same session. */
function remember(own: ClientSession, body: Json): void {
  const query = (body as { query?: { tokens?: { csrftoken?: unknown; logintoken?: unknown } } } | null)?.query;
  if (typeof query?.tokens?.csrftoken === 'string') own.csrf = query.tokens.csrftoken;
  if (typeof query?.tokens?.logintoken === 'string') own.loginToken = query.tokens.logintoken;
  const login = (body as { login?: { token?: unknown } } | null)?.login;
  if (typeof login?.token === 'string') own.loginToken = login.token;
}

/**
 * Items the recorded wiki had before the scenario: those its search answers show and the scenario did not
 * create (made by runs not kept), with the terms the answers show.
 */
function preexisting(probe: ProbeFile): unknown[] {
  const created = new Set<string>();
  for (const exchange of probe.exchanges) {
    const id = (exchange.response.body as { entity?: { id?: unknown } } | null)?.entity?.id;
    if (typeof id === 'string') created.add(id);
  }
  const seeds = new Map<string, unknown>();
  for (const exchange of probe.exchanges) {
    const hits = (exchange.response.body as { search?: unknown } | null)?.search;
    if (!Array.isArray(hits)) continue;
    for (const hit of hits as Array<{ id?: unknown; display?: { label?: { value: string; language: string }; description?: { value: string; language: string } } }>) {
      if (typeof hit.id !== 'string' || created.has(hit.id) || seeds.has(hit.id)) continue;
      const term = (t: { value: string; language: string } | undefined): object => (t === undefined ? {} : { [t.language]: { language: t.language, value: t.value } });
      seeds.set(hit.id, { type: 'item', id: hit.id, labels: term(hit.display?.label), descriptions: term(hit.display?.description) });
    }
  }
  return [...seeds.values()];
}
