// The fake Wikibase speaks api.php: formats and format versions, error formats, unknown actions, bodies, logs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeWikibase, type FakeWikibase, TEST_PROPERTIES } from '../support/fake-wikibase/index.js';
import { RawClient, at, csrfToken, loginWithBotPassword, stringAt } from '../support/fake-wikibase/raw-client.js';

const J = { format: 'json', formatversion: '2' } as const;

let wb: FakeWikibase;
let client: RawClient;
beforeEach(async () => {
  wb = await startFakeWikibase({ properties: TEST_PROPERTIES, entities: [{ type: 'item', id: 'Q1', labels: { de: { language: 'de', value: 'Größe' } } }] });
  client = new RawClient(wb.apiUrl);
});
afterEach(() => wb.close());

describe('responses', () => {
  it('names the server when asked (servedby), results and errors alike, and only then', async () => {
    for (const params of [{ action: 'query', meta: 'tokens' }, { action: 'wbgetentities', ids: 'Q1' }, { action: 'nope' }]) {
      expect(at((await client.get({ ...params, servedby: '1', ...J })).json, 'servedby')).toBe('fake-wikibase');
      expect(at((await client.get({ ...params, ...J })).json, 'servedby')).toBeUndefined();
    }
  });

  it('answers an unknown action with badvalue, HTTP 200 and the MediaWiki-API-Error header', async () => {
    const response = await client.get({ action: 'wbfrobnicate', ...J });
    expect(response.status).toBe(200);
    expect(response.headers.get('mediawiki-api-error')).toBe('badvalue');
    expect(at(response.json, 'error')).toMatchObject({ code: 'badvalue', info: 'Unrecognized value for parameter "action": wbfrobnicate.' });
    expect(stringAt(response.json, 'error.docref')).toContain(`See ${wb.apiUrl} for API usage`);
  });

  it('escapes non-ASCII and shows true as "" with formatversion=1, and writes UTF-8 with formatversion=2', async () => {
    const v1 = await client.get({ action: 'wbgetentities', ids: 'Q1', format: 'json' });
    expect(v1.text).toContain('Gr\\u00f6\\u00dfe');
    expect(at((await client.get({ action: 'query', meta: 'tokens', format: 'json' })).json, 'batchcomplete')).toBe('');
    const v2 = await client.get({ action: 'wbgetentities', ids: 'Q1', ...J });
    expect(v2.text).toContain('Größe');
    expect(at((await client.get({ action: 'query', meta: 'tokens', ...J })).json, 'batchcomplete')).toBe(true);
  });

  it('gives the errors list with errorformat=plaintext', async () => {
    const response = await client.get({ action: 'nope', errorformat: 'plaintext', ...J });
    expect(at(response.json, 'errors')).toEqual([{ code: 'badvalue', text: 'Unrecognized value for parameter "action": nope.', module: 'main' }]);
  });

  it('sends HTML (jsonfm) when no format is asked for, as MediaWiki does', async () => {
    const response = await client.get({ action: 'query', meta: 'tokens' });
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.text).toContain('&quot;csrftoken&quot;');
  });

  it('warns about unrecognised values', async () => {
    const response = await client.get({ action: 'query', meta: 'tokens|siteinfo', ...J });
    expect(stringAt(response.json, 'warnings.query.warnings')).toBe('Unrecognized value for parameter "meta": siteinfo.');
  });

  it('answers 404 outside /w/api.php', async () => {
    const response = await fetch(new URL('/wiki/Item:Q1', wb.apiUrl));
    expect(response.status).toBe(404);
  });
});

describe('request bodies', () => {
  it('takes multipart/form-data as well as urlencoded bodies', async () => {
    await loginWithBotPassword(client, 'Importer@wbimport', 'bot-secret-123');
    const token = await csrfToken(client);
    const data = JSON.stringify({ labels: { en: { language: 'en', value: 'a|b & c=d' } } });
    const response = await client.post({ action: 'wbeditentity', new: 'item', data, token, ...J }, { multipart: true });
    expect(at(response.json, 'entity.labels.en.value')).toBe('a|b & c=d');
  });
});

describe('what the fake records', () => {
  it('keeps every raw request, with secrets where the client put them, aligned with the log', async () => {
    await loginWithBotPassword(client, 'Importer@wbimport', 'bot-secret-123');
    const bearer = new RawClient(wb.apiUrl, { authorization: 'Bearer oauth-secret-456' });
    await bearer.get({ action: 'query', meta: 'userinfo', ...J });

    expect(wb.rawRequests).toHaveLength(wb.log.length);
    expect(wb.log.map((r) => r.action)).toEqual(['query', 'login', 'query']);
    const [tokens = '', login = '', withBearer = ''] = wb.rawRequests;
    expect(tokens).toMatch(/^GET \/w\/api\.php\?action=query&meta=tokens&type=login/);
    expect(login).toMatch(/^POST \/w\/api\.php HTTP\/1\.1\r\n/);
    expect(login.split('\r\n\r\n')[1]).toContain('lgpassword=bot-secret-123');
    expect(login).toMatch(/\r\ncookie: fakewiki_session=[0-9a-f]{32}\r\n/i);
    expect(withBearer).toMatch(/\r\nauthorization: Bearer oauth-secret-456\r\n/i);
    expect(wb.log[1]?.params['lgpassword']).toBe('bot-secret-123');
    expect(wb.log[2]?.authorization).toBe('Bearer oauth-secret-456');
    expect(wb.rawRequests.filter((raw) => raw.includes('bot-secret-123'))).toHaveLength(1);
  });

  it('hands out copies of the entities, so a test cannot change the server by accident', async () => {
    const copy = wb.entities.get('Q1') as { labels: Record<string, unknown> };
    copy.labels = {};
    const response = await client.get({ action: 'wbgetentities', ids: 'Q1', ...J });
    expect(at(response.json, 'entities.Q1.labels.de.value')).toBe('Größe');
  });

  it.each([
    [[{ type: 'item', labels: {} }], /needs an item id/],
    [[{ type: 'item', id: 'Q1' }, { type: 'item', id: 'Q1' }], /given twice/],
    [[{ type: 'item', id: 'Q2', claims: { P1: [{ type: 'statement', mainsnak: { snaktype: 'bogus', property: 'P1' } }] } }], /Q2 is not valid on this wiki/],
  ])('refuses bad pre-existing entities with a clear message (%#)', async (entities, message) => {
    await expect(startFakeWikibase({ properties: TEST_PROPERTIES, entities })).rejects.toThrow(message);
  });
});
