// Reading from the fake Wikibase: wbgetentities batches and its 50-id limit, and wbsearchentities prefix search.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IDS, startFakeWikibase, type FakeWikibase, TEST_PROPERTIES } from '../support/fake-wikibase/index.js';
import { isJsonObject, type Json } from '../support/fake-wikibase/json.js';
import { RawClient, at } from '../support/fake-wikibase/raw-client.js';

const J = { format: 'json', formatversion: '2' } as const;
const term = (language: string, value: string) => ({ language, value });
const item = (id: string, label: string, extra: Record<string, unknown> = {}) => ({ type: 'item', id, labels: { en: term('en', label) }, ...extra });

const ENTITIES = [
  item('Q1', 'Paris', { descriptions: { en: term('en', 'capital of France') }, labels: { en: term('en', 'Paris'), fr: term('fr', 'Paris') } }),
  item('Q2', 'Parish church', { aliases: { en: [term('en', 'kirk')] } }),
  item('Q3', 'Lyon', { aliases: { en: [term('en', 'paris of the south')] } }),
  item('Q4', 'Pa', { sitelinks: { enwiki: { site: 'enwiki', title: 'Pa (letter)', badges: [] } } }),
  item('Q5', 'Zürich', { labels: { de: term('de', 'Zürich'), 'de-ch': term('de-ch', 'Züri') } }),
];

let wb: FakeWikibase;
let client: RawClient;
beforeEach(async () => {
  wb = await startFakeWikibase({ properties: TEST_PROPERTIES, entities: ENTITIES });
  client = new RawClient(wb.apiUrl);
});
afterEach(() => wb.close());

const keys = (value: Json | undefined): string[] => (isJsonObject(value) ? Object.keys(value) : []);

describe('wbgetentities', () => {
  it('returns a batch in the order asked, missing ones marked, duplicates once, ids upper-cased', async () => {
    const response = await client.get({ action: 'wbgetentities', ids: 'Q3|q1|Q99|Q3', ...J });
    expect(keys(at(response.json, 'entities'))).toEqual(['Q3', 'Q1', 'Q99']);
    expect(at(response.json, 'entities.Q99')).toEqual({ id: 'Q99', missing: '' });
    expect(at(response.json, 'entities.Q1')).toMatchObject({ pageid: 1, ns: 120, title: 'Item:Q1', type: 'item', id: 'Q1', lastrevid: 1 });
    expect(at(response.json, 'entities.Q1.labels')).toEqual({ en: term('en', 'Paris'), fr: term('fr', 'Paris') });
    expect(at(response.json, 'success')).toBe(1);
  });

  it(`takes ${MAX_IDS} ids, and refuses ${MAX_IDS + 1} with toomanyvalues`, async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `Q${i + 1}`).join('|');
    const ok = await client.get({ action: 'wbgetentities', ids: ids(MAX_IDS), ...J });
    expect(keys(at(ok.json, 'entities'))).toHaveLength(MAX_IDS);
    const tooMany = await client.post({ action: 'wbgetentities', ids: ids(MAX_IDS + 1), ...J });
    expect(at(tooMany.json, 'error')).toMatchObject({
      code: 'toomanyvalues',
      info: 'Too many values supplied for parameter "ids". The limit is 50.',
      limit: 50,
    });
  });

  it('splits on U+001F when the value starts with it', async () => {
    const response = await client.get({ action: 'wbgetentities', ids: '\u001fQ1\u001fQ2', ...J });
    expect(keys(at(response.json, 'entities'))).toEqual(['Q1', 'Q2']);
  });

  it('honours props and languages', async () => {
    const response = await client.get({ action: 'wbgetentities', ids: 'Q1', props: 'labels|descriptions', languages: 'fr', ...J });
    expect(at(response.json, 'entities.Q1')).toEqual({ type: 'item', id: 'Q1', labels: { fr: term('fr', 'Paris') }, descriptions: {} });
  });

  it('finds items by sitelink', async () => {
    const response = await client.get({ action: 'wbgetentities', sites: 'enwiki', titles: 'Pa (letter)', props: 'sitelinks', ...J });
    expect(at(response.json, 'entities.Q4.sitelinks.enwiki')).toEqual({ site: 'enwiki', title: 'Pa (letter)', badges: [] });
  });

  it.each([
    ['an id that is not one', { ids: 'Q1|nonsense' }, 'no-such-entity'],
    ['no ids at all', {}, 'param-missing'],
  ])('refuses %s', async (_, params, code) => {
    const response = await client.get({ action: 'wbgetentities', ...params, ...J });
    expect(at(response.json, 'error.code')).toBe(code);
  });
});

describe('wbsearchentities', () => {
  const search = async (params: Record<string, string>) =>
    (await client.get({ action: 'wbsearchentities', language: 'en', type: 'item', ...params, ...J })).json;
  const ids = (json: Json | undefined): Json[] => {
    const list = at(json, 'search');
    return Array.isArray(list) ? list.map((entry) => at(entry, 'id') ?? null) : [];
  };

  it('matches labels and aliases by prefix, case counting (as the SQL term store), exact matches first', async () => {
    expect(ids(await search({ search: 'PARIS' }))).toEqual([]);
    const json = await search({ search: 'Paris' });
    expect(ids(json)).toEqual(['Q1', 'Q2']);
    expect(at(json, 'search.0')).toMatchObject({
      id: 'Q1',
      title: 'Item:Q1',
      label: 'Paris',
      description: 'capital of France',
      match: { type: 'label', language: 'en', text: 'Paris' },
      display: { label: { value: 'Paris', language: 'en' }, description: { value: 'capital of France', language: 'en' } },
    });
    expect(at(await search({ search: 'paris' }), 'search.0')).toMatchObject({ id: 'Q3', label: 'Lyon', match: { type: 'alias', text: 'paris of the south' }, aliases: ['paris of the south'] });
    expect(at(json, 'searchinfo')).toEqual({ search: 'Paris' });
    expect(at(json, 'success')).toBe(1);
  });

  it('pages with limit and continue', async () => {
    const first = await search({ search: 'Pa', limit: '2' });
    expect(ids(first)).toEqual(['Q4', 'Q1']);
    expect(at(first, 'search-continue')).toBe(2);
    const second = await search({ search: 'Pa', limit: '2', continue: '2' });
    expect(ids(second)).toEqual(['Q2']);
    expect(at(second, 'search-continue')).toBeUndefined();
  });

  it('falls back from de-ch to de unless strictlanguage is given', async () => {
    expect(ids(await search({ search: 'Zür', language: 'de-ch' }))).toEqual(['Q5']);
    expect(ids(await search({ search: 'Zürich', language: 'de-ch', strictlanguage: '1' }))).toEqual([]);
    expect(at(await search({ search: 'Züri', language: 'de-ch', strictlanguage: '1' }), 'search.0.match')).toEqual({ type: 'label', language: 'de-ch', text: 'Züri' });
  });

  it('finds an item by its id', async () => {
    expect(at(await search({ search: 'q3' }), 'search.0')).toMatchObject({ id: 'Q3', match: { type: 'entityId', text: 'Q3' } });
  });

  it('finds nothing for an unknown text', async () => {
    expect(ids(await search({ search: 'Berlin' }))).toEqual([]);
  });

  it('wants a language', async () => {
    const response = await client.get({ action: 'wbsearchentities', search: 'x', ...J });
    expect(at(response.json, 'error.code')).toBe('missingparam');
  });
});
