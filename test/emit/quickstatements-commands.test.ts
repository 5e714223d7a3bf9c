// QuickStatements V1 commands: lines per item, CREATE/LAST, qualifiers and references, ordering, and every item-level limit.
import { describe, expect, it } from 'vitest';
import { V1_DIALECT, matchKey, planItem, v1Lines } from '../../src/emit/quickstatements/index.js';
import { GREGORIAN, type DataValue, type Item, type Reference, type Snak, type Statement } from '../../src/model/index.js';
import { ENTITY, EURO, day, monolingual, quantity, statement } from '../support/builders.js';

/** The V1 lines of an item and the details of the format-limits it caused. */
function v1(item: Item): { lines: string[]; limits: string[] } {
  const limits: string[] = [];
  const report = (d: string): void => {
    limits.push(d);
  };
  const plan = planItem(item, { conceptUriBase: ENTITY, dialect: V1_DIALECT, report });
  return { lines: v1Lines(plan, report), limits };
}

const item = (extra: Partial<Item> = {}): Item => ({ type: 'item', id: 'Q4295133', ...extra });
const snak = (property: `P${number}`, datavalue: DataValue): Snak => ({ snaktype: 'value', property, datavalue });
const string = (value: string): DataValue => ({ type: 'string', value });
const ref = (...snaks: Snak[]): Reference => {
  const map: Reference['snaks'] = {};
  for (const s of snaks) (map[s.property] ??= []).push(s);
  return { snaks: map, 'snaks-order': [...new Set(snaks.map((s) => s.property))] };
};
const T = '\t';

describe('the brief’s seed item', () => {
  it('is one line per term and statement, in the item’s order', () => {
    const seed = item({
      labels: { en: { language: 'en', value: 'L' } },
      claims: {
        P835: [statement('P835', quantity('+488705.11'))],
        P20: [statement('P20', day('+2018-09-01T00:00:00Z'))],
        P841: [statement('P841', string('Scienific Reserch Centre Bistra Ptuj'))],
        P836: [statement('P836', monolingual('testo', 'it'))],
      },
    });
    expect(v1(seed)).toEqual({
      lines: [
        `Q4295133${T}Len${T}"L"`,
        `Q4295133${T}P835${T}488705.11U226`,
        `Q4295133${T}P20${T}+2018-09-01T00:00:00Z/11`,
        `Q4295133${T}P841${T}"Scienific Reserch Centre Bistra Ptuj"`,
        `Q4295133${T}P836${T}it:"testo"`,
      ],
      limits: [],
    });
  });
});

describe('subjects', () => {
  it.each<[string, Item, string[]]>([
    ['an existing item names itself', item({ labels: { en: { language: 'en', value: 'x' } } }), [`Q4295133${T}Len${T}"x"`]],
    ['a new item is CREATE, then LAST', { type: 'item', labels: { en: { language: 'en', value: 'x' } } }, ['CREATE', `LAST${T}Len${T}"x"`]],
    ['a new item with nothing is a bare CREATE', { type: 'item' }, ['CREATE']],
    ['an existing item with nothing writes nothing', item(), []],
  ])('%s', (_, it_, lines) => {
    expect(v1(it_).lines).toEqual(lines);
  });
});

describe('terms and sitelinks', () => {
  it('writes labels, descriptions, aliases (one line each), then sitelinks, each in stored order', () => {
    const got = v1(
      item({
        labels: { sl: { language: 'sl', value: 'Bistra' }, en: { language: 'en', value: 'Bistra centre' } },
        descriptions: { en: { language: 'en', value: 'Project in Slovenia financed by DG Regio' } },
        aliases: { en: [{ language: 'en', value: 'ZRS Bistra' }, { language: 'en', value: 'Bistra Ptuj' }] },
        sitelinks: { enwiki: { site: 'enwiki', title: 'Ptuj', badges: [] } },
        claims: { P841: [statement('P841', string('x'))] },
      }),
    );
    expect(got.lines).toEqual([
      `Q4295133${T}Lsl${T}"Bistra"`,
      `Q4295133${T}Len${T}"Bistra centre"`,
      `Q4295133${T}Den${T}"Project in Slovenia financed by DG Regio"`,
      `Q4295133${T}Aen${T}"ZRS Bistra"`,
      `Q4295133${T}Aen${T}"Bistra Ptuj"`,
      `Q4295133${T}Senwiki${T}"Ptuj"`,
      `Q4295133${T}P841${T}"x"`,
    ]);
    expect(got.limits).toEqual([]);
  });

  it.each<[string, Partial<Item>, string[], string]>([
    ['a label with a double quote', { labels: { en: { language: 'en', value: 'the "x"' } } }, [], 'escape for it), in the en label; the label is left out'],
    ['a description with a tab', { descriptions: { en: { language: 'en', value: 'a\tb' } } }, [], 'the en description; the description is left out'],
    ['an alias with a pipe', { aliases: { en: [{ language: 'en', value: 'a|b' }] } }, [], 'the en alias #1; the alias is left out'],
    ['a label in a code QuickStatements would lowercase', { labels: { 'de-CH': { language: 'de-CH', value: 'x' } } }, [], '"de-CH"'],
    [
      'a sitelink with badges',
      { sitelinks: { enwiki: { site: 'enwiki', title: 'Ptuj', badges: ['Q17437796'] } } },
      [`Q4295133${T}Senwiki${T}"Ptuj"`],
      'the badges Q17437796, in the enwiki sitelink; it is written without them',
    ],
    ['a sitelink title with a line break', { sitelinks: { enwiki: { site: 'enwiki', title: 'a\nb', badges: [] } } }, [], 'the enwiki sitelink; the sitelink is left out'],
  ])('%s', (_, extra, lines, limit) => {
    const got = v1(item(extra));
    expect(got.lines).toEqual(lines);
    expect(got.limits).toHaveLength(1);
    expect(got.limits[0]).toContain(limit);
  });
});

describe('qualifiers and references', () => {
  const rate = snak('P834', quantity('+0.24'));
  const when = snak('P10', day('+2021-01-04T00:00:00Z'));
  const url = snak('P854', string('https://kohesio.ec.europa.eu/'));
  const retrieved = snak('P813', day('+2024-05-01T00:00:00Z'));
  const base = (extra: Partial<Statement>): Statement => ({ ...statement('P835', quantity('+240000.00')), ...extra });

  it.each<[string, Statement, string[]]>([
    [
      'qualifiers follow the value, in qualifiers-order',
      base({ qualifiers: { P10: [when], P834: [rate] }, 'qualifiers-order': ['P834', 'P10'] }),
      [`Q4295133${T}P835${T}240000.00U226${T}P834${T}0.24U226${T}P10${T}+2021-01-04T00:00:00Z/11`],
    ],
    [
      'qualifiers missing from qualifiers-order come after it',
      base({ qualifiers: { P10: [when], P834: [rate] }, 'qualifiers-order': ['P834'] }),
      [`Q4295133${T}P835${T}240000.00U226${T}P834${T}0.24U226${T}P10${T}+2021-01-04T00:00:00Z/11`],
    ],
    [
      'two qualifiers of one property',
      base({ qualifiers: { P10: [when, snak('P10', day('+2022-01-01T00:00:00Z'))] } }),
      [`Q4295133${T}P835${T}240000.00U226${T}P10${T}+2021-01-04T00:00:00Z/11${T}P10${T}+2022-01-01T00:00:00Z/11`],
    ],
    ['somevalue and novalue qualifiers', base({ qualifiers: { P10: [{ snaktype: 'somevalue', property: 'P10' }] } }), [`Q4295133${T}P835${T}240000.00U226${T}P10${T}somevalue`]],
    [
      'all snaks of one reference on the line, after the qualifiers, in snaks-order',
      base({ qualifiers: { P834: [rate] }, references: [{ snaks: { P813: [retrieved], P854: [url] }, 'snaks-order': ['P854', 'P813'] }] }),
      [`Q4295133${T}P835${T}240000.00U226${T}P834${T}0.24U226${T}S854${T}"https://kohesio.ec.europa.eu/"${T}S813${T}+2024-05-01T00:00:00Z/11`],
    ],
    [
      'a further reference repeats the statement (without qualifiers) with it alone',
      base({ qualifiers: { P834: [rate] }, references: [ref(url, retrieved), ref(snak('P248', { type: 'wikibase-entityid', value: { 'entity-type': 'item', id: 'Q9934' } }))] }),
      [
        `Q4295133${T}P835${T}240000.00U226${T}P834${T}0.24U226${T}S854${T}"https://kohesio.ec.europa.eu/"${T}S813${T}+2024-05-01T00:00:00Z/11`,
        `Q4295133${T}P835${T}240000.00U226${T}S248${T}Q9934`,
      ],
    ],
    ['a novalue main snak', { ...base({}), mainsnak: { snaktype: 'novalue', property: 'P835' } }, [`Q4295133${T}P835${T}novalue`]],
  ])('%s', (_, s, lines) => {
    expect(v1(item({ claims: { P835: [s] } }))).toEqual({ lines, limits: [] });
  });
});

describe('several references on a new item', () => {
  it('writes them on one line, each further one starting with !S, and says which readers keep them apart', () => {
    const url = snak('P854', string('https://kohesio.ec.europa.eu/'));
    const retrieved = snak('P813', day('+2024-05-01T00:00:00Z'));
    const statedIn = snak('P248', { type: 'wikibase-entityid', value: { 'entity-type': 'item', id: 'Q9934' } });
    const got = v1({ type: 'item', claims: { P835: [{ ...statement('P835', quantity('+1')), references: [ref(url), ref(statedIn, retrieved)] }] } });
    expect(got.lines).toEqual([
      'CREATE',
      `LAST${T}P835${T}1U226${T}S854${T}"https://kohesio.ec.europa.eu/"${T}!S248${T}Q9934${T}S813${T}+2024-05-01T00:00:00Z/11`,
    ]);
    expect(got.limits).toHaveLength(1);
    expect(got.limits[0]).toContain('2 separate references on a statement of an item still to be created, in the P835 #1 statement');
  });
});

describe('statement-level limits', () => {
  const other = 'http://www.wikidata.org/entity/Q4916';
  it.each<[string, Statement[], string[], string[]]>([
    [
      'a preferred rank: written with normal rank, once per statement',
      [statement('P835', quantity('+1'), { rank: 'preferred' })],
      [`Q4295133${T}P835${T}1U226`],
      ['the preferred rank, in the P835 #1 statement; it is written with normal rank'],
    ],
    [
      'a deprecated rank',
      [statement('P835', quantity('+1')), statement('P835', quantity('+2'), { rank: 'deprecated' })],
      [`Q4295133${T}P835${T}1U226`, `Q4295133${T}P835${T}2U226`],
      ['the deprecated rank, in the P835 #2 statement; it is written with normal rank'],
    ],
    [
      'a main value that cannot be written: the statement is left out',
      [statement('P835', quantity('+1', other)), statement('P835', quantity('+2'))],
      [`Q4295133${T}P835${T}2U226`],
      [`the unit ${other}, which is not an item of this Wikibase, in the P835 #1 statement; the statement is left out`],
    ],
    [
      'a qualifier that cannot be written: the whole statement is left out',
      [{ ...statement('P835', quantity('+1')), qualifiers: { P834: [snak('P834', quantity('+0.24', other))] } }],
      [],
      ['in the P834 qualifier of the P835 #1 statement; the statement is left out'],
    ],
    [
      'a reference that cannot be written: that reference is left out, the statement stands',
      [{ ...statement('P835', quantity('+1')), references: [ref(snak('P854', string('a\tb'))), ref(snak('P854', string('ok')))] }],
      [`Q4295133${T}P835${T}1U226${T}S854${T}"ok"`],
      ['in the P854 snak of reference 1 of the P835 #1 statement; the reference is left out'],
    ],
    [
      'an empty reference',
      [{ ...statement('P835', quantity('+1')), references: [{ snaks: {}, 'snaks-order': [] }] }],
      [`Q4295133${T}P835${T}1U226`],
      ['an empty reference (reference 1), in the P835 #1 statement; it is left out'],
    ],
    [
      'a second statement with an amount QuickStatements compares equal (units are ignored)',
      [statement('P835', quantity('+100', `${ENTITY}Q218`)), { ...statement('P835', quantity('+100.0')), qualifiers: { P834: [snak('P834', quantity('+0.24'))] } }],
      [`Q4295133${T}P835${T}100U218`],
      ['a second P835 statement whose value QuickStatements takes for the one of the P835 #1 statement'],
    ],
    [
      'a loss in a qualifier is reported where it is',
      [{ ...statement('P835', quantity('+1')), qualifiers: { P625: [snak('P625', { type: 'globecoordinate', value: { latitude: 1, longitude: 2, precision: 0.01, globe: 'http://www.wikidata.org/entity/Q2' } })] } }],
      [`Q4295133${T}P835${T}1U226${T}P625${T}@1/2`],
      ['the coordinate precision 0.01 (QuickStatements stores 0.000001 instead), in the P625 qualifier of the P835 #1 statement'],
    ],
  ])('%s', (_, statements, lines, limits) => {
    const got = v1(item({ claims: { P835: statements } }));
    expect(got.lines).toEqual(lines);
    expect(got.limits).toHaveLength(limits.length);
    limits.forEach((l, i) => expect(got.limits[i]).toContain(l));
  });
});

describe('matchKey: the statements QuickStatements takes for one', () => {
  const s = (dv: DataValue): Snak => snak('P1', dv);
  const time = (t: string, precision = 11, calendarmodel = GREGORIAN): DataValue => day(t, precision, calendarmodel);
  it.each<[string, Snak, Snak, boolean]>([
    ['equal amounts, other units', s(quantity('+100', EURO)), s(quantity('+100', `${ENTITY}Q218`)), true],
    ['amounts equal as numbers', s(quantity('+85.0')), s(quantity('+85')), true],
    ['different amounts', s(quantity('+85')), s(quantity('+86')), false],
    ['times with and without leading zeros', s(time('+00000002018-09-01T00:00:00Z')), s(time('+2018-09-01T00:00:00Z')), true],
    ['times at other precisions', s(time('+2018-09-01T00:00:00Z', 11)), s(time('+2018-09-01T00:00:00Z', 10)), false],
    ['strings equal after NFD', s(string('Ptu\u0301j')), s(string('Ptúj')), true],
    ['one text in two languages', s(monolingual('x', 'it')), s(monolingual('x', 'en')), false],
    ['an id and a numeric id', s({ type: 'wikibase-entityid', value: { 'entity-type': 'item', id: 'Q5' } }), s({ type: 'wikibase-entityid', value: { 'entity-type': 'item', 'numeric-id': 5 } }), true],
    ['two somevalues', { snaktype: 'somevalue', property: 'P1' }, { snaktype: 'somevalue', property: 'P1' }, true],
    ['somevalue and novalue', { snaktype: 'somevalue', property: 'P1' }, { snaktype: 'novalue', property: 'P1' }, false],
  ])('%s', (_, a, b, same) => {
    expect(matchKey(a) === matchKey(b)).toBe(same);
  });
});
