// The line shapes read by hand (to read long lines in linear time) say what the regular expressions they replace
// said, on lines made of the characters that matter to them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monolingualShape, numberThenWordShape } from '../../src/interpret/classify-value.js';
import { readTitleLine, TITLE_LINE } from '../../src/parse/index.js';

const MONOLINGUAL = /^(.*\S)\s+\(([^()]+)\)$/su;
const NUMBER_THEN_WORD = /^([-+\u2212]?\d[\d.,'\u00a0\u202f ]*(?:±\s*\d[\d.,'\u00a0\u202f ]*)?)\s+(\p{L}.*)$/u;

const line = (chars: string[]): fc.Arbitrary<string> => fc.array(fc.constantFrom(...chars), { maxLength: 16 }).map((a) => a.join(''));
const PARAMETERS = { numRuns: 5_000, seed: 17 };

describe('line shapes read by hand', () => {
  it('monolingual text: as /^(.*\\S)\\s+\\(([^()]+)\\)$/su', () => {
    fc.assert(
      fc.property(line(['a', 'ž', ' ', '\t', '\n', '\r', '(', ')', 'E', '\u00a0', '😀']), (text) => {
        const m = MONOLINGUAL.exec(text);
        expect(monolingualShape(text)).toEqual(m === null ? null : [m[1], m[2]]);
      }),
      PARAMETERS,
    );
  });

  it('a number then a word: as the pattern it replaces (the number compared without its trailing spaces)', () => {
    fc.assert(
      fc.property(line(['1', '0', '.', ',', "'", ' ', '\u00a0', '\u202f', '\t', '±', '-', '\u2212', 'a', 'ž', '!', '\r', '😀', '𝐀']), (text) => {
        const m = NUMBER_THEN_WORD.exec(text);
        const got = numberThenWordShape(text);
        expect(got === null ? null : [got[0].trimEnd(), got[1]]).toEqual(m === null ? null : [m[1]?.trimEnd(), m[2]]);
      }),
      PARAMETERS,
    );
  });

  it('a title line: as TITLE_LINE', () => {
    fc.assert(
      fc.property(line(['a', ' ', '\t', '\r', '\u2028', '(', ')', 'Q', '1', '0', '9', 'ž']), (text) => {
        const m = TITLE_LINE.exec(text);
        expect(readTitleLine(text)).toEqual(m === null ? null : [text, m[1], m[2]]);
      }),
      PARAMETERS,
    );
  });
});
