// EntityBuilder: merging drafts of one item: identical values kept once, single-valued conflicts, term conflicts, alias union, the built item.
import { describe, expect, it } from 'vitest';
import type { DraftStatement, DraftTerm, ItemDraft } from '../../src/interpret/index.js';
import { EntityBuilder } from '../../src/merge/index.js';
import { ItemSchema, type DataValue, type PropertyId } from '../../src/model/index.js';
import { day, EURO, monolingual, PROFILE, quantity, span } from '../support/builders.js';

const datatypeOf = (dv: DataValue): DraftStatement['datatype'] =>
  dv.type === 'quantity' ? 'quantity' : dv.type === 'time' ? 'time' : dv.type === 'monolingualtext' ? 'monolingualtext' : 'string';

function stmt(property: PropertyId, datavalue: DataValue, line = 1, extra: Partial<DraftStatement> = {}): DraftStatement {
  return { property, datatype: datatypeOf(datavalue), datavalue, span: span(line), rank: 'normal', qualifiers: [], ...extra };
}

function term(kind: DraftTerm['kind'], language: string, value: string, line = 1): DraftTerm {
  return { kind, language, value, span: span(line) };
}

const draft = (statements: DraftStatement[], terms: DraftTerm[] = []): ItemDraft => ({ id: 'Q5', span: { file: 'page.txt', line: 1, column: 1 }, terms, statements });

function merged(...drafts: ItemDraft[]) {
  const builder = new EntityBuilder('Q5', PROFILE);
  const diagnostics = drafts.flatMap((d) => builder.add(d));
  return { diagnostics, ...builder.build() };
}

const mainValues = (claims: Record<string, { mainsnak: { snaktype: string; datavalue?: DataValue } }[]>, p: string): unknown[] =>
  (claims[p] ?? []).map((s) => s.mainsnak.datavalue?.value);

describe('EntityBuilder: statements', () => {
  it.each<[string, DraftStatement[][], Record<string, unknown[]>]>([
    ['identical values from two pages are kept once', [[stmt('P835', quantity('+488705.11'))], [stmt('P835', quantity('+488705.11'), 9)]], { P835: [{ amount: '+488705.11', unit: EURO }] }],
    [
      'identical values whose keys come in another order are kept once',
      [[stmt('P835', { type: 'quantity', value: { amount: '+1', unit: 'u' } })], [stmt('P835', { value: { unit: 'u', amount: '+1' }, type: 'quantity' })]],
      { P835: [{ amount: '+1', unit: 'u' }] },
    ],
    [
      'different values of a multi-valued property are all kept, in order',
      [[stmt('P836', monolingual('Riassunto', 'it'))], [stmt('P836', monolingual('Summary', 'en')), stmt('P836', monolingual('Riassunto', 'it'))]],
      { P836: [{ text: 'Riassunto', language: 'it' }, { text: 'Summary', language: 'en' }] },
    ],
    [
      'the same text in two languages is two values',
      [[stmt('P836', monolingual('Projekt', 'de')), stmt('P836', monolingual('Projekt', 'nl'))]],
      { P836: [{ text: 'Projekt', language: 'de' }, { text: 'Projekt', language: 'nl' }] },
    ],
    [
      'a property the profile does not declare may hold several values',
      [[stmt('P9999', { type: 'string', value: 'a' }), stmt('P9999', { type: 'string', value: 'b' })]],
      { P9999: ['a', 'b'] },
    ],
  ])('%s', (_, drafts, expected) => {
    const { diagnostics, item } = merged(...drafts.map((s) => draft(s)));
    expect(diagnostics).toEqual([]);
    for (const [p, values] of Object.entries(expected)) expect(mainValues(item.claims, p)).toEqual(values);
    expect(Object.keys(item.claims)).toEqual(Object.keys(expected));
  });

  it('keeps the first value of a single-valued property and reports the different one as value-conflict', () => {
    const { diagnostics, item } = merged(draft([stmt('P835', quantity('+488705.11'), 3)]), draft([stmt('P835', quantity('+574947.19'), 7)]));
    expect(mainValues(item.claims, 'P835')).toEqual([{ amount: '+488705.11', unit: EURO }]);
    expect(diagnostics).toEqual([
      { code: 'value-conflict', severity: 'error', span: span(7), item: 'Q5', property: 'P835', kept: '+488705.11', dropped: '+574947.19' },
    ]);
  });

  it.each<[string, DataValue, DataValue, string, string]>([
    ['times', day('+2018-09-01T00:00:00Z'), day('+2018-09-02T00:00:00Z'), '+2018-09-01T00:00:00Z (precision 11)', '+2018-09-02T00:00:00Z (precision 11)'],
    ['strings', { type: 'string', value: 'A' }, { type: 'string', value: 'B' }, 'A', 'B'],
  ])('describes conflicting %s by their value', (_, first, second, kept, dropped) => {
    const property = first.type === 'time' ? 'P20' : 'P460';
    const { diagnostics } = merged(draft([stmt(property, first), stmt(property, second, 2)]));
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'value-conflict', property, kept, dropped })]);
  });

  it('keeps a draft statement\'s qualifiers, in their order, with hashes', () => {
    const qualifier = { property: 'P834' as const, datatype: 'quantity' as const, datavalue: quantity('+0.24'), span: span(2) };
    const when = { property: 'P10' as const, datatype: 'time' as const, datavalue: day('+2020-01-01T00:00:00Z'), span: span(3) };
    const { item } = merged(draft([stmt('P835', quantity('+100'), 1, { rank: 'preferred', qualifiers: [qualifier, when] })]));
    const statement = item.claims['P835']?.[0];
    expect(statement?.rank).toBe('preferred');
    expect(statement?.['qualifiers-order']).toEqual(['P834', 'P10']);
    expect(statement?.qualifiers?.['P834']?.[0]).toMatchObject({ snaktype: 'value', property: 'P834', datavalue: quantity('+0.24'), datatype: 'quantity', hash: expect.stringMatching(/^[0-9a-f]{40}$/) });
  });

  it('treats a statement with other qualifiers or another rank as a different value', () => {
    const { diagnostics, item } = merged(draft([stmt('P836', monolingual('A', 'en')), stmt('P836', monolingual('A', 'en'), 2, { rank: 'preferred' })]));
    expect(diagnostics).toEqual([]);
    expect(item.claims['P836']?.map((s) => s.rank)).toEqual(['normal', 'preferred']);
  });
});

describe('EntityBuilder: terms', () => {
  it('keeps the first label and reports a different one as term-conflict', () => {
    const { diagnostics, item } = merged(draft([], [term('label', 'en', 'Social activation', 1)]), draft([], [term('label', 'en', 'Social activation 2SoKroG', 8)]));
    expect(item.labels).toEqual({ en: { language: 'en', value: 'Social activation' } });
    expect(diagnostics).toEqual([
      { code: 'term-conflict', severity: 'error', span: span(8), item: 'Q5', term: 'label', language: 'en', kept: 'Social activation', dropped: 'Social activation 2SoKroG' },
    ]);
  });

  it('reports a description conflict the same way', () => {
    const { diagnostics, item } = merged(draft([], [term('description', 'fr', 'Projet en France'), term('description', 'fr', 'Projet en Slovénie', 2)]));
    expect(item.descriptions).toEqual({ fr: { language: 'fr', value: 'Projet en France' } });
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'term-conflict', term: 'description', language: 'fr', kept: 'Projet en France', dropped: 'Projet en Slovénie' })]);
  });

  it('keeps the same label from two pages once, silently, and labels in other languages apart', () => {
    const { diagnostics, item } = merged(
      draft([], [term('label', 'en', 'Social activation'), term('label', 'sl', 'Socialna aktivacija')]),
      draft([], [term('label', 'en', 'Social activation'), term('label', 'hr', 'Socijalna aktivacija')]),
    );
    expect(diagnostics).toEqual([]);
    expect(item.labels).toEqual({
      en: { language: 'en', value: 'Social activation' },
      sl: { language: 'sl', value: 'Socialna aktivacija' },
      hr: { language: 'hr', value: 'Socijalna aktivacija' },
    });
  });

  it('unites aliases per language, first seen first, each once', () => {
    const { diagnostics, item } = merged(
      draft([], [term('alias', 'en', '2SoKroG'), term('alias', 'en', 'SA'), term('alias', 'de', 'SA')]),
      draft([], [term('alias', 'en', 'SA'), term('alias', 'en', 'Social activation (2SoKroG)'), term('alias', 'en', '2SoKroG')]),
    );
    expect(diagnostics).toEqual([]);
    expect(item.aliases).toEqual({
      en: [
        { language: 'en', value: '2SoKroG' },
        { language: 'en', value: 'SA' },
        { language: 'en', value: 'Social activation (2SoKroG)' },
      ],
      de: [{ language: 'de', value: 'SA' }],
    });
  });
});

describe('EntityBuilder.build', () => {
  const drafts = (): ItemDraft[] => [
    draft([stmt('P835', quantity('+488705.11'), 3), stmt('P836', monolingual('Riassunto', 'it'), 4)], [term('label', 'en', 'L')]),
    draft([stmt('P836', monolingual('Summary', 'en'), 5)]),
  ];

  it('builds a valid Wikibase item with empty maps for what the pages do not carry', () => {
    const { item } = merged(draft([]));
    expect(item).toEqual({ type: 'item', id: 'Q5', labels: {}, descriptions: {}, aliases: {}, claims: {}, sitelinks: {} });
    expect(ItemSchema.safeParse(merged(...drafts()).item).success).toBe(true);
  });

  it('gives statements ids of the form Q5$<uuid>, stable across runs and independent of the page order', () => {
    const ids = (list: ItemDraft[]): string[] => Object.values(merged(...list).item.claims).flat().map((s) => s.id).sort();
    const first = ids(drafts());
    expect(first).toHaveLength(3);
    for (const id of first) expect(id).toMatch(/^Q5\$[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(first).size).toBe(3);
    expect(ids(drafts())).toEqual(first);
    expect(ids([...drafts()].reverse())).toEqual(first);
  });

  it('maps every statement id to the span of the value it came from', () => {
    const { item, spans } = merged(...drafts());
    const lineOf = (p: string, i: number): number | undefined => spans.get(item.claims[p as PropertyId]?.[i]?.id ?? '')?.line;
    expect([lineOf('P835', 0), lineOf('P836', 0), lineOf('P836', 1)]).toEqual([3, 4, 5]);
    expect(spans.size).toBe(3);
  });

  it('writes value snaks with their hash and datatype', () => {
    const { item } = merged(...drafts());
    expect(item.claims['P835']?.[0]).toEqual({
      mainsnak: { snaktype: 'value', property: 'P835', hash: expect.stringMatching(/^[0-9a-f]{40}$/), datavalue: quantity('+488705.11'), datatype: 'quantity' },
      type: 'statement',
      id: expect.stringMatching(/^Q5\$/),
      rank: 'normal',
    });
  });
});

describe('EntityBuilder: sitelinks', () => {
  const link = (site: string, title: string, badges: `Q${number}`[] = [], line = 1) => ({ site, title, badges, span: span(line) });
  const withLinks = (...sitelinks: ReturnType<typeof link>[]): ItemDraft => ({ ...draft([]), sitelinks });

  it('keeps each site once; the same title again adds its badges, another title is reported', () => {
    const { item, diagnostics } = merged(
      withLinks(link('enwiki', 'Geography'), link('plwiki', 'Geografia')),
      withLinks(link('enwiki', 'Geography', ['Q17437796'], 7), link('plwiki', 'Geografia (nauka)', [], 8)),
    );
    expect(item.sitelinks).toEqual({
      enwiki: { site: 'enwiki', title: 'Geography', badges: ['Q17437796'] },
      plwiki: { site: 'plwiki', title: 'Geografia', badges: [] },
    });
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'sitelink-conflict', site: 'plwiki', kept: 'Geografia', dropped: 'Geografia (nauka)' })]);
    expect(ItemSchema.safeParse(item).success).toBe(true);
  });
});

describe('EntityBuilder: without snak hashes', () => {
  it('builds the same item, only its snaks without their hash', () => {
    const drafts = [
      draft([
        stmt('P836', monolingual('Riassunto', 'it')),
        stmt('P835', quantity('+488705.11'), 2, { qualifiers: [{ property: 'P10', datatype: 'time', datavalue: day('+2020-01-02T00:00:00Z'), span: span(3) }] }),
      ]),
    ];
    const build = (snakHashes: boolean) => {
      const builder = new EntityBuilder('Q5', PROFILE);
      for (const d of drafts) builder.add(d);
      return builder.build({ snakHashes });
    };
    const withHashes = build(true);
    const without = build(false);
    const stripped = JSON.parse(JSON.stringify(withHashes.item, (key, value: unknown) => (key === 'hash' ? undefined : value)));
    expect(JSON.stringify(withHashes.item)).toContain('"hash"');
    expect(JSON.stringify(without.item)).not.toContain('"hash"');
    expect(without.item).toEqual(stripped);
    expect([...without.spans]).toEqual([...withHashes.spans]);
  });
});
