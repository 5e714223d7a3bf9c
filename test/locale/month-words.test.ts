// MonthWords: the quick test that a text may name a month, checked against the regular-expression engine it stands for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLocalisedDate } from '../../src/locale/index.js';
import { MonthWords } from '../../src/locale/month-words.js';

const NAMES = ['september', 'sep', 'sept', "meán fómhair", "ta' settembru", 'ιανουάριοσ', 'märz', 'kovo'];
const words = MonthWords.of(NAMES);

describe('MonthWords.mayHold', () => {
  it.each<[string, string, boolean]>([
    ['a full name between a day and a year', '1 september 2018', true],
    ['an abbreviation with a dot', '1 sept. 2018', true],
    ['a name that is a word of its own only', 'septembers 2018', false],
    ['a name inside a word', 'xseptember 2018', false],
    ['a multi-word name, by its first word', '1 meán fómhair 2018', true],
    ['a name with an apostrophe, by its first word', '1 ta’ settembru 2018', true],
    ['a name with the letter apostrophe U+02BC, which ends a word here', '1 taʼsettembru 2018', true],
    ['a final sigma, which the pattern matches to σ', '1 ιανουάριος 2018', true],
    ['a long s, which the pattern matches to s', '1 ſeptember 2018', true],
    ['a decomposed name is not a composed one (the patterns read composed text)', '1 ma\u0308rz 2018', false],
    ['an amount with a unit', '20,194.83 polish złoty', false],
    ['a text with no word at all', '12.05.2018', false],
    ['an empty text', '', false],
  ])('%s: %s → %s', (_, text, expected) => {
    expect(words?.mayHold(text)).toBe(expected);
  });

  it('rules out nothing when a name does not start with a letter', () => {
    expect(MonthWords.of(['1月', 'september'])).toBeNull();
  });

  // The exact statement of what the test promises: a text holds one of the names' first words as a whole word, words
  // cut at anything but letters and marks, and at U+02BC, compared as the `iu` flags compare.
  it('agrees with the regular expression it replaces, on texts made of hard characters', () => {
    const letter = '[\\p{L}\\p{M}]';
    const edge = `(?:^|(?<!${letter})|(?<=\\u02bc))`;
    const end = `(?:$|(?!${letter})|(?=\\u02bc))`;
    const firsts = ['september', 'sep', 'sept', 'meán', 'ta', 'ιανουάριοσ', 'märz', 'kovo'];
    const reference = new RegExp(`${edge}(?:${firsts.join('|')})${end}`, 'iu');
    const hard = [...'septmbrάιανουρισςσΣſSkKKmärzäovoóéá', 'ta', ' ', '.', '1', 'ʼ', '’', "'", '\u0308', 'ß', 'İ'];
    const text = fc.array(fc.constantFrom(...hard, ...firsts), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const lower = t.toLowerCase().normalize('NFC');
        expect(words?.mayHold(lower)).toBe(reference.test(lower));
      }),
      { numRuns: 3000, seed: 20261122 },
    );
  });
});

describe('parseLocalisedDate with the month-word test in front of its patterns', () => {
  // Every date Intl writes in every EU language, in every case and with its marks dropped, still reads.
  const EU = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' ');
  it.each(EU)('%s: every month, by name long and short, upper-cased and without marks', (lang) => {
    for (const month of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(lang, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const parts = format.formatToParts(new Date(Date.UTC(2018, m, 15)));
        // Some languages abbreviate a month as its number (Bulgarian, Czech): no name, no date here.
        if (/\d/u.test(parts.find((p) => p.type === 'month')?.value ?? '')) continue;
        const text = parts.map((p) => p.value).join('');
        const time = `+2018-${String(m + 1).padStart(2, '0')}-15T00:00:00Z`;
        for (const variant of [text, text.toUpperCase(), text.normalize('NFD').replace(/\p{M}/gu, '')]) {
          expect(parseLocalisedDate(variant, lang), `${variant} in ${lang}`).toEqual({ time, precision: 11 });
        }
      }
    }
  });
});
