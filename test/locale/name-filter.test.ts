// The language-name filters kept in locale/name-filter-table.ts against the running Node's ICU: none rules out a name
// its UI language's costlier tiers hold, so a text a filter rules out is answered as the tiers would answer it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageCodeForName, languageName, rareTierNames } from '../../src/locale/language-names.js';
import { NameFilter } from '../../src/locale/name-filter.js';
import { RARE_NAME_FILTERS } from '../../src/locale/name-filter-table.js';
import { THREE_LETTER_LANGUAGES } from '../../src/locale/icu-codes.js';
import { UI_LANGUAGES } from '../../src/parse/ui-phrases.js';

const REGENERATE = 'regenerate it: npm run build && node scripts/language-name-filters.mjs';

describe('the kept language-name filters', () => {
  it('are those of the 24 UI languages', () => {
    expect(Object.keys(RARE_NAME_FILTERS).sort()).toEqual([...UI_LANGUAGES].sort());
  });

  for (const ui of UI_LANGUAGES) {
    it(`let through every name of the ${ui} UI's three-letter and variant tiers`, () => {
      const filter = NameFilter.fromBase64(RARE_NAME_FILTERS[ui] as string);
      const names = rareTierNames(ui);
      expect(names.length).toBeGreaterThan(100);
      expect(names.filter((name) => !filter.mayHold(name)), `the filter misses names with this ICU: ${REGENERATE}`).toEqual([]);
    });
  }

  it('still answer rare names (three-letter codes) as their codes, in any case', () => {
    for (const ui of UI_LANGUAGES) {
      for (const code of ['nds', 'haw', 'fil']) {
        const name = languageName(code, ui);
        if (name === code) continue;
        const answer = languageCodeForName(name, ui);
        // A name an earlier tier holds answers with that tier's code; otherwise with this one.
        expect(answer, `${name} in ${ui}`).not.toBeNull();
        expect(languageCodeForName(name.toUpperCase(), ui), `${name} upper-cased in ${ui}`).toBe(answer);
      }
    }
  });

  it('rule out most texts that are no name (else they would save nothing)', () => {
    const texts = Array.from({ length: 2000 }, (_, n) => `lecce ${n} digital project`);
    for (const ui of UI_LANGUAGES) {
      const filter = NameFilter.fromBase64(RARE_NAME_FILTERS[ui] as string);
      expect(texts.filter((t) => filter.mayHold(t)).length, ui).toBeLessThan(texts.length / 10);
      expect(languageCodeForName('Lecce Digital Project', ui), ui).toBeNull();
    }
  });
});

describe('NameFilter', () => {
  it('never rules out a name it was made with', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: 'grapheme', maxLength: 30 }), { maxLength: 600 }), (names) => {
        const filter = NameFilter.fromBase64(NameFilter.of(names).toBase64());
        expect(names.filter((n) => !filter.mayHold(n))).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('is made of names as the tiers fold them (the ICU names of the three-letter codes)', () => {
    expect(THREE_LETTER_LANGUAGES.length).toBeGreaterThan(400);
    expect(rareTierNames('de')).toContain('niederdeutsch');
  });
});
