// The place heap gives values back earliest place first, whatever order they were pushed in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlaceHeap } from '../../src/pipeline/place-heap.js';

describe('PlaceHeap', () => {
  it('pops in place order, peeking the earliest', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 10_000 }), { maxLength: 200 }), (places) => {
        const heap = new PlaceHeap<string>();
        for (const p of places) heap.push(p, `v${p}`);
        const out: string[] = [];
        for (let top = heap.peek(); top !== undefined; top = heap.peek()) out.push(heap.pop() as string);
        expect(out).toEqual([...places].sort((a, b) => a - b).map((p) => `v${p}`));
        expect(heap.size).toBe(0);
        expect(heap.pop()).toBeUndefined();
      }),
    );
  });
});
