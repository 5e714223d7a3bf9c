// pageItemId: the item a page's draft goes to, told before parsing, checked against what parsing and interpreting give.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interpretContext, interpretItemPage, interpretLabelledPage, interpretPortalPage } from '../../src/interpret/index.js';
import type { ItemId } from '../../src/model/index.js';
import { pageItemId, parsePage, sourceAddress, splitPages, titleLineId } from '../../src/parse/index.js';
import { readInputs, type PageSource } from '../../src/source/index.js';
import { lines, PROFILE } from '../support/builders.js';

const ITEM_URL = 'https://linkedopendata.eu/wiki/Item:Q4295133';
const PORTAL_URL = 'https://kohesio.ec.europa.eu/it/projects/Q4295133';
const BODY = ['Jump to navigation', 'Jump to search', 'No description defined', 'Statements', '1 Euro', '0 references'];

const source = (text: string, extra: Partial<PageSource> = {}): PageSource => ({ text, file: 'p.txt', line: 1, inRecord: false, ...extra });

/** The draft's id as the pipeline gets it: address, parse, (address-mismatch), interpret. */
function draftId(page: PageSource): ItemId | undefined {
  const { address } = sourceAddress(page, PROFILE);
  const parsed = parsePage(page, address, null).page;
  if (parsed === null) return undefined;
  if (parsed.kind === 'info') return undefined;
  if (parsed.kind !== 'portal' && address !== null && address.id !== parsed.id) return undefined;
  const result =
    parsed.kind === 'item'
      ? interpretItemPage(parsed, interpretContext(PROFILE, parsed.uiLanguage))
      : parsed.kind === 'labelled'
        ? interpretLabelledPage(parsed, interpretContext(PROFILE, parsed.uiLanguage))
        : interpretPortalPage(parsed, address, interpretContext(PROFILE, address?.language ?? 'en'), null);
  return result.draft?.id;
}

describe('pageItemId', () => {
  it.each<[string, PageSource, ItemId | undefined]>([
    ['an item page at its address', source(lines('Project (Q4295133)', ...BODY), { url: ITEM_URL, inRecord: true }), 'Q4295133'],
    ['an item page with no address: its title line', source(lines('Project (Q7)', ...BODY)), 'Q7'],
    ['an item page after blank lines, with CRLF', source(`\r\n  \r\n${lines('Project (Q7)  ', ...BODY).replaceAll('\n', '\r\n')}`), 'Q7'],
    ['a label that itself ends in parentheses', source(lines('Fondazione (Roma) (Q12)', ...BODY)), 'Q12'],
    ['a portal page: its address', source('Riassunto del progetto.', { url: PORTAL_URL, inRecord: true }), 'Q4295133'],
    ['a portal page told its item by a manifest', source('Riassunto del progetto.', { item: 'Q5', language: 'it' }), 'Q5'],
    ['an item page told its item by a manifest', source(lines('Project (Q5)', ...BODY), { item: 'Q5' }), 'Q5'],
    ['a summary with no address', source('Riassunto del progetto.'), undefined],
    ['an item page whose first line is no title', source(lines('Project', ...BODY), { url: ITEM_URL, inRecord: true }), undefined],
    ['an empty text', source(''), undefined],
  ])('%s → %s', (_, page, expected) => {
    expect(pageItemId(page, PROFILE)).toBe(expected);
    expect(draftId(page)).toBe(expected);
  });

  it('names the title line’s item for a page whose address names another (a mismatch that gives no draft)', () => {
    const page = source(lines('Project (Q9)', ...BODY), { url: ITEM_URL, inRecord: true });
    expect(pageItemId(page, PROFILE)).toBe('Q9');
    expect(draftId(page)).toBeUndefined();
  });

  it.each<[string, string | undefined]>([
    ['L (Q1)', 'Q1'],
    ['\n\n  L (Q1)  \nx', 'Q1'],
    ['L (Q1)\r', 'Q1'],
    ['L (Q01)', undefined],
    ['L (Q1) x', undefined],
    ['(Q1)', 'Q1'],
    ['  \n  ', undefined],
  ])('titleLineId(%j) → %s', (text, expected) => {
    expect(titleLineId(text)).toBe(expected);
  });

  // Every page of every fixture (portal pages, pages in nine UI languages, broken pages, appended pages): whenever
  // the page gives a draft, pageItemId named its item beforehand.
  it('names the draft’s item for every page of the fixtures that gives one', async () => {
    const root = new URL('../../fixtures/', import.meta.url);
    let checked = 0;
    for (const fixture of readdirSync(root)) {
      const dir = join(root.pathname, fixture);
      if (!existsSync(join(dir, 'case.json'))) continue;
      const inputs = readdirSync(dir).filter((f) => f.startsWith('input')).map((f) => join(dir, f));
      const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { args: string[] };
      const url = spec.args[spec.args.indexOf('--url') + 1];
      const facts = spec.args.includes('--url') && url !== undefined ? { url } : undefined;
      for await (const item of readInputs(inputs, facts === undefined ? {} : { facts })) {
        if (!('page' in item)) continue;
        for (const page of splitPages(item.page)) {
          const id = draftId(page);
          if (id !== undefined) {
            expect(pageItemId(page, PROFILE), `${page.file}:${page.line}`).toBe(id);
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(15);
  });
});
