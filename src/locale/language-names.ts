// Maps language names as a UI language writes them (`English`, `Englisch`, `anglais`) to codes and back: MediaWiki's
// names (mediawiki-language-names.ts) where they differ, else Intl's.
import { lazy, memo } from '../util/memo.js';
import { ownString } from '../util/own-string.js';
import { NAMED_VARIANTS, REGIONS, SCRIPTS, THREE_LETTER_LANGUAGES } from './icu-codes.js';
import { NAME_LOCALES, NAME_OVERRIDES } from './mediawiki-language-names.js';
import { NameFilter } from './name-filter.js';
import { RARE_NAME_FILTERS } from './name-filter-table.js';

/**
 * Folded name → code, per UI language (canonical tag), in tiers built on first use: MediaWiki's names and the
 * two-letter codes', then the three-letter codes', then the named regional variants'. A tier holds only names no
 * earlier tier holds, and every look-up asks the tiers in the same order, so an answer never depends on which tiers
 * earlier look-ups happened to build.
 */
type NameTier = ReadonlyMap<string, string>;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Answers by name as given are kept up to this many per function; names repeat page after page, other strings are bounded. */
const MAX_ANSWERS = 10_000;
/** Longer than any language's name in any UI language: a longer text is no name (and is spared the lookups). */
const MAX_NAME_LENGTH = 200;

// Lower-cased before composing: a capital with no one-letter lower case (Greek `Ϊ́`) composes only afterwards.
function fold(text: string): string {
  return text.toLowerCase().normalize('NFC').replace(/ς/gu, 'σ').replace(/\s+/gu, ' ').trim();
}

function* codesOfLength(length: number, prefix = ''): Generator<string> {
  if (prefix.length === length) {
    yield prefix;
    return;
  }
  for (const ch of LETTERS) yield* codesOfLength(length, prefix + ch);
}

/** Deprecated aliases (`iw`, `in`, `mo`, `sh`, `eng`) name the same language as their replacement: skip them. */
function isCanonical(code: string): boolean {
  try {
    return Intl.getCanonicalLocales(code)[0] === code;
  } catch {
    return false;
  }
}

function nameOf(display: Intl.DisplayNames, code: string): string | undefined {
  try {
    return display.of(code);
  } catch {
    return undefined;
  }
}

/** Adds the codes' names to `names` (as `case` spells the code), where no name is there already. */
function registerAll(names: Map<string, string>, display: Intl.DisplayNames, codes: readonly string[], taken: readonly NameTier[], spell = (code: string): string => code): void {
  for (const code of codes) {
    const name = nameOf(display, code);
    if (name === undefined) continue;
    const key = fold(name);
    if (!names.has(key) && taken.every((tier) => !tier.has(key))) names.set(key, spell(code));
  }
}

const displayNames = memo('locale.language-display-names', (uiLang: string) => new Intl.DisplayNames(NAME_LOCALES[uiLang] ?? uiLang, { type: 'language', fallback: 'none' }));

/** The canonical form of a UI language tag; throws RangeError on one that is not well-formed. */
const canonicalUiLang = memo('locale.canonical-ui-language', (uiLang: string) => Intl.getCanonicalLocales(uiLang)[0] ?? uiLang);

/** MediaWiki's own names first: they are what its pages show, and win a name Intl gives another code. */
const baseTier = memo('locale.language-names.two-letter', (uiLang: string): NameTier => {
  const names = new Map<string, string>();
  for (const [code, name] of Object.entries(NAME_OVERRIDES[uiLang] ?? {})) names.set(fold(name), code);
  registerAll(names, displayNames(uiLang), twoLetterCodes(), []);
  return names;
});

const threeLetterTier = memo('locale.language-names.three-letter', (uiLang: string): NameTier => {
  const names = new Map<string, string>();
  registerAll(names, displayNames(uiLang), namedThreeLetterCodes(), [baseTier(uiLang)]);
  return names;
});

const variantTier = memo('locale.language-names.variants', (uiLang: string): NameTier => {
  const names = new Map<string, string>();
  const taken = [baseTier(uiLang), threeLetterTier(uiLang)];
  registerAll(names, displayNames(uiLang), namedVariantCodes(), taken, (code) => code.toLowerCase());
  return names;
});

/**
 * The canonical two-letter codes (`iw`, `in`, `mo`, `sh` are not) that English names: no UI language names one
 * English does not (test/locale/icu-codes.test.ts checks it for every two-letter UI language), and asking each UI
 * language about the other 486 codes would cost every thread a few milliseconds per language for nothing.
 */
const twoLetterCodes = lazy('locale.two-letter-codes', (): readonly string[] => {
  const english = displayNames('en');
  return [...codesOfLength(2)].filter((code) => isCanonical(code) && nameOf(english, code) !== undefined);
});

/**
 * The three-letter codes ICU names at all, as English names them (its CLDR name list is the most complete). The
 * candidates come from a scan of all 17,576 codes done once ahead of time (icu-codes.ts): at run time that scan
 * would cost every thread a few hundred milliseconds.
 */
const namedThreeLetterCodes = lazy('locale.three-letter-codes', (): readonly string[] => {
  const english = displayNames('en');
  return THREE_LETTER_LANGUAGES.filter((code) => nameOf(english, code) !== undefined && isCanonical(code));
});

/**
 * Region subtags Intl names: two letters (`GB`), and the UN M.49 areas CLDR names languages after (`419` in
 * `es-419`, Latin American Spanish). Deprecated ones are skipped (`ZR` is now `CD`). English decides, as above.
 */
const regionSubtags = lazy('locale.region-subtags', (): readonly string[] => {
  const english = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  return REGIONS.filter((region) => isCanonical(`und-${region}`) && nameOf(english, region) !== undefined);
});

/** Folded region or script name → subtag, for `English (United Kingdom)`. */
const qualifiers = memo('locale.language-name-qualifiers', (uiLang: string): ReadonlyMap<string, string> => {
  const map = new Map<string, string>();
  const regionNames = new Intl.DisplayNames(uiLang, { type: 'region', fallback: 'none' });
  const scriptNames = new Intl.DisplayNames(uiLang, { type: 'script', fallback: 'none' });
  for (const region of regionSubtags()) {
    const name = nameOf(regionNames, region);
    if (name !== undefined && !map.has(fold(name))) map.set(fold(name), region.toLowerCase());
  }
  for (const script of SCRIPTS) {
    const name = nameOf(scriptNames, script);
    if (name !== undefined && !map.has(fold(name))) map.set(fold(name), script.toLowerCase());
  }
  return map;
});

/**
 * Language-plus-region or -script codes CLDR names as a whole (`British English`, `Flemish`, `Simplified
 * Chinese`) rather than composing `English (United Kingdom)`; the composed kind is parsed instead, so only these
 * need registering. English's list is the fullest, as above; the candidates come from a scan of every language ×
 * region and script done ahead of time (icu-codes.ts).
 */
const namedVariantCodes = lazy('locale.named-variant-codes', (): readonly string[] => {
  const english = displayNames('en');
  return NAMED_VARIANTS.filter((code) => {
    const name = nameOf(english, code);
    return name !== undefined && !name.includes('(');
  });
});

/** The names the costlier tiers hold (three-letter codes', named variants'): what a UI language's filter is made of. */
export function rareTierNames(uiLang: string): string[] {
  const canonical = canonicalUiLang(uiLang);
  return [...threeLetterTier(canonical).keys(), ...variantTier(canonical).keys()];
}

/** The filter kept for a UI language (canonical tag), or null where none is kept. */
const rareNameFilter = memo('locale.rare-name-filter', (uiLang: string): NameFilter | null =>
  Object.hasOwn(RARE_NAME_FILTERS, uiLang) ? NameFilter.fromBase64(RARE_NAME_FILTERS[uiLang] as string) : null,
);

function lookupComposite(uiLang: string, key: string): string | null {
  const match = /^(.+?) ?\((.+)\)$/u.exec(key);
  if (match?.[1] === undefined || match[2] === undefined) return null;
  const base = lookup(uiLang, match[1], false);
  const qualifier = qualifiers(uiLang).get(match[2].trim());
  return base === null || qualifier === undefined || base.includes('-') ? null : `${base}-${qualifier}`;
}

function lookup(uiLang: string, key: string, composite: boolean): string | null {
  const direct = baseTier(uiLang).get(key);
  if (direct !== undefined) return direct;
  // A composed name is settled by its parts, before the costlier tiers below.
  if (composite && key.includes('(')) {
    const parsed = lookupComposite(uiLang, key);
    if (parsed !== null) return parsed;
  }
  // A name the filter rules out is in neither tier below: most texts asked here are no name, and building the tiers
  // would ask ICU for some 470 names.
  if (rareNameFilter(uiLang)?.mayHold(key) === false) return null;
  const threeLetter = threeLetterTier(uiLang).get(key);
  if (threeLetter !== undefined) return threeLetter;
  if (!composite) return null;
  return variantTier(uiLang).get(key) ?? null;
}

/**
 * The code of the language `name` names in UI language `uiLang`, case-insensitively: `English` (en) → `en`,
 * `Englisch` (de) → `en`, `slovène` (fr) → `sl`. Two-letter codes are tried first, then three-letter ones
 * (`Low German` → `nds`), then composed and regional names (`English (United Kingdom)`, `British English`
 * → `en-gb`, lower-case as Wikibase writes codes). Null when Intl knows no language by that name.
 * Throws RangeError when `uiLang` is not a well-formed language tag.
 */
export function languageCodeForName(name: string, uiLang: string): string | null {
  return name.length > MAX_NAME_LENGTH ? null : codeForName(`${uiLang}\u0000${name}`);
}

/** Splits a memo key back into the UI language and the name (the tag has no NUL; the name may). */
function parts(key: string): [uiLang: string, name: string] {
  const at = key.indexOf('\u0000');
  return [key.slice(0, at), key.slice(at + 1)];
}

const codeForName = memo(
  'locale.language-code-for-name',
  (key: string): string | null => {
    const [uiLang, name] = parts(key);
    const folded = fold(name);
    return folded === '' ? null : lookup(canonicalUiLang(uiLang), folded, true);
  },
  { max: MAX_ANSWERS, keep: ownString },
);

/**
 * Like languageCodeForName, but only from MediaWiki's names and the two-letter codes' (`Niederdeutsch` is `nds`,
 * three letters: null here): it never builds the costlier tiers, for callers that test many strings that are mostly
 * not language names, in many UI languages.
 */
export function commonLanguageCodeForName(name: string, uiLang: string): string | null {
  return name.length > MAX_NAME_LENGTH ? null : commonCodeForName(`${uiLang}\u0000${name}`);
}

const commonCodeForName = memo(
  'locale.common-language-code-for-name',
  (key: string): string | null => {
    const [uiLang, name] = parts(key);
    const folded = fold(name);
    return folded === '' ? null : (baseTier(canonicalUiLang(uiLang)).get(folded) ?? null);
  },
  { max: MAX_ANSWERS, keep: ownString },
);

/**
 * The name of language `code` in UI language `uiLang`, as CLDR writes it (`anglais` in French, lower-case),
 * or the code itself when Intl has no name for it (MediaWiki-only codes such as `de-formal`).
 */
export function languageName(code: string, uiLang: string): string {
  return nameInUi(`${uiLang}\u0000${code}`);
}

// Asked on every page (the fallback indicator), and each ICU look-up costs a few microseconds; codes are few.
const nameInUi = memo(
  'locale.language-name',
  (key: string): string => {
    const [uiLang, code] = parts(key);
    return NAME_OVERRIDES[uiLang]?.[code] ?? nameOf(displayNames(uiLang), code) ?? code;
  },
  { max: MAX_ANSWERS, keep: ownString },
);
