// The CLDR date facts kept in locale/cldr-date-table.ts against the running Node's ICU: the same month names and
// shapes, for every UI language, as Intl gives (so dates read the same whether the table or Intl answers).
import { describe, expect, it } from 'vitest';
import { cldrDates, intlDates } from '../../src/locale/cldr-dates.js';
import { CLDR_DATE_TABLE } from '../../src/locale/cldr-date-table.js';
import { UI_LANGUAGES } from '../../src/parse/ui-phrases.js';

const REGENERATE = 'the table differs from this ICU: npm run build && node scripts/cldr-date-table.mjs';

describe('the kept CLDR date facts', () => {
  it('are those of the 24 UI languages', () => {
    expect(Object.keys(CLDR_DATE_TABLE).sort()).toEqual([...UI_LANGUAGES].sort());
  });

  for (const lang of UI_LANGUAGES) {
    it(`are what Intl gives for ${lang}`, () => {
      expect(CLDR_DATE_TABLE[lang], REGENERATE).toEqual(intlDates(lang));
    });
  }

  it('serve the UI languages; other languages are asked of Intl', () => {
    expect(cldrDates('de')).toBe(CLDR_DATE_TABLE['de']);
    expect(cldrDates('pt-BR')).toEqual(intlDates('pt-BR'));
    expect(cldrDates('pt-BR').months['long-alone'][8]).toBe('setembro');
  });
});
