// The link map (--link-map) and the one resolver of items named by label: formats, validation, languages, ambiguity.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ItemId } from '../../src/model/index.js';
import { readLinkMap } from '../../src/files/index.js';
import { LabelTable, LinkMapError, parseLinkMap, resolveItemLabel } from '../../src/resolve/index.js';

const dir = mkdtempSync(join(tmpdir(), 'wbimport-links-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('parseLinkMap', () => {
  it.each([
    ['a JSON object, for any language', '{"European Social Fund (ESF)": "Q2", "Poland": "Q13"}', [
      { label: 'European Social Fund (ESF)', item: 'Q2' },
      { label: 'Poland', item: 'Q13' },
    ]],
    ['a JSON object per language, mixed with any-language labels', '{"pl": {"Polska": "Q13"}, "Tyski": "Q9"}', [
      { label: 'Polska', item: 'Q13', language: 'pl' },
      { label: 'Tyski', item: 'Q9' },
    ]],
    ['a JSON array of entries', '[{"label": "Polska", "item": "Q13", "language": "pl"}, {"label": "Poland", "item": "Q13"}]', [
      { label: 'Polska', item: 'Q13', language: 'pl' },
      { label: 'Poland', item: 'Q13' },
    ]],
    ['a CSV label,item with quoted fields and a BOM', '\uFEFFlabel,item\n"Fund, with a comma",Q2\n"A ""quoted"" one",Q3\n', [
      { label: 'Fund, with a comma', item: 'Q2' },
      { label: 'A "quoted" one', item: 'Q3' },
    ]],
    ['a CSV with a language column, in any order, blank lines skipped', 'item,language,label\r\nQ13,pl,Polska\r\n\r\nQ9,,Tyski\r\n', [
      { label: 'Polska', item: 'Q13', language: 'pl' },
      { label: 'Tyski', item: 'Q9' },
    ]],
  ])('reads %s', (_, text, entries) => {
    expect(parseLinkMap(text, 'links')).toEqual(entries);
  });

  it.each([
    ['an item that is no item id', '{"Poland": "P13"}', /Poland/u],
    ['a language that is no code', '{"Polish": {"Polska": "Q13"}}', /Polish/u],
    ['a CSV row with a bad item, by its line', 'label,item\nPoland,Q13\nTyski,13\n', /links:3:/u],
    ['a CSV without the label and item columns', 'name,id\nPoland,Q13\n', /label,item/u],
    ['an empty label', 'label,item\n,Q13\n', /links:2:/u],
    ['broken JSON', '{"Poland": ', /not valid JSON/u],
  ])('refuses %s, naming where', (_, text, message) => {
    expect(() => parseLinkMap(text, 'links')).toThrow(LinkMapError);
    expect(() => parseLinkMap(text, 'links')).toThrow(message);
  });

  it('reads the formats upload’s own reader took before it used this one: a JSON object, a CSV with quoted labels', async () => {
    const expected = [
      ['Poland', 'Q13'],
      ['Tyski', 'Q9'],
    ];
    expect((await readLinkMap(file('a.json', '{"Poland": "Q13", " Tyski ": "Q9"}'))).map((e) => [e.label.trim(), e.item]).sort()).toEqual(expected);
    const csv = (await readLinkMap(file('a.csv', 'label,item\nPoland,Q13\n"Tyski, Poland",Q9\n'))).map((e) => [e.label, e.item]).sort();
    expect(csv).toEqual([
      ['Poland', 'Q13'],
      ['Tyski, Poland', 'Q9'],
    ]);
  });

  it('says which file it cannot read', async () => {
    await expect(readLinkMap(join(dir, 'missing.csv'))).rejects.toThrow(/cannot read link map/u);
  });
});

describe('LabelTable', () => {
  const table = new LabelTable(
    [
      { label: 'Polska', item: 'Q13' as ItemId, language: 'pl' },
      { label: 'Poland', item: 'Q13' as ItemId },
      { label: 'Tyski', item: 'Q9' as ItemId },
      { label: 'Tyski', item: 'Q10' as ItemId },
      { label: 'ESF', item: 'Q2' as ItemId, language: 'en' },
    ],
    { '*': { 'European Union': 'Q1' as ItemId, ESF: 'Q99' as ItemId }, pl: { 'Unia Europejska': 'Q1' as ItemId } },
  );

  it('answers in the page’s language, then for any language, then from the profile’s table', () => {
    expect(table.lookup('Polska', 'pl')).toBe('Q13');
    expect(table.lookup('Polska', 'en')).toBeUndefined();
    expect(table.lookup('Poland', 'pl')).toBe('Q13');
    expect(table.lookup('Unia Europejska', 'pl')).toBe('Q1');
    expect(table.lookup('European Union', 'de')).toBe('Q1');
  });

  it('lets the link map overrule the profile’s table', () => {
    expect(table.lookup('ESF', 'en')).toBe('Q2');
    expect(table.lookup('ESF', 'de')).toBe('Q99');
  });

  it('matches labels whatever their spaces (no-break ones too), never their case', () => {
    expect(table.lookup(' Poland\u00a0', 'en')).toBe('Q13');
    expect(table.lookup('poland', 'en')).toBeUndefined();
  });

  it('never chooses between two items: an ambiguous label gives its candidates', () => {
    expect(table.lookup('Tyski', 'pl')).toBeUndefined();
    expect(resolveItemLabel(table, 'Tyski', 'pl')).toEqual({ candidates: ['Q10', 'Q9'] });
    expect(resolveItemLabel(table, 'Nowhere', 'pl')).toEqual({ candidates: [] });
    expect(resolveItemLabel(table, 'Poland', 'pl')).toEqual({ id: 'Q13' });
  });
});
