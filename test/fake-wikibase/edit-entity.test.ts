// wbeditentity semantics on the fake Wikibase: terms, aliases add/remove/set, statements add/replace/remove, clear, errors.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeWikibase, type FakeWikibase, TEST_PROPERTIES } from '../support/fake-wikibase/index.js';
import { isJsonObject, type Json } from '../support/fake-wikibase/json.js';
import { RawClient, at, csrfToken, loginWithBotPassword, stringAt } from '../support/fake-wikibase/raw-client.js';

const J = { format: 'json', formatversion: '2' } as const;
const S1 = 'Q1$11111111-1111-4111-8111-111111111111';
const S2 = 'Q1$22222222-2222-4222-8222-222222222222';
const S3 = 'Q1$33333333-3333-4333-8333-333333333333';

function statement(id: string | undefined, property: string, value: string): Record<string, unknown> {
  return {
    mainsnak: { snaktype: 'value', property, datavalue: { type: 'string', value } },
    type: 'statement',
    rank: 'normal',
    ...(id === undefined ? {} : { id }),
  };
}

const term = (language: string, value: string) => ({ language, value });
const Q1 = {
  type: 'item',
  id: 'Q1',
  labels: { en: term('en', 'Alpha'), de: term('de', 'Alfa') },
  descriptions: { en: term('en', 'first letter') },
  aliases: { en: [term('en', 'A'), term('en', 'alef')] },
  claims: { P1: [statement(S1, 'P1', 'one')], P2: [statement(S2, 'P2', 'two')] },
};

let wb: FakeWikibase;
let client: RawClient;
let token: string;
beforeEach(async () => {
  wb = await startFakeWikibase({ properties: TEST_PROPERTIES, entities: [Q1] });
  client = new RawClient(wb.apiUrl);
  await loginWithBotPassword(client, 'Importer@wbimport', 'bot-secret-123');
  token = await csrfToken(client);
});
afterEach(() => wb.close());

function edit(params: Record<string, string>, data: unknown): ReturnType<RawClient['post']> {
  return client.post({ action: 'wbeditentity', ...params, data: typeof data === 'string' ? data : JSON.stringify(data), token, ...J });
}

/** An entity reduced to what the table compares: term values, and statements as [GUID or "new", property, value]. */
function summary(entity: Json | undefined) {
  const terms = (path: string) => Object.fromEntries(Object.entries(objectAt(entity, path)).map(([l, t]) => [l, at(t, 'value')]));
  return {
    labels: terms('labels'),
    descriptions: terms('descriptions'),
    aliases: Object.fromEntries(
      Object.entries(objectAt(entity, 'aliases')).map(([l, list]) => [l, Array.isArray(list) ? list.map((t) => at(t, 'value')) : []]),
    ),
    statements: Object.values(objectAt(entity, 'claims')).flatMap((list) =>
      (Array.isArray(list) ? list : []).map((s) => {
        const id = stringAt(s, 'id');
        return [[S1, S2, S3].includes(id) ? id : 'new', at(s, 'mainsnak.property'), at(s, 'mainsnak.datavalue.value')];
      }),
    ),
  };
}

function objectAt(value: Json | undefined, path: string): Record<string, Json> {
  const found = at(value, path);
  return isJsonObject(found) ? found : {};
}

interface Summary {
  readonly labels: Readonly<Record<string, string>>;
  readonly descriptions: Readonly<Record<string, string>>;
  readonly aliases: Readonly<Record<string, readonly string[]>>;
  readonly statements: ReadonlyArray<readonly [string, string, string]>;
}

const BEFORE: Summary = {
  labels: { en: 'Alpha', de: 'Alfa' },
  descriptions: { en: 'first letter' },
  aliases: { en: ['A', 'alef'] },
  statements: [
    [S1, 'P1', 'one'],
    [S2, 'P2', 'two'],
  ],
};

describe('editing an item', () => {
  it.each<[string, Record<string, string>, unknown, Partial<Summary>]>([
    ['sets a label in a new language', {}, { labels: { fr: term('fr', 'Alpha-fr') } }, { labels: { en: 'Alpha', de: 'Alfa', fr: 'Alpha-fr' } }],
    ['replaces a label, trimmed', {}, { labels: { en: term('en', '  Beta ') } }, { labels: { en: 'Beta', de: 'Alfa' } }],
    ['removes a label with remove', {}, { labels: { de: { language: 'de', remove: '' } } }, { labels: { en: 'Alpha' } }],
    ['removes a label with an empty value', {}, { labels: { de: term('de', '') } }, { labels: { en: 'Alpha' } }],
    ['takes labels as a list', {}, { labels: [term('fr', 'F')] }, { labels: { en: 'Alpha', de: 'Alfa', fr: 'F' } }],
    ['sets a description', {}, { descriptions: { de: term('de', 'erster Buchstabe') } }, { descriptions: { en: 'first letter', de: 'erster Buchstabe' } }],
    ['replaces a language’s aliases with plain entries', {}, { aliases: { en: [term('en', 'B')] } }, { aliases: { en: ['B'] } }],
    [
      'appends with add, keeping each alias once',
      {},
      { aliases: { en: [{ ...term('en', 'B'), add: '' }, { ...term('en', 'A'), add: '' }] } },
      { aliases: { en: ['A', 'alef', 'B'] } },
    ],
    ['removes only the named alias with remove', {}, { aliases: { en: [{ ...term('en', 'A'), remove: '' }] } }, { aliases: { en: ['alef'] } }],
    ['empties a language with an empty list', {}, { aliases: { en: [] } }, { aliases: {} }],
    ['adds aliases in another language', {}, { aliases: { de: [{ ...term('de', 'x'), add: '' }] } }, { aliases: { en: ['A', 'alef'], de: ['x'] } }],
    [
      'replaces after the adds when a group mixes both',
      {},
      { aliases: { en: [{ ...term('en', 'B'), add: '' }, term('en', 'C')] } },
      { aliases: { en: ['C'] } },
    ],
    ['keeps the last plain entry of the list form (each entry is its own group)', {}, { aliases: [term('en', 'B'), term('en', 'C')] }, { aliases: { en: ['C'] } }],
    [
      'adds a statement without id under a new GUID, keeping the others',
      {},
      { claims: [statement(undefined, 'P1', 'three')] },
      { statements: [[S1, 'P1', 'one'], ['new', 'P1', 'three'], [S2, 'P2', 'two']] },
    ],
    [
      'replaces the statement with that id, in place',
      {},
      { claims: [statement(S1, 'P1', 'uno')] },
      { statements: [[S1, 'P1', 'uno'], [S2, 'P2', 'two']] },
    ],
    ['removes the statement with that id', {}, { claims: [{ id: S1, remove: '' }] }, { statements: [[S2, 'P2', 'two']] }],
    [
      'takes claims keyed by property',
      {},
      { claims: { P3: [statement(undefined, 'P3', 'x')] } },
      { statements: [[S1, 'P1', 'one'], [S2, 'P2', 'two'], ['new', 'P3', 'x']] },
    ],
    [
      'adds a statement with a GUID of the client’s under that GUID',
      {},
      { claims: [statement(S3, 'P2', 'deux')] },
      { statements: [[S1, 'P1', 'one'], [S2, 'P2', 'two'], [S3, 'P2', 'deux']] },
    ],
    [
      'clears everything first with clear',
      { clear: '1' },
      { labels: { en: term('en', 'Only') } },
      { labels: { en: 'Only' }, descriptions: {}, aliases: {}, statements: [] },
    ],
    ['treats clear=false as clear, as MediaWiki’s boolean parameters do', { clear: 'false' }, {}, { labels: {}, descriptions: {}, aliases: {}, statements: [] }],
  ])('%s', async (_, params, data, expected) => {
    const response = await edit({ id: 'Q1', ...params }, data);
    expect(at(response.json, 'success')).toBe(1);
    const result = summary(at(response.json, 'entity'));
    expect(result).toEqual({ ...BEFORE, ...expected });
    expect(summary(wb.entities.get('Q1') as Json)).toEqual(result);
    expect(wb.editCount()).toBe(1);
  });

  it('gives new statements a GUID of the item and recomputes every snak hash', async () => {
    const p31 = { snaktype: 'value', property: 'P31', hash: 'made-up', datavalue: { type: 'wikibase-entityid', value: { 'entity-type': 'item', 'numeric-id': 1 } } };
    const response = await edit({ id: 'Q1' }, { claims: [{ mainsnak: p31, type: 'statement', rank: 'normal' }] });
    const added = at(response.json, 'entity.claims.P31.0');
    expect(stringAt(added, 'id')).toMatch(/^Q1\$[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    // The id filled in next to numeric-id, the datatype from the property store, a hash of Wikibase's (the
    // replay test checks hashes against the recorded server's).
    expect(at(added, 'mainsnak')).toMatchObject({
      snaktype: 'value',
      property: 'P31',
      datavalue: { value: { 'entity-type': 'item', 'numeric-id': 1, id: 'Q1' }, type: 'wikibase-entityid' },
      datatype: 'wikibase-item',
    });
    expect(stringAt(added, 'mainsnak.hash')).toMatch(/^[0-9a-f]{40}$/);
    expect(stringAt(added, 'mainsnak.hash')).not.toBe('made-up');
  });

  it('takes qualifiers and references without their orders, keeping each snak once', async () => {
    const some = { snaktype: 'somevalue', property: 'P5' };
    const response = await edit({ id: 'Q1' }, {
      claims: [{ ...statement(undefined, 'P4', 'q'), qualifiers: { P5: [some, some] }, references: [{ snaks: { P6: [{ snaktype: 'novalue', property: 'P6' }] } }] }],
    });
    const added = at(response.json, 'entity.claims.P4.0');
    expect(at(added, 'qualifiers-order')).toEqual(['P5']);
    expect(at(added, 'qualifiers.P5')).toHaveLength(1);
    expect(at(added, 'references.0.snaks-order')).toEqual(['P6']);
    expect(stringAt(added, 'references.0.hash')).toMatch(/^[0-9a-f]{40}$/);
  });

  it('returns the full new entity with its revision id', async () => {
    const response = await edit({ id: 'Q1' }, { labels: { fr: term('fr', 'F') } });
    const entity = at(response.json, 'entity');
    expect(Object.keys(isJsonObject(entity) ? entity : {})).toEqual(['type', 'id', 'labels', 'descriptions', 'aliases', 'claims', 'sitelinks', 'lastrevid']);
    expect(at(entity, 'lastrevid')).toBe(at(wb.entities.get('Q1') as Json, 'lastrevid'));
  });
});

describe('creating an item', () => {
  it('gives it the next id and a first revision, and serves it afterwards', async () => {
    const response = await edit({ new: 'item' }, { labels: { en: term('en', 'Beta') }, claims: [statement(undefined, 'P1', 'b')] });
    expect(at(response.json, 'entity.id')).toBe('Q2');
    expect(stringAt(response.json, 'entity.claims.P1.0.id')).toMatch(/^Q2\$/);
    const fetched = await client.get({ action: 'wbgetentities', ids: 'Q2', ...J });
    expect(at(fetched.json, 'entities.Q2.labels.en.value')).toBe('Beta');
    expect(at(fetched.json, 'entities.Q2.lastrevid')).toBe(at(response.json, 'entity.lastrevid'));
  });

  it('creates an empty item from empty data', async () => {
    const response = await edit({ new: 'item' }, {});
    expect(summary(at(response.json, 'entity'))).toEqual({ labels: {}, descriptions: {}, aliases: {}, statements: [] });
  });
});

describe('refused edits change nothing', () => {
  it.each<[string, Record<string, string>, unknown, string]>([
    ['a remove without an id', {}, { claims: [{ remove: '' }] }, 'invalid-claim'],
    ['a remove of an unknown GUID', {}, { claims: [{ id: S3, remove: '' }] }, 'modification-failed'],
    ['a changed property on an existing statement', {}, { claims: [statement(S1, 'P9', 'x')] }, 'modification-failed'],
    ['a GUID of another item', {}, { claims: [statement('Q2$11111111-1111-4111-8111-111111111111', 'P1', 'x')] }, 'modification-failed'],
    ['a malformed GUID', {}, { claims: [statement('Q1$nope', 'P1', 'x')] }, 'modification-failed'],
    ['an amount that is not a number', {}, { claims: [{ mainsnak: { snaktype: 'value', property: 'P835', datavalue: { type: 'quantity', value: { amount: 'twelve', unit: '1' } } }, type: 'statement' }] }, 'invalid-claim'],
    ['a valid label next to an invalid statement', {}, { labels: { en: term('en', 'New') }, claims: [{ remove: '' }] }, 'invalid-claim'],
    ['a language key that is not the term’s language', {}, { labels: { en: term('de', 'x') } }, 'inconsistent-language'],
    ['a term without language', {}, { labels: { en: { value: 'x' } } }, 'missing-language'],
    ['an unknown language', {}, { labels: { 'EN!': term('EN!', 'x') } }, 'not-recognized-language'],
    ['a term value that is not a string', {}, { descriptions: { en: { language: 'en', value: 5 } } }, 'not-recognized-string'],
    ['a label equal to the description', {}, { labels: { en: term('en', 'first letter') } }, 'modification-failed'],
    ['a label over 250 characters', {}, { labels: { en: term('en', 'x'.repeat(251)) } }, 'modification-failed'],
    ['data that is not JSON', {}, 'not json', 'invalid-json'],
    ['a JSON list', {}, '[1]', 'not-recognized-string'],
    ['a top-level remove', {}, { remove: '' }, 'not-recognized'],
    ['an id in data that is not the item’s', {}, { id: 'Q2' }, 'param-invalid'],
    ['a type in data that is not item', {}, { type: 'property' }, 'param-invalid'],
    ['a stale lastrevid in data', {}, { lastrevid: 999 }, 'param-illegal'],
    ['clear with a statement removal (the statement is gone when the removal runs)', { clear: '' }, { claims: [{ id: S1, remove: '' }] }, 'modification-failed'],
  ])('refuses %s', async (_, params, data, code) => {
    const before = wb.entities.get('Q1');
    const response = await edit({ id: 'Q1', ...params }, data);
    expect(response.status).toBe(200);
    expect(at(response.json, 'error.code')).toBe(code);
    expect(response.headers.get('mediawiki-api-error')).toBe(code);
    expect(wb.entities.get('Q1')).toEqual(before);
    expect(wb.editCount()).toBe(0);
  });

  it('names the validator that refused a label equal to the description', async () => {
    const response = await edit({ id: 'Q1' }, { labels: { en: term('en', 'first letter') } });
    expect(at(response.json, 'error.messages.0')).toMatchObject({ name: 'wikibase-validator-label-equals-description', parameters: ['en'] });
  });

  it.each<[string, Record<string, string>, string]>([
    ['no data', { id: 'Q1' }, 'missingparam'],
    ['both id and new', { id: 'Q1', new: 'item', data: '{}' }, 'param-missing'],
    ['neither id nor new', { data: '{}' }, 'param-missing'],
    ['an entity type the fake cannot create', { new: 'property', data: '{}' }, 'badvalue'],
    ['an item that does not exist', { id: 'Q404', data: '{}' }, 'no-such-entity'],
    ['an id that is not one', { id: 'foo', data: '{}' }, 'invalid-entity-id'],
    ['an id in data when creating', { new: 'item', data: '{"id":"Q9"}' }, 'param-invalid'],
    ['a baserevid that is not a number', { id: 'Q1', data: '{}', baserevid: 'x' }, 'badinteger'],
  ])('refuses %s', async (_, params, code) => {
    const response = await client.post({ action: 'wbeditentity', ...params, token, ...J });
    expect(at(response.json, 'error.code')).toBe(code);
    expect([...wb.entities.keys()]).toEqual(['Q1']);
  });

  it('refuses GET (the token in the query string is found first)', async () => {
    const response = await client.get({ action: 'wbeditentity', id: 'Q1', data: '{}', token, ...J });
    expect(at(response.json, 'error.code')).toBe('mustpostparams');
  });
});
