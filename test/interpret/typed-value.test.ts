// Values of labelled pages read by their property's datatype: items by link, id or label; quantities with a unit
// from the profile or an item; dates (also numeric); coordinates past the map's lines; Commons files past their size.
import { describe, expect, it } from 'vitest';
import { readTypedValue, UnitTable, type TypedContext, type TypedValue } from '../../src/interpret/index.js';
import type { Datatype, ItemId } from '../../src/model/index.js';
import type { Link, MarkedLine } from '../../src/parse/index.js';
import { ENTITY, PROFILE, span } from '../support/builders.js';

const ctx = (items: Record<string, ItemId> = {}, uiLanguage = 'en'): TypedContext => ({
  uiLanguage,
  units: new UnitTable(PROFILE),
  conceptUriBase: ENTITY,
  itemLabels: { lookup: (label, language) => items[`${language}:${label}`] },
});

const line = (text: string, n = 1, links: Link[] = []): MarkedLine => ({ text, span: span(n, { text }), marked: false, links });
const value = (read: TypedValue): unknown => ('datavalue' in read ? read.datavalue.value : read.diagnostic.code);

describe('readTypedValue', () => {
  it.each<[string, Datatype, MarkedLine[], unknown]>([
    ['an item by its link', 'wikibase-item', [line('Poland', 1, [{ text: 'Poland', target: '/wiki/Item:Q13', entity: 'Q13' }])], { 'entity-type': 'item', 'numeric-id': 13, id: 'Q13' }],
    ['an item shown by its id', 'wikibase-item', [line('Q3589295')], { 'entity-type': 'item', 'numeric-id': 3589295, id: 'Q3589295' }],
    ['an item by its label', 'wikibase-item', [line('Poland')], { 'entity-type': 'item', 'numeric-id': 13, id: 'Q13' }],
    ['an item label with the fallback indicator', 'wikibase-item', [line('Poland Englisch')], 'label-unresolved'],
    ['an item no one names', 'wikibase-item', [line('Atlantis')], 'label-unresolved'],
    ['a property by its link', 'wikibase-property', [line('x', 1, [{ text: 'x', target: '/wiki/Property:P2633', entity: 'P2633' }])], { 'entity-type': 'property', 'numeric-id': 2633, id: 'P2633' }],
    ['a quantity in a profile unit', 'quantity', [line('1,000,000.00 Polish złoty')], { amount: '+1000000.00', unit: `${ENTITY}Q218` }],
    ['a unitless quantity', 'quantity', [line('13,593,348')], { amount: '+13593348', unit: '1' }],
    ['a quantity with a margin', 'quantity', [line('5±1 Euro')], { amount: '+5', unit: `${ENTITY}Q226`, upperBound: '+6', lowerBound: '+4' }],
    ['a quantity whose unit is an item by label', 'quantity', [line('476 metre')], { amount: '+476', unit: `${ENTITY}Q11573` }],
    ['a quantity with an unknown unit', 'quantity', [line('476 furlong')], 'unit-unknown'],
    ['not a quantity', 'quantity', [line('many')], 'value-unrecognised'],
    ['a date', 'time', [line('1 March 2019')], { time: '+2019-03-01T00:00:00Z', timezone: 0, before: 0, after: 0, precision: 11, calendarmodel: 'http://www.wikidata.org/entity/Q1985727' }],
    ['a year', 'time', [line('2019')], { time: '+2019-00-00T00:00:00Z', timezone: 0, before: 0, after: 0, precision: 9, calendarmodel: 'http://www.wikidata.org/entity/Q1985727' }],
    ['a numeric date', 'time', [line('4. 1. 2021')], { time: '+2021-01-04T00:00:00Z', timezone: 0, before: 0, after: 0, precision: 11, calendarmodel: 'http://www.wikidata.org/entity/Q1985727' }],
    ['an impossible numeric date', 'time', [line('31. 2. 2021')], 'value-unrecognised'],
    ['a monolingual text', 'monolingualtext', [line('Zaranj (Pashto)')], { text: 'Zaranj', language: 'ps' }],
    ['a monolingual text without its language', 'monolingualtext', [line('Zaranj')], 'value-unrecognised'],
    ['a string', 'string', [line('62-800')], '62-800'],
    ['an external id', 'external-id', [line('/m/03l18g')], '/m/03l18g'],
    ['a URL by its link', 'url', [line('https://x.org/a', 1, [{ text: 'https://x.org/a', target: 'https://x.org/a' }])], 'https://x.org/a'],
    ['a Commons file with its size', 'commonsMedia', [line('Zaranj in June 2011.jpg 3,000 × 2,100; 778 KB')], 'Zaranj in June 2011.jpg'],
    ['a Commons file, its size on a line of its own', 'commonsMedia', [line('OrteliusWorldMap.jpeg'), line('5,788 × 3,942; 25.02 MB', 2)], 'OrteliusWorldMap.jpeg'],
    ['a coordinate after the map’s lines', 'globe-coordinate', [line('+−'), line('1 km', 2), line('30°57\'36"N, 61°51\'36"E', 3)], { latitude: 30.96, longitude: 61.86, altitude: null, precision: 1 / 3600, globe: 'http://www.wikidata.org/entity/Q2' }],
    ['two lines for a one-line datatype', 'external-id', [line('GNS Unique Feature ID'), line('-3396598', 2)], 'value-unrecognised'],
  ])('%s', (_, datatype, lines, expected) => {
    const items: Record<string, ItemId> = { 'en:Poland': 'Q13', 'en:metre': 'Q11573' };
    expect(value(readTypedValue(lines, datatype, ctx(items)))).toEqual(expected);
  });

  it('resolves a fallback label in its own language, and reports an unresolved one with its label and language', () => {
    expect(value(readTypedValue([line('Poland Englisch')], 'wikibase-item', ctx({ 'en:Poland': 'Q13' }, 'de')))).toMatchObject({ id: 'Q13' });
    const read = readTypedValue([line('Polen', 7)], 'wikibase-item', ctx({}, 'de'));
    expect('diagnostic' in read && read.diagnostic).toMatchObject({ code: 'label-unresolved', label: 'Polen', language: 'de', span: { line: 7 } });
  });

  it('reports the lines it passes over', () => {
    const read = readTypedValue([line('+−'), line('30°57\'36"N, 61°51\'36"E', 2)], 'globe-coordinate', ctx());
    expect('skipped' in read && read.skipped.map((d) => [d.code, d.span?.line])).toEqual([['line-skipped', 1]]);
  });
});
