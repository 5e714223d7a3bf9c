import { describe, expect, it } from 'vitest';
import { itemNumber, LastPageIndex } from '../../../src/pipeline/last-page-index.js';

describe('LastPageIndex', () => {
  it('keeps the last ordinal of every item through growth', () => {
    const index = new LastPageIndex();
    const expected = new Map<number, number>();
    // Ids in runs and scattered, with repeats, well past the first table size.
    for (let ordinal = 0; ordinal < 50_000; ordinal += 1) {
      const id = ordinal % 3 === 0 ? 1 + ((ordinal * 7919) % 20_011) : 4_000_000_000 - (ordinal % 9_000);
      index.see(id, ordinal);
      expected.set(id, ordinal);
    }
    expect(index.size).toBe(expected.size);
    for (const [id, last] of expected) expect(index.last(id)).toBe(last);
    expect(index.last(123_456_789)).toBeUndefined();
    expect(index.bytes).toBeLessThan(expected.size * 32);
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
