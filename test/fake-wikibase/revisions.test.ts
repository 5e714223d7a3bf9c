// Revisions on the fake Wikibase: one global counter, null edits, baserevid conflicts, label+description uniqueness.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeWikibase, type FakeWikibase, TEST_PROPERTIES } from '../support/fake-wikibase/index.js';
import type { Json } from '../support/fake-wikibase/json.js';
import { RawClient, at, csrfToken, loginWithBotPassword, numberAt, stringAt } from '../support/fake-wikibase/raw-client.js';

const J = { format: 'json', formatversion: '2' } as const;
const term = (language: string, value: string) => ({ language, value });
const terms = (label: string, description: string) => ({ labels: { en: term('en', label) }, descriptions: { en: term('en', description) } });

let wb: FakeWikibase;
let client: RawClient;
let token: string;
beforeEach(async () => {
  wb = await startFakeWikibase({
    properties: TEST_PROPERTIES,
    botPasswords: [{ username: 'Other@wbimport', password: 'other-secret' }],
    entities: [
      { type: 'item', id: 'Q1', lastrevid: 40, ...terms('Mercury', 'planet') },
      { type: 'item', id: 'Q7', ...terms('Mercury', 'element') },
    ],
  });
  client = new RawClient(wb.apiUrl);
  await loginWithBotPassword(client, 'Importer@wbimport', 'bot-secret-123');
  token = await csrfToken(client);
});
afterEach(() => wb.close());

function edit(params: Record<string, string>, data: unknown) {
  return client.post({ action: 'wbeditentity', ...params, data: JSON.stringify(data), token, ...J });
}
const revisionOf = (id: string): number => numberAt(wb.entities.get(id) as Json, 'lastrevid');

describe('revision ids', () => {
  it('keeps given revision ids and numbers the rest, and every edit, from one counter', async () => {
    expect([revisionOf('Q1'), revisionOf('Q7')]).toEqual([40, 41]);
    const created = await edit({ new: 'item' }, terms('Venus', 'planet'));
    expect([at(created.json, 'entity.id'), at(created.json, 'entity.lastrevid')]).toEqual(['Q8', 42]);
    const edited = await edit({ id: 'Q1' }, { aliases: { en: [term('en', 'Hermes')] } });
    expect(at(edited.json, 'entity.lastrevid')).toBe(43);
    expect([revisionOf('Q1'), revisionOf('Q7'), revisionOf('Q8')]).toEqual([43, 41, 42]);
    const fetched = await client.get({ action: 'wbgetentities', ids: 'Q1', ...J });
    expect(at(fetched.json, 'entities.Q1')).toMatchObject({ lastrevid: 43, modified: '2024-01-01T00:00:43Z' });
  });

  it('makes no revision for an edit that changes nothing, and says nochange', async () => {
    const first = await edit({ id: 'Q1' }, { labels: { de: term('de', 'Merkur') } });
    const again = await edit({ id: 'Q1' }, { labels: { de: term('de', 'Merkur') } });
    expect(at(again.json, 'entity.nochange')).toBe(true);
    expect(at(again.json, 'entity.lastrevid')).toBe(at(first.json, 'entity.lastrevid'));
    expect(revisionOf('Q1')).toBe(at(first.json, 'entity.lastrevid'));
    expect(wb.editCount()).toBe(2);
    const v1 = await client.post({ action: 'wbeditentity', id: 'Q1', data: '{}', token, format: 'json' });
    expect(at(v1.json, 'entity.nochange')).toBe('');
  });
});

describe('baserevid', () => {
  it('accepts the latest revision', async () => {
    const response = await edit({ id: 'Q1', baserevid: '40' }, { labels: { de: term('de', 'Merkur') } });
    expect(at(response.json, 'success')).toBe(1);
  });

  // Problem 2 and 3 of issue 14: a stale baserevid is patched, not refused, as the recorded server does.
  const labels = (): Json | undefined => at(wb.entities.get('Q1') as Json, 'labels');

  it('patches a disjoint edit onto the newer revision, with the warning wikibase-conflict-patched', async () => {
    await edit({ id: 'Q1' }, { labels: { de: term('de', 'Merkur') } });
    const stale = await edit({ id: 'Q1', baserevid: '40' }, { labels: { fr: term('fr', 'Mercure') } });
    expect(at(stale.json, 'success')).toBe(1);
    expect(at(stale.json, 'warnings.wbeditentity.messages.0.name')).toBe('wikibase-conflict-patched');
    expect(labels()).toMatchObject({ de: { value: 'Merkur' }, fr: { value: 'Mercure' } });
  });

  it('drops what overlaps an own later edit and saves the rest, with wikibase-self-conflict-patched', async () => {
    await edit({ id: 'Q1' }, { labels: { de: term('de', 'Merkur') } });
    const stale = await edit({ id: 'Q1', baserevid: '40' }, { labels: { de: term('de', 'Quecksilber'), fr: term('fr', 'Mercure') } });
    expect(at(stale.json, 'warnings.wbeditentity.messages.0.name')).toBe('wikibase-self-conflict-patched');
    // The answer shows the edit made on the old revision, not what was saved: only a read tells.
    expect(at(stale.json, 'entity.labels.de.value')).toBe('Quecksilber');
    expect(labels()).toMatchObject({ de: { value: 'Merkur' }, fr: { value: 'Mercure' } });
  });

  it('answers editconflict when nothing of the edit still applies, applying nothing', async () => {
    const newer = await edit({ id: 'Q1' }, { labels: { de: term('de', 'Merkur') } });
    const before = wb.entities.get('Q1');
    const stale = await edit({ id: 'Q1', baserevid: '40' }, { labels: { de: term('de', 'Quecksilber') } });
    expect(at(stale.json, 'error')).toMatchObject({ code: 'editconflict', info: 'Edit conflict. Could not patch the current revision.' });
    expect(wb.entities.get('Q1')).toEqual(before);
    expect(revisionOf('Q1')).toBe(at(newer.json, 'entity.lastrevid'));
  });

  it('answers editconflict when another user changed the same field, even if the rest would apply', async () => {
    const other = new RawClient(wb.apiUrl);
    await loginWithBotPassword(other, 'Other@wbimport', 'other-secret');
    await other.post({ action: 'wbeditentity', id: 'Q1', data: JSON.stringify({ labels: { de: term('de', 'Merkur') } }), token: await csrfToken(other), ...J });
    const stale = await edit({ id: 'Q1', baserevid: '40' }, { labels: { de: term('de', 'Quecksilber'), fr: term('fr', 'Mercure') } });
    expect(at(stale.json, 'error.code')).toBe('editconflict');
    expect(labels()).not.toHaveProperty('fr');
  });

  it.each([
    ['a revision of another item', { id: 'Q1', baserevid: '41' }, 'nosuchrevid'],
    ['a revision that does not exist', { id: 'Q1', baserevid: '9999' }, 'nosuchrevid'],
    ['any revision when creating', { new: 'item', baserevid: '40' }, 'param-illegal'],
  ])('refuses %s', async (_, params, code) => {
    const response = await edit(params, {});
    expect(at(response.json, 'error.code')).toBe(code);
    expect(wb.editCount()).toBe(0);
  });
});

describe('label and description uniqueness', () => {
  it('refuses a new item with the label and description of another, naming it', async () => {
    const response = await edit({ new: 'item' }, terms('Mercury', 'planet'));
    expect(at(response.json, 'error')).toMatchObject({
      code: 'modification-failed',
      info: 'Item [[Item:Q1|Q1]] already has label "Mercury" associated with language code en, using the same description text.',
      messages: [{ name: 'wikibase-validator-label-with-description-conflict', parameters: ['Mercury', 'en', '[[Item:Q1|Q1]]'] }],
    });
    expect(stringAt(response.json, 'error.messages.0.html')).toContain('<a href="/wiki/Item:Q1"');
    expect([...wb.entities.keys()]).toEqual(['Q1', 'Q7']);
  });

  it('refuses an edit that makes an item collide with another', async () => {
    const response = await edit({ id: 'Q7' }, { descriptions: { en: term('en', 'planet') } });
    expect(at(response.json, 'error.messages.0.parameters')).toEqual(['Mercury', 'en', '[[Item:Q1|Q1]]']);
  });

  it.each([
    ['the same label with another description', terms('Mercury', 'god')],
    ['the same pair in another language', { labels: { de: term('de', 'Mercury') }, descriptions: { de: term('de', 'planet') } }],
    ['the same label and no description', { labels: { en: term('en', 'Mercury') } }],
  ])('allows %s', async (_, data) => {
    const response = await edit({ new: 'item' }, data);
    expect(at(response.json, 'success')).toBe(1);
  });

  it('does not hold an item against itself', async () => {
    const response = await edit({ id: 'Q1' }, terms('Mercury', 'planet'));
    expect(at(response.json, 'entity.nochange')).toBe(true);
  });

  it('wraps message html in {"*": …} and the docref in "*" with formatversion=1', async () => {
    const response = await client.post({ action: 'wbeditentity', new: 'item', data: JSON.stringify(terms('Mercury', 'planet')), token, format: 'json' });
    expect(at(response.json, 'error.messages.0.html.*')).toContain('Item <a href');
    expect(stringAt(response.json, 'error.*')).toMatch(/^See http:\/\/127\.0\.0\.1:\d+\/w\/api\.php for API usage/);
  });
});
