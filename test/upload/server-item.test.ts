// wbgetentities answers read with zod: items, missing ids and redirects, and a clear error (never a crash) for what is malformed.
import { describe, expect, it } from 'vitest';
import { readEntities, readServerItem } from '../../src/upload/server-item.js';

const statement = { id: 'Q1$a', type: 'statement', rank: 'normal', mainsnak: { snaktype: 'value', property: 'P1', datavalue: { type: 'string', value: 'x' } } };

describe('readServerItem', () => {
  it('reads the revision, terms and statements (one the model cannot read kept with its id)', () => {
    const odd = { ...statement, id: 'Q1$b', mainsnak: { ...statement.mainsnak, datavalue: { type: 'unknown-type', value: 1 } } };
    const item = readServerItem({
      type: 'item',
      id: 'Q1',
      lastrevid: 7,
      labels: { en: { language: 'en', value: 'One' } },
      descriptions: [],
      aliases: { en: [{ language: 'en', value: 'Uno' }] },
      claims: { P1: [statement, odd] },
    });
    if ('error' in item) throw new Error(item.error);
    expect(item).toMatchObject({ id: 'Q1', lastrevid: 7, labels: { en: 'One' }, descriptions: {}, aliases: { en: ['Uno'] } });
    expect(item.claims.get('P1')?.map((s) => [s.id, s.statement === null])).toEqual([['Q1$a', false], ['Q1$b', true]]);
  });

  it.each<[string, unknown, string]>([
    ['not an object', 'Q1', 'the entity: entity:'],
    ['not an item', { id: 'P1', lastrevid: 1 }, 'P1: id:'],
    ['no revision', { id: 'Q1' }, 'Q1: lastrevid:'],
    ['a label without its text', { id: 'Q1', lastrevid: 1, labels: { en: { language: 'en' } } }, 'Q1: labels.en.value:'],
    ['aliases that are not a list', { id: 'Q1', lastrevid: 1, aliases: { en: 'Uno' } }, 'Q1: aliases'],
    ['claims that are not lists', { id: 'Q1', lastrevid: 1, claims: { P1: statement } }, 'Q1: claims'],
  ])('names what is wrong with %s', (_, json, error) => {
    const item = readServerItem(json);
    expect('error' in item && item.error).toContain(error);
  });
});

describe('readEntities', () => {
  it('tells items, missing ids and redirects apart, and names ids the answer is silent on', () => {
    const got = readEntities(
      {
        entities: {
          Q1: { type: 'item', id: 'Q1', lastrevid: 3 },
          Q2: { id: 'Q2', missing: '' },
          Q3: { type: 'item', id: 'Q9', lastrevid: 4, redirects: { from: 'Q3', to: 'Q9' } },
        },
      },
      ['Q1', 'Q2', 'Q3', 'Q4'],
    );
    expect(got.get('Q1')).toMatchObject({ kind: 'item', item: { id: 'Q1', lastrevid: 3 } });
    expect(got.get('Q2')).toEqual({ kind: 'missing' });
    expect(got.get('Q3')).toEqual({ kind: 'redirect', to: 'Q9' });
    expect(got.get('Q4')).toEqual({ error: 'the answer says nothing of Q4' });
  });

  it.each<[string, Record<string, unknown>]>([
    ['no entities', { error: { code: 'x' } }],
    ['entities that are not a map', { entities: 'Q1' }],
    ['a redirect without its target', { entities: { Q1: { redirects: { from: 'Q1' } } } }],
  ])('gives every id asked an error for an answer with %s', (_, answer) => {
    const got = readEntities(answer, ['Q1']);
    expect(got.get('Q1')).toEqual({ error: expect.stringContaining('not a wbgetentities answer (entities') as unknown });
  });
});
