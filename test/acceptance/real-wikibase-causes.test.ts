// One test per cause found when real Wikibase pages (MediaWiki 1.39 + Wikibase REL1_39 + CLDR) were first read
// (issue 12): each page is shaped as a real one is, in the UI language the cause showed in.
import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/model/index.js';
import { itemUrl, readBack } from '../render/round-trip.js';
import { ENTITY, EURO, PERCENT } from '../support/builders.js';

const PLN = `${ENTITY}Q218`;

/** Reads a page of Q1 as convert does; its item (null when none) and diagnostic codes. */
function read(...lines: string[]): { item: Item | null; codes: string[]; uiLanguage: string | null } {
  const back = readBack(lines.join('\n'), itemUrl('Q1'));
  return { item: back.item, codes: back.diagnostics.map((d) => d.code), uiLanguage: back.uiLanguage };
}

/** Each statement as `property value` (amount and unit, time, text) with its rank and qualifiers. */
function statements(item: Item | null): string[] {
  return Object.values(item?.claims ?? {})
    .flat()
    .map((s) => {
      const v = s.mainsnak.snaktype === 'value' ? s.mainsnak.datavalue.value : null;
      const shown = (value: unknown): string => JSON.stringify(value).replaceAll(ENTITY, '');
      const qualifiers = Object.values(s.qualifiers ?? {})
        .flat()
        .map((q) => `${q.property}=${q.snaktype === 'value' ? shown(q.datavalue.value) : ''}`);
      return `${s.mainsnak.property} ${shown(v)}${s.rank === 'normal' ? '' : ` ${s.rank}`}${qualifiers.length === 0 ? '' : ` [${qualifiers.join(' ')}]`}`;
    });
}

const euro = (amount: string): string => JSON.stringify({ amount, unit: EURO }).replaceAll(ENTITY, '');
const percent = (amount: string): string => JSON.stringify({ amount, unit: PERCENT }).replaceAll(ENTITY, '');
const zloty = (amount: string): string => JSON.stringify({ amount, unit: PLN }).replaceAll(ENTITY, '');
const day = (time: string): string => JSON.stringify({ time, timezone: 0, before: 0, after: 0, precision: 11, calendarmodel: 'http://www.wikidata.org/entity/Q1985727' });

/** A German page's head: title with the English fallback label, skip links, terms rows of German and English. */
const GERMAN_HEAD = [
  'Business incubator 2020 Englisch (Q1)',
  'Zur Navigation springen',
  'Zur Suche springen',
  'Keine Beschreibung vorhanden',
  'Sprache | Bezeichnung | Beschreibung | Auch bekannt als |',
  '---|---|---|---|',
  'Deutsch | Keine Bezeichnung vorhanden |',
  'Keine Beschreibung vorhanden |',
  '|',
  'Englisch | Business incubator 2020 |',
  'Keine Beschreibung vorhanden |',
  'Aussagen',
];

describe('causes of wrong reads on real Wikibase pages (issue 12)', () => {
  it('1. fallback indicator lines (`EU contribution Englisch`) before statement groups, qualifiers and reference snaks are no values', () => {
    const { item, codes } = read(
      ...GERMAN_HEAD,
      'EU contribution Englisch',
      '1.000.000,00 Polnischer Złoty',
      '0 Fundstellen',
      '240.000,00 Euro',
      'exchange rate Englisch',
      '0,24 Euro',
      'point in time Englisch',
      '4. Januar 2021',
      'Eine Fundstelle',
      'programme Englisch',
      'beneficiary name Englisch',
      'Gmina Przykładowo',
      '0 Fundstellen',
    );
    expect(statements(item)).toEqual([
      `P835 ${zloty('+1000000.00')}`,
      `P835 ${euro('+240000.00')} preferred [P834=${euro('+0.24')} P10=${day('+2021-01-04T00:00:00Z')}]`,
      'P841 "Gmina Przykładowo"',
    ]);
    expect(codes).not.toContain('value-unassigned');
  });

  it('2. French counters with a no-break space flattened to a space (`0 référence`) close their statements', () => {
    const { item, codes } = read(
      'Business incubator 2020 anglais (Q1)',
      'Aller à la navigation',
      'Aller à la recherche',
      'Aucune description fournie',
      'Langue | Libellé | Description | Également connu comme |',
      '---|---|---|---|',
      'français | Pas de libellé défini |',
      'Aucune description fournie |',
      '|',
      'anglais | Business incubator 2020 |',
      'Aucune description fournie |',
      'Déclarations',
      'EU contribution anglais',
      '375 000,50 euro',
      '0 référence',
      'co-financing rate anglais',
      '49,999933 pour cent',
      '2 références',
    );
    expect(statements(item)).toEqual([`P835 ${euro('+375000.50')}`, `P837 ${percent('+49.999933')}`]);
    expect(codes).not.toContain('statement-unclosed');
  });

  it('3. Czech numeric dates (`1. 9. 2018`) are read as days', () => {
    const { item } = read(
      'Projekt angličtina (Q1)',
      'Skočit na navigaci',
      'Skočit na vyhledávání',
      'Popis nebyl definován',
      'Jazyk | Štítek | Popis | Také znám jako |',
      '---|---|---|---|',
      'čeština | Štítek nebyl definován |',
      'Popis nebyl definován |',
      '|',
      'angličtina | Projekt |',
      'Popis nebyl definován |',
      'Výroky',
      'start time angličtina',
      '1. 9. 2018',
      '0 referencí',
      'end time angličtina',
      '30. 9. 2020',
      '0 referencí',
    );
    expect(statements(item)).toEqual([`P20 ${day('+2018-09-01T00:00:00Z')}`, `P33 ${day('+2020-09-30T00:00:00Z')}`]);
  });

  it.each([
    ['pt', 'Língua | Rótulo | Descrição | Nomes alternativos |', 'Declarações', '0 referência', 'Projekt. (polaco)', 'pl'],
    ['pt', 'Língua | Rótulo | Descrição | Nomes alternativos |', 'Declarações', '0 referência', 'Het project. (neerlandês)', 'nl'],
    ['da', 'Sprog | Etiket | Beskrivelse | Også kendt som |', 'Udsagn', '0 referencer', 'Het project. (hollandsk)', 'nl'],
  ])('4. %s language names as MediaWiki gives them (%s)', (ui, header, heading, counter, line, language) => {
    const back = readBack([`P (Q1)`, 'x', header, '---|---|---|---|', heading, line, counter].join('\n'), itemUrl('Q1'));
    expect(back.uiLanguage).toBe(ui);
    expect(statements(back.item)).toEqual([`P836 ${JSON.stringify({ text: line.replace(/ \(.*\)$/u, ''), language })}`]);
  });

  it('5. Irish pages show the English `No label defined` (MediaWiki 1.39 has no Irish one): no label is read from it', () => {
    const { item, uiLanguage } = read(
      'Business incubator 2020 Béarla (Q1)',
      'Jump to navigation',
      'Jump to search',
      'Níl aon chur síos ann',
      'Language | Label | Description | Also known as |',
      '---|---|---|---|',
      'Gaeilge | No label defined |',
      'Níl aon chur síos ann |',
      '|',
      'Béarla | Business incubator 2020 |',
      'Níl aon chur síos ann |',
      'Statements',
      'start time Béarla',
      '1 Eanáir 2020',
      '0 references',
    );
    expect(uiLanguage).toBe('ga');
    expect(item?.labels).toEqual({ en: { language: 'en', value: 'Business incubator 2020' } });
  });

  it('6. an amount shown unformatted because a float would lose digits (`987654321098765.43`) is read where `.` is no decimal mark', () => {
    const { item } = read(...GERMAN_HEAD, 'EU contribution Englisch', '987654321098765.43 Euro', '0 Fundstellen', 'budget Englisch', '1.234,50 Euro', '0 Fundstellen');
    expect(statements(item)).toEqual([`P835 ${euro('+987654321098765.43')}`, `P474 ${euro('+1234.50')}`]);
  });

  it('7. aliases come as `- alias` lines under the heading\'s description', () => {
    const { item } = read(
      'Modernisation (Q1)',
      'Jump to navigation',
      'Jump to search',
      'Project in Poland financed by DG Regio',
      '- Water infrastructure Przykładowo',
      '- Przykładowo water',
      'Language | Label | Description | Also known as |',
      '---|---|---|---|',
      'English | Modernisation |',
      'Project in Poland financed by DG Regio |',
      '|',
      'Statements',
      '62-800',
      '0 references',
    );
    expect(item?.descriptions).toEqual({ en: { language: 'en', value: 'Project in Poland financed by DG Regio' } });
    expect(item?.aliases).toEqual({
      en: [
        { language: 'en', value: 'Water infrastructure Przykładowo' },
        { language: 'en', value: 'Przykładowo water' },
      ],
    });
  });

  it('8. reference values shown after `2 references` never become statements', () => {
    const { item, codes } = read(
      'Flood protection (Q1)',
      'Jump to navigation',
      'Jump to search',
      'No description defined',
      'Statements',
      '2,400,000.00 Euro',
      '1 reference',
      '3,000,000.00 Euro',
      '2 references',
      'POIS.02.01.00-00-0007/16',
      '15 January 2023',
      '80.0 percent',
      '0 references',
      '3 April 2017',
      '0 references',
      'Projekt. (Polish)',
      '0 references',
    );
    // The reference values, the rate after them and the date after a reference date: none can be placed for sure.
    expect(statements(item)).toEqual([`P835 ${euro('+2400000.00')}`, `P474 ${euro('+3000000.00')}`, 'P836 {"text":"Projekt.","language":"pl"}']);
    expect(codes.filter((c) => c === 'value-uncertain')).toHaveLength(4);
  });

  it('9. `2020 Ventures B.V.` is the beneficiary\'s name, not an amount in an unknown unit; what no rule takes is reported', () => {
    const named = read('Incubator (Q1)', 'Jump to navigation', 'Jump to search', 'No description defined', 'Statements', '2020 Ventures B.V.', '0 references');
    expect(statements(named.item)).toEqual(['P841 "2020 Ventures B.V."']);
    const both = read('Incubator (Q1)', 'Jump to navigation', 'Jump to search', 'No description defined', 'Statements', 'Gmina', '0 references', '12 Ventures', '0 references');
    expect(statements(both.item)).toEqual(['P841 "Gmina"']);
    expect(both.codes).toContain('unit-unknown');
  });

  it('10. skip links in every language, external ids among the statements, pruned Euro statements of the non-euro pattern', () => {
    const { item, codes } = read(
      'Modernizacja (Q1)',
      'Przejdź do nawigacji',
      'Przejdź do wyszukiwania',
      'Nie podano opisu',
      'Język | Etykieta | Opis | Inne nazwy |',
      '---|---|---|---|',
      'polski | Modernizacja |',
      'Nie podano opisu |',
      '|',
      'Deklaracje',
      'instance of angielski',
      'EU contribution angielski',
      '1 000 000,00 złoty polski',
      '0 przypisów',
      'budget angielski',
      '1 250 000,00 złoty polski',
      '0 przypisów',
      'co-financing rate angielski',
      '80,0 procent',
      '0 przypisów',
      'national project id angielski',
      'POIS.02.03.00-00-0123/19',
      '0 przypisów',
    );
    expect(statements(item)).toEqual([`P835 ${zloty('+1000000.00')}`, `P474 ${zloty('+1250000.00')}`, `P837 ${percent('+80.0')}`]);
    // The skip links are the page's chrome; the external id, under its property's indicator, is no beneficiary name.
    expect(codes).not.toContain('line-unexpected');
    expect(codes).toContain('value-unassigned');
    expect(codes.filter((c) => c === 'line-skipped').length).toBeGreaterThan(0);
  });
});
