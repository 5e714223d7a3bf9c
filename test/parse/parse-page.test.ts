// parsePage: the page kind from the address, else from the text's shape; portal pages kept verbatim.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLISH, looksLikeItemPage, parsePage, parsePortalPage, type PageAddress } from '../../src/parse/index.js';
import { lines, pageSource } from '../support/builders.js';

const ITEM = lines('Social activation (Q4295133)', 'Jump to navigation', 'Jump to search', 'No description defined', 'Statements', '1 Euro', '0 references');
const SUMMARY = 'Nell’area transfrontaliera, vi è una grande necessità di sviluppare programmi di attivazione sociale (Q1).';

describe('looksLikeItemPage', () => {
  it.each<[string, string, boolean]>([
    ['a flattened item page', ITEM, true],
    ['an item page after blank lines', `\n\n${ITEM}`, true],
    ['a title and a "Statements" heading only', 'L (Q1)\nStatements\n1 Euro', true],
    ['a title and an "Identifiers" heading only', 'L (Q1)\nIdentifiers\nX', true],
    ['a title and the terms table header', 'L (Q1)\nLanguage | Label | Description | Also known as |', true],
    ['a title and MediaWiki chrome', 'L (Q1)\nJump to search', true],
    ['a project summary', SUMMARY, false],
    ['a first line shaped like a title, with no item-view phrase', 'Progetto transfrontaliero (Q1)\nUn riassunto.', false],
    ['item-view phrases without a title line', 'Summary text\nStatements\n1 Euro', false],
    ['a phrase only inside a word', 'L (Q1)\nStatementsX', false],
    ['an empty text', '', false],
  ])('%s → %s', (_, text, expected) => {
    expect(looksLikeItemPage(text, ENGLISH)).toBe(expected);
  });
});

describe('parsePortalPage', () => {
  it.each<[string, string, string]>([
    ['keeps the text verbatim', 'Riassunto.  Con “virgolette” e • punti\n\nSecondo paragrafo.', 'Riassunto.  Con “virgolette” e • punti\n\nSecondo paragrafo.'],
    ['drops the final line breaks only', 'Riassunto.\n\n\n', 'Riassunto.'],
    ['drops final CRLF line breaks', 'Riassunto.\r\n\r\n', 'Riassunto.'],
    ['keeps leading blank lines and inner spaces', '\n  Riassunto.  ', '\n  Riassunto.  '],
  ])('%s', (_, text, expected) => {
    expect(parsePortalPage(pageSource(text)).text).toBe(expected);
  });

  it('spans the first line of the page', () => {
    expect(parsePortalPage(pageSource('First line\nSecond line')).span).toEqual({ file: 'page.txt', line: 1, column: 1, text: 'First line' });
    expect(parsePortalPage(pageSource('First line\r\nSecond', { record: 4 })).span).toEqual({
      file: 'page.txt',
      line: 4,
      column: 1,
      pageLine: 1,
      text: 'First line',
    });
  });
});

describe('parsePage', () => {
  const item: PageAddress = { kind: 'item', id: 'Q4295133' };
  const portal: PageAddress = { kind: 'portal', id: 'Q4295133', language: 'it' };

  it.each<[string, string, PageAddress | null, 'item' | 'portal']>([
    ['no address: an item page by its shape', ITEM, null, 'item'],
    ['no address: a summary by its shape', SUMMARY, null, 'portal'],
    ['a portal address wins over an item-like shape', ITEM, portal, 'portal'],
    ['an item address wins over a summary-like shape', 'L (Q4295133)\nStatements\n1 Euro\n0 references', item, 'item'],
  ])('%s', (_, text, address, kind) => {
    expect(parsePage(pageSource(text), address, ENGLISH).page?.kind).toBe(kind);
  });

  it('gives a portal page no diagnostics', () => {
    expect(parsePage(pageSource(SUMMARY), null, ENGLISH).diagnostics).toEqual([]);
  });

  it('reports an item address on a text with no title as title-missing', () => {
    const { page, diagnostics } = parsePage(pageSource(SUMMARY), item, ENGLISH);
    expect(page).toBeNull();
    expect(diagnostics.map((d) => d.code)).toEqual(['title-missing']);
  });
});

describe('parsePortalPage: final line breaks and the first line, without regular expressions', () => {
  it('drops the final breaks as replace(/(?:\\r?\\n)+$/u) did and spans the first line as split(/\\r?\\n/u, 1) did', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '\r', '\n', '\r\n', 'é'), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const page = parsePortalPage(pageSource(t));
        const kept = t.replace(/(?:\r?\n)+$/u, '');
        expect(page.text).toBe(kept);
        expect(page.span.text).toBe(kept.split(/\r?\n/u, 1)[0] ?? '');
      }),
      { numRuns: 1000, seed: 2 },
    );
  });
});
