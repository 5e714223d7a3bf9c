import { describe, expect, it } from 'vitest';
import type { ItemId } from '../../src/model/index.js';
import { LastPageIndex } from '../../src/pipeline/last-page-index.js';
import type { LastPages } from '../../src/pipeline/last-pages.js';
import { PageGroups, type PageGroup } from '../../src/pipeline/page-groups.js';
import type { PageSource } from '../../src/source/index.js';

const page = (line: number): PageSource => ({ text: `page ${line}`, file: 'dump.txt', line, inRecord: false });
/** Pages by item id ('' for a page that names none), in input order. */
const KEYS: (ItemId | '')[] = ['Q1', 'Q2', 'Q1', '', 'Q3', 'Q2', 'Q4', 'Q4', 'Q5', 'Q1'];

/** What the first pass marks for these pages. */
function lastPagesOf(keys: readonly (ItemId | '')[]): LastPages {
  const index = new LastPageIndex();
  keys.forEach((key, ordinal) => {
    if (key !== '') index.see(key, ordinal);
  });
  return index.lastPages(keys.length);
}

const lines = (groups: readonly PageGroup[]): string[] => groups.map((g) => `${g.key ?? '-'}:${g.pages.map((p) => p.line).join(',')}`);

function feed(groups: PageGroups): { out: string[]; reopened: string[] } {
  const out: string[] = [];
  const reopened: string[] = [];
  KEYS.forEach((key, ordinal) => {
    const result = groups.add(ordinal, ordinal, key === '' ? undefined : key, page(ordinal + 1));
    out.push(...lines(result.groups));
    if (result.reopened !== undefined) reopened.push(`${result.reopened.key}@${result.reopened.page.line}`);
  });
  out.push(...lines(groups.finish()));
  return { out, reopened };
}

describe('PageGroups', () => {
  it('lets each item go at its last page when an index of last pages is given (exact, however far apart)', () => {
    const groups = new PageGroups({ lastPages: lastPagesOf(KEYS), maxHeld: 100 });
    const { out, reopened } = feed(groups);
    expect(out).toEqual(['-:4', 'Q3:5', 'Q2:2,6', 'Q4:7,8', 'Q5:9', 'Q1:1,3,10']);
    expect(reopened).toEqual([]);
    expect(groups.held).toBe(0);
  });

  it('with a window, lets an item go once that many pages passed without it, and tells when it comes back', () => {
    const { out, reopened } = feed(new PageGroups({ window: 3, maxHeld: 100 }));
    // Q2's pages lie 4 apart: it went when Q3 came, before its second page.
    expect(out).toEqual(['-:4', 'Q2:2', 'Q1:1,3', 'Q3:5', 'Q2:6', 'Q4:7,8', 'Q5:9', 'Q1:10']);
    expect(reopened).toEqual(['Q2@6', 'Q1@10']);
  });

  it('with a window of one page, groups adjacent pages only', () => {
    const { out, reopened } = feed(new PageGroups({ window: 1, maxHeld: 100 }));
    expect(out).toEqual(['Q1:1', 'Q2:2', 'Q1:3', '-:4', 'Q3:5', 'Q2:6', 'Q4:7,8', 'Q5:9', 'Q1:10']);
    expect(reopened).toEqual(['Q1@3', 'Q2@6', 'Q1@10']);
  });

  it('lets the oldest items go early when more pages wait than allowed, and tells when one comes back', () => {
    const groups = new PageGroups({ lastPages: lastPagesOf(KEYS), maxHeld: 2 });
    const { out, reopened } = feed(groups);
    // Output follows first pages, so what is read after an open item's first page waits for it: two pages after
    // its first, Q1 goes early (with its second page), then Q2; both come back later.
    expect(out).toEqual(['Q1:1,3', 'Q2:2', '-:4', 'Q3:5', 'Q2:6', 'Q4:7,8', 'Q5:9', 'Q1:10']);
    expect(reopened).toEqual(['Q2@6', 'Q1@10']);
  });

  it('with a window, still lets an item go once its first page lies maxHeld pages back, however often it comes', () => {
    const groups = new PageGroups({ window: 3, maxHeld: 5 });
    const out: string[] = [];
    // Q1 every other page: never 3 pages without it, but what follows its first page cannot wait for ever.
    for (let ordinal = 0; ordinal < 12; ordinal += 1) {
      const key = ordinal % 2 === 0 ? 'Q1' : (`Q${100 + ordinal}` as ItemId);
      out.push(...lines(groups.add(ordinal, ordinal, key, page(ordinal + 1)).groups));
      expect(groups.oldestFirst ?? Infinity).toBeGreaterThan(ordinal - 5);
    }
    expect(out.filter((l) => l.startsWith('Q1:'))).toEqual(['Q1:1,3,5', 'Q1:7,9,11']);
    expect(groups.finish().map((g) => g.first)).toEqual([9, 11]);
  });

  it('lets an item go at once when its page lies past the pages the first pass counted (the input grew)', () => {
    // The first pass read Q7, Q8, Q8; the second reads Q7, Q9, Q9, Q10: marks are of pages, whatever their item.
    const groups = new PageGroups({ lastPages: lastPagesOf(['Q7', 'Q8', 'Q8']), maxHeld: 100 });
    expect(lines(groups.add(0, 0, 'Q7', page(1)).groups)).toEqual(['Q7:1']);
    expect(lines(groups.add(1, 1, 'Q9', page(2)).groups)).toEqual([]);
    expect(lines(groups.add(2, 2, 'Q9', page(3)).groups)).toEqual(['Q9:2,3']);
    expect(lines(groups.add(3, 3, 'Q10', page(4)).groups)).toEqual(['Q10:4']);
  });

  it('keeps no page of a group once it has gone, though an older group is still open', () => {
    // Q1 stays open while items of one page each come and go after it: none of their pages may stay reachable.
    const keys: ItemId[] = ['Q1', ...Array.from({ length: 50 }, (_, i) => `Q${100 + i}` as ItemId), 'Q1'];
    const groups = new PageGroups({ lastPages: lastPagesOf(keys), maxHeld: 1000 });
    const gone: PageGroup[] = [];
    keys.forEach((key, ordinal) => gone.push(...groups.add(ordinal, ordinal, key, page(ordinal + 1)).groups));
    expect(gone.map((g) => g.key)).toEqual([...keys.slice(1, -1), 'Q1']);
    expect(groups.held).toBe(0);
    expect(groups.finish()).toEqual([]);
  });
});
