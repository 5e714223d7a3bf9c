import { describe, expect, it } from 'vitest';
import type { ItemId } from '../../src/model/index.js';
import { ItemSet, itemNumber, LastPageIndex } from '../../src/pipeline/last-page-index.js';

describe('LastPageIndex', () => {
  it('keeps the last ordinal of every item through growth', () => {
    const index = new LastPageIndex();
    const expected = new Map<ItemId, number>();
    // Ids in runs and scattered, with repeats, well past the first table size.
    for (let ordinal = 0; ordinal < 50_000; ordinal += 1) {
      const id: ItemId = `Q${ordinal % 3 === 0 ? 1 + ((ordinal * 7919) % 20_011) : 4_000_000_000 - (ordinal % 9_000)}`;
      index.see(id, ordinal);
      expected.set(id, ordinal);
    }
    expect(index.size).toBe(expected.size);
    for (const [id, last] of expected) expect(index.last(id)).toBe(last);
    expect(index.last('Q123456789')).toBeUndefined();
    expect(index.bytes).toBeLessThan(expected.size * 32);
  });

  it('keeps every item id, however large (2³² and up, past 2⁵³), apart from its neighbours', () => {
    const index = new LastPageIndex();
    const ids: ItemId[] = ['Q4294967295', 'Q4294967296', 'Q4294967297', 'Q8589934592', 'Q99999999999999999999', 'Q99999999999999999998'];
    ids.forEach((id, ordinal) => index.see(id, ordinal));
    index.see('Q4294967296', 10);
    expect(ids.map((id) => index.last(id))).toEqual([0, 10, 2, 3, 4, 5]);
    expect(index.last('Q1')).toBeUndefined();
    expect(index.size).toBe(6);
    const set = new ItemSet();
    set.add('Q4294967296');
    set.add('Q99999999999999999999');
    expect(['Q4294967296', 'Q99999999999999999999', 'Q99999999999999999998', 'Q1', 'Q0'].map((id) => set.has(id as ItemId))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it.each([
    ['Q1', 1],
    ['Q4295133', 4295133],
    ['Q4294967295', 4294967295],
    ['Q4294967296', undefined],
  ])('itemNumber(%s) is %s', (id, n) => {
    expect(itemNumber(id)).toBe(n);
  });
});
