// The code lists kept in locale/icu-codes.ts against a fresh scan of the running Node's ICU: nothing it names is missing.
import { describe, expect, it } from 'vitest';
import { NAMED_VARIANTS, REGIONS, SCRIPTS, THREE_LETTER_LANGUAGES } from '../../src/locale/icu-codes.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const codes = (length: number): string[] =>
  length === 0 ? [''] : codes(length - 1).flatMap((prefix) => [...LETTERS].map((ch) => prefix + ch));

const english = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });
const englishRegions = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
const nameOf = (display: Intl.DisplayNames, code: string): string | undefined => {
  try {
    return display.of(code);
  } catch {
    return undefined;
  }
};
const isCanonical = (code: string): boolean => {
  try {
    return Intl.getCanonicalLocales(code)[0] === code;
  } catch {
    return false;
  }
};

// The scans language-names.ts made at start-up before the lists were kept: seconds of Intl calls, paid here once.
const threeLetter = codes(3).filter((code) => nameOf(english, code) !== undefined && isCanonical(code));
const regionCandidates = [...codes(2).map((c) => c.toUpperCase()), ...Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'))];
const regions = regionCandidates.filter((r) => isCanonical(`und-${r}`) && nameOf(englishRegions, r) !== undefined);
const scripts = new Set<string>();
for (const tag of [...codes(2), ...regions.map((r) => `und-${r}`)]) {
  try {
    const script = new Intl.Locale(tag).maximize().script;
    if (script !== undefined) scripts.add(script);
  } catch {
    // not a tag Intl.Locale accepts
  }
}
const bases = codes(2).filter((code) => isCanonical(code) && nameOf(english, code) !== undefined);
const variants = bases.flatMap((base) =>
  [...regions, ...scripts].map((subtag) => `${base}-${subtag}`).filter((code) => {
    const name = nameOf(english, code);
    return name !== undefined && !name.includes('(');
  }),
);

/** The kept list in order, filtered as language-names.ts filters it at run time, must be the scan's list. */
const regenerate = (name: string, list: readonly string[]): string =>
  `${name} is stale for ICU ${process.versions['icu']}: regenerate it as ${JSON.stringify(list)}`;

describe('locale/icu-codes.ts: what ICU names, kept so that no thread scans for it', () => {
  it('every three-letter language code ICU names in English, in code order', () => {
    const kept = THREE_LETTER_LANGUAGES.filter((code) => nameOf(english, code) !== undefined && isCanonical(code));
    expect(kept, regenerate('THREE_LETTER_LANGUAGES', threeLetter)).toEqual(threeLetter);
  }, 20_000);

  it('every region subtag ICU names in English, two-letter ones first', () => {
    const kept = REGIONS.filter((r) => isCanonical(`und-${r}`) && nameOf(englishRegions, r) !== undefined);
    expect(kept, regenerate('REGIONS', regions)).toEqual(regions);
  });

  it('every script CLDR gives a language or region, in the order a scan finds them', () => {
    expect([...SCRIPTS], regenerate('SCRIPTS', [...scripts])).toEqual([...scripts]);
  });

  it('every language-plus-subtag code with an English name of its own', () => {
    const kept = NAMED_VARIANTS.filter((code) => {
      const name = nameOf(english, code);
      return name !== undefined && !name.includes('(');
    });
    expect(kept, regenerate('NAMED_VARIANTS', variants)).toEqual(variants);
    expect(kept).toContain('en-GB');
  });
});

describe('locale/language-names.ts: asking a UI language only about the codes English names', () => {
  // English's CLDR list of language names is the fullest: no UI language names a code that English leaves unnamed,
  // so language-names.ts asks each UI language only about the codes English names. Checked for every UI language
  // with a two-letter code.
  it('no UI language names a two-letter code English does not', () => {
    const canonical = codes(2).filter(isCanonical);
    const unnamed = canonical.filter((code) => nameOf(english, code) === undefined);
    const named: string[] = [];
    for (const ui of bases) {
      const display = new Intl.DisplayNames(ui, { type: 'language', fallback: 'none' });
      for (const code of unnamed) if (nameOf(display, code) !== undefined) named.push(`${code} in ${ui}`);
    }
    expect(named).toEqual([]);
    expect(unnamed.length).toBeGreaterThan(400);
  }, 20_000);
});
