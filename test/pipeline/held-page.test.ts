// Pages wait in the main thread as UTF-8 and are worked on as the text they were read as: the same characters back,
// a text UTF-8 cannot carry (a lone surrogate, which JSON can write) kept as it is, and the pages of a group that
// waits for more of its item's pages held so.
import { describe, expect, it } from 'vitest';
import { heldPage, pageSize, workedPage } from '../../src/pipeline/held-page.js';
import { LastPageIndex } from '../../src/pipeline/last-page-index.js';
import { PageGroups } from '../../src/pipeline/page-groups.js';
import type { PageSource } from '../../src/source/index.js';

const page = (text: string): PageSource => ({ text, file: 'pages.ndjson', line: 7, inRecord: true, pageLine: 2, url: 'https://linkedopendata.eu/wiki/Item:Q1' });

const TEXTS = ['', 'ASCII only', 'Łomża, wrzesień 2018', 'Ελληνικά 中文 😀 \u0000 \r\n\t', 'é'.repeat(70_000)];

describe('a held page', () => {
  it.each(TEXTS.map((t) => [t.slice(0, 20), t]))('comes back as the same page (%j)', (_, text) => {
    const held = heldPage(page(text));
    expect('bytes' in held).toBe(true);
    expect(pageSize(held)).toBe(Buffer.byteLength(text, 'utf8'));
    expect(workedPage(held)).toEqual(page(text));
  });

  it('keeps a text with a lone surrogate as a string (UTF-8 cannot carry it)', () => {
    for (const text of ['a\ud800b', 'end \udc00', '\udbff']) {
      const held = heldPage(page(text));
      expect(held).toEqual(page(text));
      expect(workedPage(held).text).toBe(text);
    }
  });

  it('is how the pages of a group wait for the rest of their item; a page that completes its group goes as read', () => {
    const index = new LastPageIndex();
    index.see('Q1', 0);
    index.see('Q1', 2);
    index.see('Q2', 1);
    const groups = new PageGroups({ lastPages: index.lastPages(3), maxHeld: 100 });
    const first = page('Q1 first');
    expect(groups.add(0, 1, 'Q1', first).groups).toEqual([]);
    const alone = page('Q2');
    expect(groups.add(1, 3, 'Q2', alone).groups).toEqual([{ key: 'Q2', first: 3, pages: [alone] }]);
    const last = page('Q1 last');
    const [group] = groups.add(2, 5, 'Q1', last).groups;
    expect(group?.pages.map((p) => 'bytes' in p)).toEqual([true, false]);
    expect(group?.pages.map(workedPage)).toEqual([first, last]);
  });
});
