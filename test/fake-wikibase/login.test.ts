// Logging in to the fake Wikibase by bot password and by OAuth 2 bearer token, tokens, and who may write.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANONYMOUS_TOKEN, SESSION_COOKIE, startFakeWikibase, type FakeWikibase, TEST_PROPERTIES } from '../support/fake-wikibase/index.js';
import { RawClient, at, csrfToken, loginWithBotPassword, stringAt } from '../support/fake-wikibase/raw-client.js';

const J = { format: 'json', formatversion: '2' } as const;
const USER = 'Importer@wbimport';
const PASSWORD = 'bot-secret-123';
const NEW_ITEM = { action: 'wbeditentity', new: 'item', data: '{}', ...J } as const;

let wb: FakeWikibase;
let client: RawClient;
beforeEach(async () => {
  wb = await startFakeWikibase({ properties: TEST_PROPERTIES });
  client = new RawClient(wb.apiUrl);
});
afterEach(() => wb.close());

async function loginToken(c: RawClient): Promise<string> {
  const response = await c.get({ action: 'query', meta: 'tokens', type: 'login', ...J });
  return stringAt(response.json, 'query.tokens.logintoken');
}

describe('bot password login', () => {
  it('logs in as the main account, renews the session cookie, and gives a real CSRF token', async () => {
    const token = await loginToken(client);
    expect(token).toMatch(/^[0-9a-f]{40}\+\\$/);
    const anonymousSession = client.cookies.get(SESSION_COOKIE);
    expect(anonymousSession).toMatch(/^[0-9a-f]{32}$/);

    const login = await client.post({ action: 'login', lgname: USER, lgpassword: PASSWORD, lgtoken: token, ...J });
    expect(login.json).toEqual({ login: { result: 'Success', lguserid: 1, lgusername: 'Importer' } });
    expect(client.cookies.get(SESSION_COOKIE)).not.toBe(anonymousSession);

    const userinfo = await client.get({ action: 'query', meta: 'userinfo', ...J });
    expect(at(userinfo.json, 'query.userinfo')).toEqual({ id: 1, name: 'Importer' });
    const csrf = await csrfToken(client);
    expect(csrf).toMatch(/^[0-9a-f]{40}\+\\$/);
    const created = await client.post({ ...NEW_ITEM, token: csrf });
    expect(at(created.json, 'success')).toBe(1);
  });

  it('canonicalises the user part as MediaWiki does (first letter upper case)', async () => {
    const login = await loginWithBotPassword(client, 'importer@wbimport', PASSWORD);
    expect(at(login.json, 'login.result')).toBe('Success');
  });

  it('takes the credentials from the options', async () => {
    const other = await startFakeWikibase({ properties: TEST_PROPERTIES, botPassword: { username: 'Robot@imports', password: 'p4ss' } });
    try {
      const c = new RawClient(other.apiUrl);
      expect(at((await loginWithBotPassword(c, USER, PASSWORD)).json, 'login.result')).toBe('Failed');
      expect(at((await loginWithBotPassword(c, 'Robot@imports', 'p4ss')).json, 'login')).toEqual({
        result: 'Success',
        lguserid: 1,
        lgusername: 'Robot',
      });
    } finally {
      await other.close();
    }
  });

  it.each([
    ['a wrong password', USER, 'wrong', { result: 'Failed', reason: 'Incorrect username or password entered. Please try again.' }],
    ['the main account name without a bot name', 'Importer', PASSWORD, { result: 'Failed', reason: 'Incorrect username or password entered. Please try again.' }],
    ['another bot name', 'Importer@other', PASSWORD, { result: 'Failed', reason: 'Incorrect username or password entered. Please try again.' }],
  ])('refuses %s', async (_, name, password, expected) => {
    const login = await loginWithBotPassword(client, name, password);
    expect(at(login.json, 'login')).toEqual(expected);
    expect(at(await client.get({ action: 'query', meta: 'userinfo', ...J }).then((r) => r.json), 'query.userinfo.anon')).toBe(true);
  });

  it('answers WrongToken to a login token that is not the session’s', async () => {
    await loginToken(client);
    const login = await client.post({ action: 'login', lgname: USER, lgpassword: PASSWORD, lgtoken: `${'0'.repeat(40)}+\\`, ...J });
    expect(at(login.json, 'login')).toEqual({ result: 'WrongToken' });
  });

  it('answers Failed/sessionlost when the token comes without the cookie it is bound to', async () => {
    const token = await loginToken(client);
    const cookieless = new RawClient(wb.apiUrl);
    const login = await cookieless.post({ action: 'login', lgname: USER, lgpassword: PASSWORD, lgtoken: token, ...J });
    expect(at(login.json, 'login')).toEqual({ result: 'Failed', reason: 'Unable to continue login. Your session most likely timed out.' });
  });

  it('answers NeedToken with a token and a deprecation warning when lgtoken is missing', async () => {
    const login = await client.post({ action: 'login', lgname: USER, lgpassword: PASSWORD, ...J });
    expect(at(login.json, 'login.result')).toBe('NeedToken');
    const token = stringAt(login.json, 'login.token');
    expect(stringAt(login.json, 'warnings.login.warnings')).toContain('deprecated');
    const retry = await client.post({ action: 'login', lgname: USER, lgpassword: PASSWORD, lgtoken: token, ...J });
    expect(at(retry.json, 'login.result')).toBe('Success');
  });

  it('requires POST, and the password and token in the body', async () => {
    const token = await loginToken(client);
    const get = await client.get({ action: 'login', lgname: USER, lgpassword: PASSWORD, lgtoken: token, ...J });
    expect(at(get.json, 'error.code')).toBe('mustbeposted');
    const inQuery = await client.post({ action: 'login', lgname: USER, ...J }, { query: { lgpassword: PASSWORD, lgtoken: token } });
    expect(at(inQuery.json, 'error')).toMatchObject({
      code: 'mustpostparams',
      info: 'The following parameters were found in the query string, but must be in the POST body: lgpassword, lgtoken.',
    });
  });

  it('ends the session on logout', async () => {
    await loginWithBotPassword(client, USER, PASSWORD);
    const logout = await client.post({ action: 'logout', token: await csrfToken(client), ...J });
    expect(logout.json).toEqual({});
    expect(client.cookies.has(SESSION_COOKIE)).toBe(false);
    const assert = await client.get({ action: 'query', meta: 'userinfo', assert: 'user', ...J });
    expect(at(assert.json, 'error.code')).toBe('assertuserfailed');
  });
});

describe('OAuth 2 bearer token', () => {
  it('authenticates every request that carries it, with its own CSRF token', async () => {
    const bearer = new RawClient(wb.apiUrl, { authorization: 'Bearer oauth-secret-456' });
    const userinfo = await bearer.get({ action: 'query', meta: 'userinfo', assert: 'bot', ...J });
    expect(at(userinfo.json, 'query.userinfo')).toEqual({ id: 1, name: 'Importer' });
    const token = await csrfToken(bearer);
    expect(token).not.toBe(ANONYMOUS_TOKEN);
    const created = await bearer.post({ ...NEW_ITEM, token });
    expect(at(created.json, 'entity.id')).toBe('Q1');
    expect(bearer.cookies.size).toBe(0);
  });

  it('takes the token from the options', async () => {
    const other = await startFakeWikibase({ properties: TEST_PROPERTIES, oauthToken: 'another' });
    try {
      const ok = await new RawClient(other.apiUrl, { authorization: 'Bearer another' }).get({ action: 'query', meta: 'userinfo', ...J });
      expect(at(ok.json, 'query.userinfo.name')).toBe('Importer');
    } finally {
      await other.close();
    }
  });

  it.each([
    ['a query', { action: 'query', meta: 'tokens', ...J }],
    ['a read', { action: 'wbgetentities', ids: 'Q1', ...J }],
  ])('refuses a wrong token on %s with mwoauth-invalid-authorization', async (_, params) => {
    const wrong = new RawClient(wb.apiUrl, { authorization: 'Bearer nope' });
    const response = await wrong.get(params);
    expect(response.status).toBe(200);
    expect(at(response.json, 'error.code')).toBe('mwoauth-invalid-authorization');
    expect(stringAt(response.json, 'error.info')).toMatch(/^The authorization headers in your request are not valid/);
    expect(response.headers.get('mediawiki-api-error')).toBe('mwoauth-invalid-authorization');
  });

  it('cannot be used to log in (Aborted)', async () => {
    const bearer = new RawClient(wb.apiUrl, { authorization: 'Bearer oauth-secret-456' });
    const login = await bearer.post({ action: 'login', lgname: USER, lgpassword: PASSWORD, lgtoken: 'x', ...J });
    expect(at(login.json, 'login.result')).toBe('Aborted');
  });
});

describe('tokens and writes', () => {
  it('gives an anonymous caller the +\\ token, and refuses its edits with permissiondenied', async () => {
    expect(await csrfToken(client)).toBe(ANONYMOUS_TOKEN);
    const edit = await client.post({ ...NEW_ITEM, token: ANONYMOUS_TOKEN });
    expect(at(edit.json, 'error.code')).toBe('permissiondenied');
    expect(at(edit.json, 'error.messages.0.name')).toBe('wikibase-api-permissiondenied');
    expect(wb.entities.size).toBe(0);
  });

  it.each([
    ['an anonymous caller with a made-up token', false, { token: 'abc+\\' }, 'badtoken'],
    ['a logged-in caller with the anonymous token', true, { token: ANONYMOUS_TOKEN }, 'badtoken'],
    ['a logged-in caller without a token', true, {}, 'missingparam'],
  ])('refuses %s', async (_, logIn, extra, code) => {
    if (logIn) await loginWithBotPassword(client, USER, PASSWORD);
    const edit = await client.post({ ...NEW_ITEM, ...extra });
    expect(at(edit.json, 'error.code')).toBe(code);
    expect(wb.editCount()).toBe(0);
  });

  it('wants the token in the POST body', async () => {
    await loginWithBotPassword(client, USER, PASSWORD);
    const edit = await client.post(NEW_ITEM, { query: { token: await csrfToken(client) } });
    expect(at(edit.json, 'error.code')).toBe('mustpostparams');
  });

  it('keeps sessions apart: one session’s token is no good in another', async () => {
    const other = new RawClient(wb.apiUrl);
    await loginWithBotPassword(client, USER, PASSWORD);
    await loginWithBotPassword(other, USER, PASSWORD);
    const edit = await other.post({ ...NEW_ITEM, token: await csrfToken(client) });
    expect(at(edit.json, 'error.code')).toBe('badtoken');
  });

  it('answers assert=user for an anonymous caller with assertuserfailed', async () => {
    const response = await client.get({ action: 'wbgetentities', ids: 'Q1', assert: 'user', ...J });
    expect(at(response.json, 'error.code')).toBe('assertuserfailed');
  });
});
