// Language names in the 24 EU UI languages, to codes and back, learned from Intl.DisplayNames.
import { describe, expect, it, vi } from 'vitest';
import { languageCodeForName, languageName } from '../../src/locale/index.js';

const EU = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' ');

describe('language names round trip for the 24 EU languages in each EU UI language', () => {
  for (const ui of EU) {
    it(`${ui} UI`, () => {
      const seen = new Map<string, string>();
      for (const code of EU) {
        const name = languageName(code, ui);
        expect(name, `${code} has a name in ${ui}`).not.toBe(code);
        // No two EU languages share a name in any EU UI language (checked, not assumed).
        expect(seen.get(name.toLowerCase()), `${name} in ${ui}`).toBeUndefined();
        seen.set(name.toLowerCase(), code);
        expect(languageCodeForName(name, ui), `${name} in ${ui}`).toBe(code);
        expect(languageCodeForName(name.toUpperCase(), ui), `${name} upper-cased in ${ui}`).toBe(code);
      }
    });
  }
});

describe('name collisions among all two-letter codes', () => {
  // With Node 20's ICU the only collision in any EU UI language is Twi (`tw`), which CLDR names Akan like `ak`:
  // the first code (`ak`) keeps the name. Deprecated aliases (`iw`, `in`, `jw`, `ji`, `mo`, `sh`) would collide
  // with their replacements too, but are never registered. Checked here as a property, not as a list.
  it('every failed round trip is a real collision, and none involves an EU language', () => {
    const euCodes = new Set(EU);
    for (const ui of EU) {
      for (const a of 'abcdefghijklmnopqrstuvwxyz') {
        for (const b of 'abcdefghijklmnopqrstuvwxyz') {
          const code = a + b;
          if (Intl.getCanonicalLocales(code)[0] !== code) continue;
          const name = languageName(code, ui);
          if (name === code) continue;
          const back = languageCodeForName(name, ui);
          if (back === code) continue;
          expect(euCodes.has(code), `${code} in ${ui}`).toBe(false);
          expect(back === null ? null : languageName(back, ui).toLowerCase(), `${code} in ${ui}`).toBe(name.toLowerCase());
        }
      }
    }
  });
});

describe('languageCodeForName', () => {
  const cases: readonly [string, string, string][] = [
    ['English', 'en', 'en'],
    ['Slovenian', 'en', 'sl'],
    ['Englisch', 'de', 'en'],
    ['anglais', 'fr', 'en'],
    ['Anglais', 'fr', 'en'],
    ['  english ', 'en', 'en'],
    ['Αγγλικά', 'el', 'en'],
    ['ΑΓΓΛΙΚΆ', 'el', 'en'],
    ['angielski', 'pl', 'en'],
    ['Béarla', 'ga', 'en'],
    ['Ingliż', 'mt', 'en'],
    ['Englisch', 'de-AT', 'en'],
    // Deprecated aliases name the same language; the current code wins.
    ['Hebrew', 'en', 'he'],
    ['Romanian', 'en', 'ro'],
    ['Indonesian', 'en', 'id'],
    ['Yiddish', 'en', 'yi'],
    ['Norwegian', 'en', 'no'],
    ['Norwegian Bokmål', 'en', 'nb'],
    // Composed from a language and a region or script name.
    ['English (United Kingdom)', 'en', 'en-gb'],
    ['Englisch (Vereinigtes Königreich)', 'de', 'en-gb'],
    ['Serbian (Latin)', 'en', 'sr-latn'],
  ];
  for (const [name, ui, code] of cases) {
    it(`${JSON.stringify(name)} in ${ui} → ${code}`, () => {
      expect(languageCodeForName(name, ui)).toBe(code);
    });
  }

  it('falls back to three-letter codes and to whole regional names on a miss', () => {
    expect(languageCodeForName('Low German', 'en')).toBe('nds');
    expect(languageCodeForName('Multiple languages', 'en')).toBe('mul');
    expect(languageCodeForName('British English', 'en')).toBe('en-gb');
    expect(languageCodeForName('Latin American Spanish', 'en')).toBe('es-419');
    expect(languageCodeForName('Simplified Chinese', 'en')).toBe('zh-hans');
    expect(languageCodeForName('Flämisch', 'de')).toBe('nl-be');
    expect(languageCodeForName('Österreichisches Deutsch', 'de')).toBe('de-at');
    expect(languageCodeForName('brazylijski portugalski', 'pl')).toBe('pt-br');
  });

  it('returns null for anything that is not a language name', () => {
    for (const name of ['', 'Klingonish', 'September', 'English (Mars)', '(English)', 'Euro']) {
      expect(languageCodeForName(name, 'en'), name).toBeNull();
    }
  });
});

describe('languageName', () => {
  it('names a code in the UI language', () => {
    expect(languageName('en', 'en')).toBe('English');
    expect(languageName('en', 'de')).toBe('Englisch');
    expect(languageName('sl', 'en')).toBe('Slovenian');
    expect(languageName('en-gb', 'en')).toBe('British English');
  });

  it('falls back to the code itself', () => {
    expect(languageName('qqq', 'en')).toBe('qqq');
    expect(languageName('de-formal', 'en')).toBe('de-formal');
    expect(languageName('not a code', 'en')).toBe('not a code');
  });
});

describe('answers kept between calls', () => {
  // Answers are kept once final; asked again, in another order, after other names, they do not change.
  it('gives every name the same code asked again, in reverse order, after the costlier tiers loaded', () => {
    const names = ['English', 'Englisch', 'Low German', 'British English', 'English (United Kingdom)', 'Nonsense', 'POLISH', 'Polish'];
    for (const ui of ['en', 'de', 'fr']) {
      const first = names.map((n) => languageCodeForName(n, ui));
      const again = [...names].reverse().map((n) => languageCodeForName(n, ui)).reverse();
      expect(again, ui).toEqual(first);
    }
    expect(languageCodeForName('Low German', 'en')).toBe('nds');
    expect(languageCodeForName('British English', 'en')).toBe('en-gb');
  });
});

describe('answers do not depend on what was looked up before', () => {
  type Ask = (name: string, ui: string) => string | null;
  /** The answers to `questions` asked in `order`, starting from a fresh module (so from empty memos). */
  async function ask(order: readonly number[], questions: readonly [fn: 'full' | 'common', name: string, ui: string][]): Promise<(string | null)[]> {
    vi.resetModules();
    const names = await import('../../src/locale/language-names.js');
    const fns: Record<'full' | 'common', Ask> = { full: names.languageCodeForName, common: names.commonLanguageCodeForName };
    const answers: (string | null)[] = [];
    for (const i of order) {
      const [fn, name, ui] = questions[i] ?? ['full', '', 'en'];
      answers[i] = fns[fn](name, ui);
    }
    return answers;
  }

  const QUESTIONS: [fn: 'full' | 'common', name: string, ui: string][] = [
    ['common', 'Niederdeutsch', 'de'],
    ['full', 'Niederdeutsch', 'de'],
    ['common', 'Englisch', 'de'],
    ['full', 'Englisch (Vereinigtes Königreich)', 'de'],
    ['common', 'Schweizerdeutsch', 'de'],
    ['full', 'Schweizer Hochdeutsch', 'de'],
    ['common', 'Niederdeutsch', 'de'],
  ];

  it('commonLanguageCodeForName("Niederdeutsch", "de") is null (a three-letter code) before and after the full look-up', async () => {
    const answers = await ask([0, 1, 6], QUESTIONS);
    expect([answers[0], answers[1], answers[6]]).toEqual([null, 'nds', null]);
  });

  it('every order of the same questions gets the same answers', async () => {
    const forward = await ask([0, 1, 2, 3, 4, 5, 6], QUESTIONS);
    expect([forward[0], forward[1], forward[2], forward[3], forward[6]]).toEqual([null, 'nds', 'en', 'en-gb', null]);
    expect(await ask([6, 5, 4, 3, 2, 1, 0], QUESTIONS)).toEqual(forward);
    expect(await ask([1, 5, 3, 0, 2, 4, 6], QUESTIONS)).toEqual(forward);
  });
});
