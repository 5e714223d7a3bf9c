// The diff: everything for a new item; for an existing one only what differs, under each merge rule, idempotently.
import { describe, expect, it } from 'vitest';
import type { Item, Statement } from '../../src/model/index.js';
import { diffItem, newItemPlan, type EditData } from '../../src/upload/diff.js';
import { DEFAULT_MERGE_RULES, mergeRules, type MergeRules } from '../../src/upload/merge-rules.js';
import { readServerItem, type ServerItem } from '../../src/upload/server-item.js';
import { quantity, text } from './support.js';

function server(json: Record<string, unknown>): ServerItem {
  const item = readServerItem({ type: 'item', id: 'Q1', lastrevid: 10, ...json });
  if ('error' in item) throw new Error(item.error);
  return item;
}

const withId = (s: Statement, id: string): Statement => ({ ...s, id, mainsnak: { ...s.mainsnak, hash: 'h' } });
const euro = (amount: string): Statement => quantity('P835', amount);
const rules = (merge: MergeRules['merge'], extra: Partial<MergeRules> = {}): MergeRules => ({ ...DEFAULT_MERGE_RULES, merge, ...extra });
const ours = (claims: Item['claims'], terms: Partial<Item> = {}): Item => ({ type: 'item', id: 'Q1', claims, ...terms });

describe('newItemPlan', () => {
  it('sends every term and statement, without statement ids or hashes, and only the maps the item has', () => {
    const item: Item = {
      type: 'item',
      labels: { en: { language: 'en', value: 'A' } },
      descriptions: {},
      aliases: { en: [{ language: 'en', value: 'B' }] },
      claims: { P835: [{ ...withId(euro('+1'), 'Q9$x'), references: [{ hash: 'r', snaks: { P1: [text('P1', 'x').mainsnak] }, 'snaks-order': ['P1'] }] }] },
    };
    const { data, changes } = newItemPlan(item);
    expect(data).toEqual({
      labels: { en: { language: 'en', value: 'A' } },
      aliases: { en: [{ language: 'en', value: 'B' }] },
      claims: {
        P835: [{ ...euro('+1'), references: [{ snaks: { P1: [text('P1', 'x').mainsnak] }, 'snaks-order': ['P1'] }] }],
      },
    });
    expect(changes.map((c) => c.kind)).toEqual(['term', 'aliases', 'add']);
  });
});

describe('diffItem', () => {
  const theirs = server({
    labels: { en: { language: 'en', value: 'Old' } },
    descriptions: { en: { language: 'en', value: 'D' } },
    aliases: { en: [{ language: 'en', value: 'X' }] },
    claims: { P835: [withId(euro('+1'), 'Q1$a'), withId(euro('+2'), 'Q1$b')], P841: [withId(text('P841', 'Name'), 'Q1$c')] },
  });

  it('is null when the item already says all ours does (a re-run costs no edit)', () => {
    expect(diffItem(ours({ P835: [euro('+1')], P841: [text('P841', 'Name')] }, { labels: { en: { language: 'en', value: ' Old ' } } }), theirs, DEFAULT_MERGE_RULES)).toBeNull();
  });

  it.each<[string, MergeRules, Item['claims'], EditData['claims']]>([
    ['add: a missing value is added, the others left', rules({}), { P835: [euro('+3')] }, { P835: [euro('+3')] }],
    ['add: a present value costs nothing', rules({}), { P835: [euro('+2')] }, undefined],
    [
      'replace: the property becomes ours, the others removed by id',
      rules({ P835: 'replace' }),
      { P835: [euro('+2'), euro('+3')] },
      { P835: [euro('+3'), { id: 'Q1$a', remove: '' }] },
    ],
    ['keep: the item has values, none is touched', rules({ P835: 'keep' }), { P835: [euro('+3')] }, undefined],
    ['keep: a property the item lacks is added', rules({ P836: 'keep' }), { P836: [text('P836', 'x')] }, { P836: [text('P836', 'x')] }],
    ['replace never touches a property we have no statement of', rules({ P841: 'replace' }), { P835: [euro('+1')] }, undefined],
  ])('%s', (_, r, claims, expected) => {
    expect(diffItem(ours(claims), theirs, r)?.data.claims).toEqual(expected);
  });

  it('adds our qualifiers and references to a matched statement, sent with its id (add)', () => {
    const qualified: Statement = {
      ...euro('+1'),
      qualifiers: { P834: [quantity('P834', '+0.24').mainsnak] },
      'qualifiers-order': ['P834'],
      references: [{ snaks: { P1: [text('P1', 'src').mainsnak] }, 'snaks-order': ['P1'] }],
    };
    const plan = diffItem(ours({ P835: [qualified] }), theirs, DEFAULT_MERGE_RULES);
    expect(plan?.data.claims?.['P835']).toEqual([
      {
        id: 'Q1$a',
        mainsnak: euro('+1').mainsnak,
        type: 'statement',
        rank: 'normal',
        qualifiers: { P834: [quantity('P834', '+0.24').mainsnak] },
        'qualifiers-order': ['P834'],
        references: [{ snaks: { P1: [text('P1', 'src').mainsnak] }, 'snaks-order': ['P1'] }],
      },
    ]);
    expect(plan?.changes).toMatchObject([{ kind: 'update', what: ['+1 qualifier', '+1 reference'] }]);
  });

  it('takes our rank on replace, keeps theirs on add', () => {
    const preferred: Statement = { ...euro('+1'), rank: 'preferred' };
    expect(diffItem(ours({ P835: [preferred] }), theirs, DEFAULT_MERGE_RULES)).toBeNull();
    const plan = diffItem(ours({ P835: [preferred] }), theirs, rules({ P835: 'replace' }));
    expect(plan?.changes.map((c) => (c.kind === 'update' ? c.what : c.kind))).toEqual([['rank normal → preferred'], 'remove']);
  });

  it.each<[string, Partial<MergeRules>, Partial<Item>, Partial<EditData>]>([
    ['a changed label replaces theirs', {}, { labels: { en: { language: 'en', value: 'New' } } }, { labels: { en: { language: 'en', value: 'New' } } }],
    ['labels: keep leaves theirs', { labels: 'keep' }, { labels: { en: { language: 'en', value: 'New' } } }, {}],
    ['a label in a new language is added', { labels: 'keep' }, { labels: { it: { language: 'it', value: 'Nuovo' } } }, { labels: { it: { language: 'it', value: 'Nuovo' } } }],
    ['aliases: add sends the whole list with ours appended', {}, { aliases: { en: [{ language: 'en', value: 'Y' }, { language: 'en', value: 'X' }] } }, { aliases: { en: [{ language: 'en', value: 'X' }, { language: 'en', value: 'Y' }] } }],
    ['aliases: replace sends ours', { aliases: 'replace' }, { aliases: { en: [{ language: 'en', value: 'Y' }] } }, { aliases: { en: [{ language: 'en', value: 'Y' }] } }],
    ['aliases: keep leaves theirs', { aliases: 'keep' }, { aliases: { en: [{ language: 'en', value: 'Y' }] } }, {}],
  ])('terms: %s', (_, r, terms, expected) => {
    expect(diffItem(ours({}, terms), theirs, { ...DEFAULT_MERGE_RULES, ...r })?.data ?? {}).toEqual(expected);
  });

  it('reads the profile rules with their defaults', () => {
    expect(mergeRules(undefined)).toEqual(DEFAULT_MERGE_RULES);
    expect(mergeRules({ merge: { P835: 'replace' }, aliases: 'keep' })).toEqual({ ...DEFAULT_MERGE_RULES, merge: { P835: 'replace' }, aliases: 'keep' });
  });

  it('never matches a statement it cannot read, and removes it only on replace', () => {
    const odd = server({ claims: { P835: [{ id: 'Q1$z', type: 'statement', rank: 'normal', mainsnak: { snaktype: 'value', property: 'P835', datavalue: { type: 'unknown-type', value: 1 } } }] } });
    expect(diffItem(ours({ P835: [euro('+1')] }), odd, DEFAULT_MERGE_RULES)?.data.claims).toEqual({ P835: [euro('+1')] });
    expect(diffItem(ours({ P835: [euro('+1')] }), odd, rules({ P835: 'replace' }))?.data.claims).toEqual({ P835: [euro('+1'), { id: 'Q1$z', remove: '' }] });
  });
});
