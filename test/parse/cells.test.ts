// joinCells: a terms-table line's cells in one spelling, as the two regular expressions it replaces gave them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinCells } from '../../src/parse/cells.js';

describe('joinCells', () => {
  it.each<[string, string, string]>([
    ['Language | Label | Description | Also known as |', '|', 'Language|Label|Description|Also known as'],
    ['Language|Label|Description|Also known as', ' | ', 'Language | Label | Description | Also known as'],
    ['English | | x |', '|', 'English||x'],
    ['a||', '|', 'a|'],
    ['|', '|', ''],
  ])('%j with %j → %j', (line, separator, expected) => {
    expect(joinCells(line, separator)).toBe(expected);
  });

  it('is the two replacements it stands for, on any trimmed line', () => {
    const line = fc.array(fc.constantFrom('a', 'é', '|', ' ', '\t', '\u00a0', '\u2003'), { maxLength: 14 }).map((p) => p.join('').trim());
    fc.assert(
      fc.property(line, fc.constantFrom('|', ' | '), (l, separator) => {
        expect(joinCells(l, separator)).toBe(l.replace(/\s*\|\s*$/u, '').replace(/\s*\|\s*/gu, separator));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });
});
