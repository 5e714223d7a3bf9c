// The page renderer: terms rows and their wrapping, statement sections, options, and the fixtures' real pages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GREGORIAN, JULIAN, type DataValue, type Item, type PropertyId, type Snak, type Statement } from '../../src/model/index.js';
import { uiPhrases } from '../../src/parse/index.js';
import {
  AFTER_EACH_CELL,
  AFTER_LABEL,
  layoutRow,
  ONE_LINE,
  renderItemPage,
  renderPortalPage,
  termsLanguages,
  type OmittedValue,
  type RowBreak,
  type TermsRowLayout,
} from '../../src/render/index.js';
import { ENTITY, PROFILE, quantity } from '../support/builders.js';

const fixture = (name: string, file: string): string => readFileSync(new URL(`../../fixtures/${name}/${file}`, import.meta.url), 'utf8');
const entityOf = (name: string): Item => Object.values(JSON.parse(fixture(name, 'expected.json')).entities as Record<string, Item>)[0] as Item;

describe('the fixtures’ pages, rendered from their expected entities', () => {
  it('reproduces the real seed page (English UI) line for line, with no final line break', () => {
    const input = fixture('seed-item-page', 'input.txt');
    const rendered = renderItemPage(entityOf('seed-item-page'), 'en', PROFILE);
    expect(rendered.split('\n')).toEqual(input.split('\n'));
    expect(rendered).toBe(input);
  });

  it('reproduces the hand-made terms-table page, given its row order and each row’s wrapping', () => {
    const layouts: Record<string, readonly RowBreak[]> = {
      sl: [{ inCell: 1, afterWord: 7 }, { afterCell: 1 }],
      de: [{ afterCell: 0 }, { afterCell: 1 }, { afterCell: 2 }],
    };
    const layout: TermsRowLayout = (_, language) => layouts[language] ?? [];
    const rendered = renderItemPage(entityOf('terms-table'), 'en', PROFILE, {
      termsLanguages: ['en', 'sl', 'hr', 'de'],
      termsRowLayout: layout,
      finalNewline: true,
    });
    expect(rendered.split('\n')).toEqual(fixture('terms-table', 'input.txt').split('\n'));
  });
});

describe('layoutRow', () => {
  const cells = ['English', 'Social activation', 'No description defined', '2SoKroG'];
  it.each<[string, readonly RowBreak[], string[]]>([
    ['one line', [], ['English | Social activation | No description defined | 2SoKroG |']],
    ['after the label (the seed)', [{ afterCell: 1 }], ['English | Social activation |', 'No description defined | 2SoKroG |']],
    ['after the language', [{ afterCell: 0 }], ['English |', 'Social activation | No description defined | 2SoKroG |']],
    ['inside a cell', [{ inCell: 2, afterWord: 1 }], ['English | Social activation | No', 'description defined | 2SoKroG |']],
    ['breaks past the row or its words are ignored', [{ afterCell: 3 }, { afterCell: 9 }, { inCell: 1, afterWord: 2 }], [
      'English | Social activation | No description defined | 2SoKroG |',
    ]],
  ])('%s', (_, breaks, expected) => {
    expect(layoutRow(cells, breaks)).toEqual(expected);
    expect(layoutRow(cells, breaks).join(' ')).toBe(layoutRow(cells, []).join(''));
  });

  it('has the presets the fixtures show', () => {
    expect(ONE_LINE(cells, 'en')).toEqual([]);
    expect(AFTER_LABEL(cells, 'en')).toEqual([{ afterCell: 1 }]);
    expect(AFTER_EACH_CELL(cells, 'en')).toHaveLength(4);
  });
});

const term = (language: string, value: string) => ({ language, value });
const value = (property: PropertyId, datavalue: DataValue): Snak => ({
  snaktype: 'value',
  property,
  datavalue,
});
const statement = (mainsnak: Snak, extra: Partial<Statement> = {}): Statement => ({ mainsnak, type: 'statement', rank: 'normal', ...extra });
const page = (item: Partial<Item>, lang = 'en', options: Parameters<typeof renderItemPage>[3] = {}): string[] =>
  renderItemPage({ type: 'item', id: 'Q1', ...item }, lang, PROFILE, options).split('\n');

describe('renderItemPage', () => {
  it('shows the placeholders and the English skin lines on an empty English page', () => {
    expect(page({})).toEqual([
      'No label defined (Q1)',
      'Jump to navigation',
      'Jump to search',
      'No description defined',
      'Language | Label | Description | Also known as |',
      '---|---|---|---|',
      'English | No label defined |',
      'No description defined |',
      'Statements',
    ]);
  });

  it('shows the UI language’s own phrases, language names and no skin lines elsewhere', () => {
    expect(page({ labels: { fr: term('fr', 'Activation sociale') }, descriptions: { en: term('en', 'Project') } }, 'fr', { termsRowLayout: ONE_LINE })).toEqual([
      'Activation sociale (Q1)',
      'Aucune description fournie',
      'Langue | Libellé | Description | Également connu comme |',
      '---|---|---|---|',
      'français | Activation sociale | Aucune description fournie |',
      'anglais | Pas de libellé défini | Project |',
      'Déclarations',
    ]);
  });

  it('lists the UI language first, then the other languages with terms in code order', () => {
    const item: Item = { type: 'item', labels: { sl: term('sl', 'a'), de: term('de', 'b') }, aliases: { bg: [term('bg', 'c')] } };
    expect(termsLanguages(item, 'hr')).toEqual(['hr', 'bg', 'de', 'sl']);
    expect(termsLanguages(item, 'sl')).toEqual(['sl', 'bg', 'de']);
  });

  it('writes each statement’s value, its qualifier values and its references counter, in claim order', () => {
    const claims = {
      P835: [
        statement(value('P835', quantity('+1000', `${ENTITY}Q217`))),
        statement(value('P835', quantity('+134.5')), {
          rank: 'preferred',
          qualifiers: {
            P10: [value('P10', { type: 'time', value: { time: '+2018-09-01T00:00:00Z', timezone: 0, before: 0, after: 0, precision: 11, calendarmodel: GREGORIAN } })],
            P834: [value('P834', quantity('+0.1345'))],
          },
          'qualifiers-order': ['P834', 'P10'],
          references: [{ snaks: {}, 'snaks-order': [] }],
        }),
      ],
      P460: [statement(value('P460', { type: 'string', value: '62-800' }))],
    };
    expect(page({ claims }, 'de').slice(-9)).toEqual([
      'Aussagen',
      '1.000 Dänische Krone',
      '0 Fundstellen',
      '134,5 Euro',
      '0,1345 Euro',
      '1. September 2018',
      'Eine Fundstelle',
      '62-800',
      '0 Fundstellen',
    ]);
  });

  it('puts external identifiers under "Identifiers" (English where the UI language has no such message)', () => {
    const claims = { P1360: [statement(value('P1360', { type: 'string', value: '1MISE123' }))], P841: [statement(value('P841', { type: 'string', value: 'ACME' }))] };
    expect(page({ claims }, 'sk').slice(-6)).toEqual(['Výroky', 'ACME', '0 referencií', 'Identifiers', '1MISE123', '0 referencií']);
  });

  it('leaves out what the scraper cannot show, whole statements for main values, and says why', () => {
    const omitted: OmittedValue[] = [];
    const claims = {
      P35: [statement(value('P35', { type: 'wikibase-entityid', value: { 'entity-type': 'item', id: 'Q9934' } }))],
      P20: [
        statement({ snaktype: 'somevalue', property: 'P20' }),
        statement(value('P20', { type: 'time', value: { time: '+2018-09-01T00:00:00Z', timezone: 0, before: 0, after: 0, precision: 11, calendarmodel: JULIAN } })),
      ],
      P841: [statement(value('P841', { type: 'string', value: 'ACME' }), { qualifiers: { P32: [value('P32', { type: 'wikibase-entityid', value: { 'entity-type': 'item', id: 'Q20' } })] } })],
    };
    expect(page({ claims }, 'en', { onOmit: (o) => omitted.push(o) }).slice(-3)).toEqual(['Statements', 'ACME', '0 references']);
    expect(omitted).toEqual([
      { property: 'P35', role: 'mainsnak', reason: 'link' },
      { property: 'P20', role: 'mainsnak', reason: 'message' },
      { property: 'P20', role: 'mainsnak', reason: 'message' },
      { property: 'P32', role: 'qualifier', reason: 'link' },
    ]);
  });

  it('takes the skin lines, the toggler and a final line break as options', () => {
    const text = renderItemPage({ type: 'item', id: 'Q1' }, 'de', PROFILE, {
      skinLines: ['Zur Navigation springen', 'Zur Suche springen'],
      termsToggler: true,
      finalNewline: true,
    });
    expect(text.split('\n').slice(0, 5)).toEqual([
      'Keine Bezeichnung vorhanden (Q1)',
      'Zur Navigation springen',
      'Zur Suche springen',
      'Keine Beschreibung vorhanden',
      'In weiteren Sprachen',
    ]);
    expect(text.endsWith('Aussagen\n')).toBe(true);
    expect(uiPhrases('de').termsToggler).toBe('In weiteren Sprachen');
  });

  it('needs an item id for the title', () => {
    expect(() => renderItemPage({ type: 'item' }, 'en', PROFILE)).toThrow(RangeError);
  });

  it('knows only the 24 UI languages whose phrases are shipped', () => {
    expect(() => renderItemPage({ type: 'item', id: 'Q1' }, 'xx', PROFILE)).toThrow(RangeError);
  });
});

describe('renderPortalPage', () => {
  it('is the summary itself, verbatim', () => {
    const summary = fixture('seed-portal-page', 'input.txt');
    expect(renderPortalPage(summary)).toBe(summary);
  });
});
