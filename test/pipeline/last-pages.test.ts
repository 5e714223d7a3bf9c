import { describe, expect, it } from 'vitest';
import type { ItemId } from '../../src/model/index.js';
import { LastPageIndex } from '../../src/pipeline/last-page-index.js';
import { LastPages } from '../../src/pipeline/last-pages.js';

describe('LastPages', () => {
  it('marks exactly the ordinals the index holds as last pages, for ids of any size', () => {
    const index = new LastPageIndex();
    const last = new Map<ItemId, number>();
    const pages = 30_001;
    for (let ordinal = 0; ordinal < pages; ordinal += 1) {
      if (ordinal % 11 === 5) continue; // a page that names no item
      const id: ItemId = ordinal % 97 === 0 ? `Q${2 ** 40 + (ordinal % 13)}` : `Q${1 + ((ordinal * 7919) % 9_973)}`;
      index.see(id, ordinal);
      last.set(id, ordinal);
    }
    const marks = index.lastPages(pages);
    const expected = new Set(last.values());
    for (let ordinal = 0; ordinal < pages; ordinal += 1) expect(marks.isLast(ordinal), `page ${ordinal}`).toBe(expected.has(ordinal));
    expect(marks.bytes).toBe(Math.ceil(pages / 8));
  });

  it('takes a page past those counted for a last page, and refuses to mark one', () => {
    const marks = new LastPages(10);
    expect([9, 10, 11].map((o) => marks.isLast(o))).toEqual([false, true, true]);
    expect(() => marks.mark(10)).toThrow(RangeError);
    expect(new LastPages(0).isLast(0)).toBe(true);
  });
});
