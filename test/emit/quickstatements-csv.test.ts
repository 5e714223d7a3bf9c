// QuickStatements CSV: RFC 4180 fields, the header and its column groups, CREATE rows, raw terms, and the CSV-only limits.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isCheckDiagnostic, type Diagnostic } from '../../src/diagnostics/index.js';
import { csvField, quickStatementsCsvEmitter } from '../../src/emit/quickstatements/index.js';
import type { DataValue, Item, Reference, Snak, Statement } from '../../src/model/index.js';
import { ENTITY, day, monolingual, quantity, statement } from '../support/builders.js';

/** The CSV for these items, its records split (CRLF-terminated), and the format-limit details by item. */
async function csv(items: Item[]): Promise<{ records: string[]; text: string; limits: [string, string][] }> {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const limits: [string, string][] = [];
  const onDiagnostic = (d: Diagnostic): void => {
    if (!isCheckDiagnostic(d) && d.code === 'format-limit') limits.push([d.item, d.detail]);
  };
  const emitter = quickStatementsCsvEmitter({ out, rdf: { conceptUriBase: ENTITY, dataUriBase: '', datatypes: {} }, onDiagnostic });
  for (const item of items) await emitter.write(item);
  await emitter.end();
  const text = chunks.join('');
  expect(text.endsWith('\r\n')).toBe(true);
  return { records: text.slice(0, -2).split('\r\n'), text, limits };
}

const item = (id: Item['id'], extra: Partial<Item> = {}): Item => ({ type: 'item', ...(id === undefined ? {} : { id }), ...extra });
const snak = (property: `P${number}`, datavalue: DataValue): Snak => ({ snaktype: 'value', property, datavalue });
const string = (value: string): DataValue => ({ type: 'string', value });
const ref = (...snaks: Snak[]): Reference => {
  const map: Reference['snaks'] = {};
  for (const s of snaks) (map[s.property] ??= []).push(s);
  return { snaks: map, 'snaks-order': [...new Set(snaks.map((s) => s.property))] };
};
const withRefs = (s: Statement, ...references: Reference[]): Statement => ({ ...s, references });

describe('csvField (RFC 4180)', () => {
  it.each<[string, string]>([
    ['Q5', 'Q5'],
    ['488705.11U226', '488705.11U226'],
    ['"text"', '"""text"""'],
    ['it:"testo"', '"it:""testo"""'],
    ['Ptuj, Slovenia', '"Ptuj, Slovenia"'],
    ['', ''],
  ])('%s', (text, field) => {
    expect(csvField(text)).toBe(field);
  });
});

describe('the brief’s seed item', () => {
  it('is a header of its columns and one row', async () => {
    const seed = item('Q4295133', {
      labels: { en: { language: 'en', value: 'L' } },
      claims: {
        P835: [statement('P835', quantity('+488705.11'))],
        P20: [statement('P20', day('+2018-09-01T00:00:00Z'))],
        P841: [statement('P841', string('Scienific Reserch Centre Bistra Ptuj'))],
        P836: [statement('P836', monolingual('testo', 'it'))],
      },
    });
    expect(await csv([seed])).toEqual({
      records: [
        'qid,Len,P835,P20,P841,P836',
        'Q4295133,L,488705.11U226,+2018-09-01T00:00:00Z/11,"""Scienific Reserch Centre Bistra Ptuj""","it:""testo"""',
      ],
      text: expect.any(String) as unknown as string,
      limits: [],
    });
  });
});

describe('layout', () => {
  const url = snak('P854', string('https://kohesio.ec.europa.eu/'));
  const retrieved = snak('P813', day('+2024-05-01T00:00:00Z'));
  const statedIn = snak('P248', { type: 'wikibase-entityid', value: { 'entity-type': 'item', id: 'Q9934' } });

  it.each<[string, Item[], string[]]>([
    ['no items: the header alone', [], ['qid']],
    ['a new item: a blank qid (CREATE, then the row on the new item)', [item(undefined, { labels: { en: { language: 'en', value: 'x' } } })], ['qid,Len', ',x']],
    [
      'terms are raw text; aliases repeat their column',
      [
        item('Q1', {
          labels: { en: { language: 'en', value: 'Ptuj, castle' } },
          descriptions: { en: { language: 'en', value: 'a "castle"' } },
          aliases: { en: [{ language: 'en', value: 'a' }, { language: 'en', value: 'b' }] },
          sitelinks: { enwiki: { site: 'enwiki', title: 'Ptuj Castle', badges: [] } },
        }),
      ],
      ['qid,Len,Den,Aen,Aen,Senwiki', 'Q1,"Ptuj, castle","a ""castle""",a,b,Ptuj Castle'],
    ],
    [
      'a second statement of a property gets its own column',
      [item('Q1', { claims: { P835: [statement('P835', quantity('+1')), statement('P835', quantity('+2'))] } })],
      ['qid,P835,P835', 'Q1,1U226,2U226'],
    ],
    [
      'qualifiers (qal) follow their statement; a reference is S then s for its further snaks',
      [
        item('Q1', {
          claims: {
            P835: [withRefs({ ...statement('P835', quantity('+240000.00')), qualifiers: { P834: [snak('P834', quantity('+0.24'))] } }, ref(url, retrieved))],
            P20: [statement('P20', day('+2018-09-01T00:00:00Z'))],
          },
        }),
      ],
      ['qid,P835,qal834,S854,s813,P20', 'Q1,240000.00U226,0.24U226,"""https://kohesio.ec.europa.eu/""",+2024-05-01T00:00:00Z/11,+2018-09-01T00:00:00Z/11'],
    ],
    [
      'several references are several S groups (CSV can say what V1 cannot on one line)',
      [item('Q1', { claims: { P835: [withRefs(statement('P835', quantity('+1')), ref(url, retrieved), ref(statedIn))] } })],
      ['qid,P835,S854,s813,S248', 'Q1,1U226,"""https://kohesio.ec.europa.eu/""",+2024-05-01T00:00:00Z/11,Q9934'],
    ],
    [
      'items with other reference shapes get other groups, each all blank or all filled',
      [
        item('Q1', { claims: { P835: [withRefs(statement('P835', quantity('+1')), ref(url, retrieved))] } }),
        item('Q2', { claims: { P835: [withRefs(statement('P835', quantity('+2')), ref(statedIn, retrieved))] } }),
      ],
      [
        'qid,P835,S854,s813,S248,s813',
        'Q1,1U226,"""https://kohesio.ec.europa.eu/""",+2024-05-01T00:00:00Z/11,,',
        'Q2,2U226,,,Q9934,+2024-05-01T00:00:00Z/11',
      ],
    ],
    [
      'columns of later items fit in the order of their own row',
      [
        item('Q1', { claims: { P835: [statement('P835', quantity('+1'))] } }),
        item('Q2', { claims: { P35: [statement('P35', { type: 'wikibase-entityid', value: { 'entity-type': 'item', id: 'Q9934' } })], P835: [statement('P835', quantity('+2'))], P20: [statement('P20', day('+2018-09-01T00:00:00Z'))] } }),
      ],
      ['qid,P35,P835,P20', 'Q1,,1U226,', 'Q2,Q9934,2U226,+2018-09-01T00:00:00Z/11'],
    ],
  ])('%s', async (_, items, records) => {
    expect((await csv(items)).records).toEqual(records);
  });
});

describe('CSV-only limits', () => {
  it('leaves out a term that QuickStatements 3 would read as a value, which V1 can write', async () => {
    const got = await csv([item('Q1', { labels: { en: { language: 'en', value: '2018' } }, claims: { P1: [statement('P1', quantity('+1', '1'))] } })]);
    expect(got.records).toEqual(['qid,P1', 'Q1,1']);
    expect(got.limits).toEqual([['Q1', expect.stringContaining('reads as a V1 value') as unknown as string]]);
  });

  it('writes a column QuickStatements 3 skips (not a two-letter language), and says so', async () => {
    const got = await csv([item(undefined, { labels: { 'zh-hans': { language: 'zh-hans', value: '文本' } } })]);
    expect(got.records).toEqual(['qid,Lzh-hans', ',文本']);
    expect(got.limits).toEqual([['new item #1', expect.stringContaining("QuickStatements 3's CSV reader skips") as unknown as string]]);
  });

  it('refuses a text ending in a backslash (PHP fgetcsv would take it as an escape)', async () => {
    const got = await csv([item('Q1', { claims: { P1: [statement('P1', string('C:\\'))] } })]);
    expect(got.records).toEqual(['qid', 'Q1']);
    expect(got.limits[0]?.[1]).toContain('backslash');
  });

  it('tells, per existing item, of blank label, description and sitelink cells (the PHP tool would empty them)', async () => {
    const got = await csv([
      item('Q1', { labels: { en: { language: 'en', value: 'a' } }, descriptions: { en: { language: 'en', value: 'd' } } }),
      item('Q2', { labels: { sl: { language: 'sl', value: 'b' } }, sitelinks: { slwiki: { site: 'slwiki', title: 'B', badges: [] } } }),
      item(undefined, { labels: { de: { language: 'de', value: 'c' } } }),
    ]);
    expect(got.records).toEqual(['qid,Len,Lsl,Lde,Den,Sslwiki', 'Q1,a,,,d,', 'Q2,,b,,,B', ',,,c,,']);
    expect(got.limits.map(([i, d]) => [i, d.slice(0, d.indexOf(' ('))])).toEqual([
      ['Q1', '"nothing" in its blank Lsl, Lde, Sslwiki cells'],
      ['Q2', '"nothing" in its blank Len, Lde, Den cells'],
    ]);
  });
});
