import { describe, expect, it } from 'vitest';
import { NumberSet } from '../../src/util/number-set.js';

describe('NumberSet', () => {
  it('holds whole numbers up to 2³² − 1, telling each add whether the number was there', () => {
    const set = new NumberSet();
    const numbers = [0, 1, 7, 8, 4095, 32_768, 1_000_003, 2 ** 32 - 1];
    expect(numbers.map((n) => set.add(n))).toEqual(numbers.map(() => false));
    expect(numbers.map((n) => set.add(n))).toEqual(numbers.map(() => true));
    expect(numbers.every((n) => set.has(n))).toBe(true);
    expect([2, 9, 4094, 1_000_002, 2 ** 32 - 2].some((n) => set.has(n))).toBe(false);
  });

  it('answers no for what it cannot hold, and refuses to add it', () => {
    const set = new NumberSet();
    for (const n of [-1, 0.5, 2 ** 32, Number.NaN]) {
      expect(set.has(n)).toBe(false);
      expect(() => set.add(n)).toThrow(RangeError);
    }
  });
});
