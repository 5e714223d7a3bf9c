// The memo helper: answers computed once per key, bounded when asked, listed by name, and forgotten on request.
import { describe, expect, it } from 'vitest';
import { clearMemos, lazy, memo, memoBy, memoSizes, weakMemo } from '../../src/util/memo.js';

describe('memoBy', () => {
  it('computes an argument once per key, whatever object carries it, within `max`', () => {
    let calls = 0;
    const total = memoBy(
      'test.by-key',
      (p: { readonly a: number; readonly b: number }) => `${p.a}+${p.b}`,
      (p) => {
        calls += 1;
        return p.a + p.b;
      },
      { max: 2 },
    );
    expect([total({ a: 1, b: 2 }), total({ a: 1, b: 2 }), total({ a: 2, b: 1 })]).toEqual([3, 3, 3]);
    expect(calls).toBe(2);
    total({ a: 5, b: 5 });
    expect(memoSizes().find((m) => m.name === 'test.by-key')?.size).toBeLessThanOrEqual(2);
  });
});

describe('memo', () => {
  it('computes each key once and gives the same answer after', () => {
    let calls = 0;
    const square = memo('test.square', (n: number) => {
      calls += 1;
      return n * n;
    });
    expect([square(3), square(3), square(4)]).toEqual([9, 9, 16]);
    expect(calls).toBe(2);
    expect(memoSizes().find((m) => m.name === 'test.square')?.size).toBe(2);
  });

  it('keeps at most `max` answers, and remembers an undefined answer too', () => {
    let calls = 0;
    const nothing = memo(
      'test.bounded',
      (_: string): undefined => {
        calls += 1;
        return undefined;
      },
      { max: 2 },
    );
    for (const k of ['a', 'b', 'c', 'c']) nothing(k);
    expect(calls).toBe(3);
    expect(memoSizes().find((m) => m.name === 'test.bounded')?.size).toBeLessThanOrEqual(2);
  });

  it('holds object keys weakly, and builds a lazy value once', () => {
    let built = 0;
    const table = lazy('test.table', () => {
      built += 1;
      return new Map([['a', 1]]);
    });
    expect(table()).toBe(table());
    expect(built).toBe(1);
    const size = weakMemo('test.size', (o: { readonly items: readonly number[] }) => o.items.length);
    const o = { items: [1, 2] };
    expect(size(o)).toBe(2);
  });

  it('forgets every answer on clearMemos', () => {
    let calls = 0;
    const f = memo('test.cleared', (k: string) => {
      calls += 1;
      return k;
    });
    f('x');
    clearMemos();
    f('x');
    expect(calls).toBe(2);
    expect(memoSizes().every((m) => m.name !== 'test.cleared' || m.size === 1)).toBe(true);
  });
});
