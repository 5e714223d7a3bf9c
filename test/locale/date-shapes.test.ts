// DateShapes answers as trying its patterns in turn would, text after text, whether or not it may go by shape.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateShapes } from '../../src/locale/date-shapes.js';

function naive(patterns: readonly RegExp[], text: string): Record<string, string | undefined> | null {
  for (const p of patterns) {
    const groups = p.exec(text)?.groups;
    if (groups !== undefined) return Object.fromEntries(Object.entries(groups).filter(([, v]) => v !== undefined));
  }
  return null;
}

const texts = (words: readonly string[]): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.constantFrom(...words, ' ', '.', ',', '  '), fc.integer({ min: 0, max: 99_999 }).map(String)), { maxLength: 6 })
    .map((parts) => parts.join(''));

describe('DateShapes', () => {
  it('matches as the patterns do when they treat digits alike (the answer kept by shape)', () => {
    const patterns = [
      /^\s*(?<!\d)(?<d>\d{1,2})(?!\d)\.?\s*(?<m>march|mar|may)\.?\s*(?<!\d)(?<y>\d{1,4})(?!\d)\s*$/diu,
      /^\s*(?<m>march|may)\s*(?<y>\d{1,4})\s*$/diu,
    ];
    const shapes = new DateShapes(patterns);
    fc.assert(fc.property(texts(['march', 'May', 'mar', 'x']), (text) => {
        expect(shapes.match(text)).toEqual(naive(patterns, text));
      }), { numRuns: 2000 });
  });

  it('tries the patterns on every text when one names a digit itself (two texts of one shape may differ)', () => {
    const patterns = [/^(?<y>\d{4})-0?(?<m>1[0-2]|[1-9])$/u];
    const shapes = new DateShapes(patterns);
    expect(shapes.match('2018-12')).toEqual({ y: '2018', m: '12' });
    expect(shapes.match('2018-13')).toBeNull();
    fc.assert(fc.property(texts(['-', '-0']), (text) => {
        expect(shapes.match(text)).toEqual(naive(patterns, text));
      }), { numRuns: 1000 });
  });
});
