// Maps language names as a UI language writes them (`English`, `Englisch`, `anglais`) to codes and back: MediaWiki's
// names (mediawiki-language-names.ts) where they differ, else Intl's.
import { ownString } from './own-string.js';
import { NAMED_VARIANTS, REGIONS, SCRIPTS, THREE_LETTER_LANGUAGES } from './icu-codes.js';
import { NAME_LOCALES, NAME_OVERRIDES } from './mediawiki-language-names.js';

interface NameIndex {
  /** The canonical UI language tag. */
  readonly uiLang: string;
  readonly display: Intl.DisplayNames;
  /** Folded name → code, filled tier by tier; earlier tiers win a name two codes share. */
  readonly names: Map<string, string>;
  threeLetter: boolean;
  variants: boolean;
  /** Folded region or script name → subtag, for `English (United Kingdom)`. */
  qualifiers: Map<string, string> | null;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const indexes = new Map<string, NameIndex>();
const displayCache = new Map<string, Intl.DisplayNames>();
let twoLetter: readonly string[] | null = null;
let threeLetterCodes: readonly string[] | null = null;
let regionCodes: readonly string[] | null = null;
let variantCodes: readonly string[] | null = null;
/** Per UI language as callers spell it, the final answers of languageCodeForName, by name as given. */
const answers = new Map<string, Map<string, string | null>>();
/** The same for commonLanguageCodeForName. */
const commonAnswers = new Map<string, Map<string, string | null>>();
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

function register(index: NameIndex, code: string): void {
  const name = nameOf(index.display, code);
  if (name === undefined) return;
  const key = fold(name);
  if (!index.names.has(key)) index.names.set(key, code);
}

function displayNames(uiLang: string): Intl.DisplayNames {
  let display = displayCache.get(uiLang);
  if (display === undefined) {
    display = new Intl.DisplayNames(NAME_LOCALES[uiLang] ?? uiLang, { type: 'language', fallback: 'none' });
    displayCache.set(uiLang, display);
  }
  return display;
}

function nameIndex(uiLang: string): NameIndex {
  let index = indexes.get(uiLang);
  if (index !== undefined) return index;
  const canonical = Intl.getCanonicalLocales(uiLang)[0] ?? uiLang;
  index = indexes.get(canonical);
  if (index === undefined) {
    index = {
      uiLang: canonical,
      display: displayNames(canonical),
      names: new Map(),
      threeLetter: false,
      variants: false,
      qualifiers: null,
    };
    // MediaWiki's own names first: they are what its pages show, and win a name Intl gives another code.
    for (const [code, name] of Object.entries(NAME_OVERRIDES[canonical] ?? {})) index.names.set(fold(name), code);
    for (const code of twoLetterCodes()) register(index, code);
    indexes.set(canonical, index);
  }
  indexes.set(uiLang, index);
  return index;
}

/**
 * The canonical two-letter codes (`iw`, `in`, `mo`, `sh` are not) that English names: no UI language names one
 * English does not (test/locale/icu-codes.test.ts checks it for every two-letter UI language), and asking each UI
 * language about the other 486 codes would cost every thread a few milliseconds per language for nothing.
 */
function twoLetterCodes(): readonly string[] {
  if (twoLetter === null) {
    const english = displayNames('en');
    twoLetter = [...codesOfLength(2)].filter((code) => isCanonical(code) && nameOf(english, code) !== undefined);
  }
  return twoLetter;
}

/**
 * The three-letter codes ICU names at all, as English names them (its CLDR name list is the most complete). The
 * candidates come from a scan of all 17,576 codes done once ahead of time (icu-codes.ts): at run time that scan
 * would cost every thread a few hundred milliseconds.
 */
function namedThreeLetterCodes(): readonly string[] {
  if (threeLetterCodes === null) {
    const english = displayNames('en');
    threeLetterCodes = THREE_LETTER_LANGUAGES.filter((code) => nameOf(english, code) !== undefined && isCanonical(code));
  }
  return threeLetterCodes;
}

/**
 * Region subtags Intl names: two letters (`GB`), and the UN M.49 areas CLDR names languages after (`419` in
 * `es-419`, Latin American Spanish). Deprecated ones are skipped (`ZR` is now `CD`). English decides, as above.
 */
function regionSubtags(): readonly string[] {
  if (regionCodes === null) {
    const english = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
    regionCodes = REGIONS.filter((region) => isCanonical(`und-${region}`) && nameOf(english, region) !== undefined);
  }
  return regionCodes;
}

function qualifiers(index: NameIndex): Map<string, string> {
  if (index.qualifiers === null) {
    const map = new Map<string, string>();
    const regionNames = new Intl.DisplayNames(index.uiLang, { type: 'region', fallback: 'none' });
    const scriptNames = new Intl.DisplayNames(index.uiLang, { type: 'script', fallback: 'none' });
    for (const region of regionSubtags()) {
      const name = nameOf(regionNames, region);
      if (name !== undefined && !map.has(fold(name))) map.set(fold(name), region.toLowerCase());
    }
    for (const script of SCRIPTS) {
      const name = nameOf(scriptNames, script);
      if (name !== undefined && !map.has(fold(name))) map.set(fold(name), script.toLowerCase());
    }
    index.qualifiers = map;
  }
  return index.qualifiers;
}

/**
 * Language-plus-region or -script codes CLDR names as a whole (`British English`, `Flemish`, `Simplified
 * Chinese`) rather than composing `English (United Kingdom)`; the composed kind is parsed instead, so only these
 * need registering. English's list is the fullest, as above; the candidates come from a scan of every language ×
 * region and script done ahead of time (icu-codes.ts).
 */
function namedVariantCodes(): readonly string[] {
  if (variantCodes === null) {
    const english = displayNames('en');
    variantCodes = NAMED_VARIANTS.filter((code) => {
      const name = nameOf(english, code);
      return name !== undefined && !name.includes('(');
    });
  }
  return variantCodes;
}

function registerVariants(index: NameIndex): void {
  for (const code of namedVariantCodes()) {
    const name = nameOf(index.display, code);
    if (name === undefined) continue;
    const key = fold(name);
    if (!index.names.has(key)) index.names.set(key, code.toLowerCase());
  }
}

function lookupComposite(index: NameIndex, key: string): string | null {
  const match = /^(.+?) ?\((.+)\)$/u.exec(key);
  if (match?.[1] === undefined || match[2] === undefined) return null;
  const base = lookup(index, match[1], false);
  const qualifier = qualifiers(index).get(match[2].trim());
  return base === null || qualifier === undefined || base.includes('-') ? null : `${base}-${qualifier}`;
}

function lookup(index: NameIndex, key: string, composite: boolean): string | null {
  const direct = index.names.get(key);
  if (direct !== undefined) return direct;
  // A composed name is settled by its parts, before the costlier scans below.
  if (composite && key.includes('(')) {
    const parsed = lookupComposite(index, key);
    if (parsed !== null) return parsed;
  }
  if (!index.threeLetter) {
    for (const code of namedThreeLetterCodes()) register(index, code);
    index.threeLetter = true;
    const found = index.names.get(key);
    if (found !== undefined) return found;
  }
  if (!composite) return null;
  if (!index.variants) {
    registerVariants(index);
    index.variants = true;
  }
  return index.names.get(key) ?? null;
}

/**
 * The code of the language `name` names in UI language `uiLang`, case-insensitively: `English` (en) → `en`,
 * `Englisch` (de) → `en`, `slovène` (fr) → `sl`. Two-letter codes are tried first, then three-letter ones
 * (`Low German` → `nds`), then composed and regional names (`English (United Kingdom)`, `British English`
 * → `en-gb`, lower-case as Wikibase writes codes). Null when Intl knows no language by that name.
 * Throws RangeError when `uiLang` is not a well-formed language tag.
 */
export function languageCodeForName(name: string, uiLang: string): string | null {
  if (name.length > MAX_NAME_LENGTH) return null;
  const known = answers.get(uiLang)?.get(name);
  if (known !== undefined) return known;
  const key = fold(name);
  if (key === '') return null;
  const index = nameIndex(uiLang);
  const code = lookup(index, key, true);
  // An answer is kept once no later tier can change it: a name the index holds keeps its code for good, and with
  // every tier loaded nothing more is registered. Until then a miss may yet turn into a hit.
  if ((code !== null && index.names.get(key) === code) || (index.threeLetter && index.variants)) remember(answers, uiLang, name, code);
  return code;
}

/** Keeps an answer; names repeat page after page (terms rows, the summaries' languages), other strings are bounded. */
function remember(memos: Map<string, Map<string, string | null>>, uiLang: string, name: string, code: string | null): void {
  let memo = memos.get(uiLang);
  if (memo === undefined) memos.set(uiLang, (memo = new Map()));
  if (memo.size >= MAX_ANSWERS) memo.clear();
  memo.set(ownString(name), code);
}

/**
 * Like languageCodeForName, but only from the two-letter codes and whatever tiers earlier look-ups loaded: it
 * never starts the costly scans, for callers that test many strings that are mostly not language names.
 */
export function commonLanguageCodeForName(name: string, uiLang: string): string | null {
  if (name.length > MAX_NAME_LENGTH) return null;
  const known = commonAnswers.get(uiLang)?.get(name);
  if (known !== undefined) return known;
  const key = fold(name);
  if (key === '') return null;
  const index = nameIndex(uiLang);
  const code = index.names.get(key) ?? null;
  // As in languageCodeForName: a hit is for good, a miss only once no tier is left to load.
  if (code !== null || (index.threeLetter && index.variants)) remember(commonAnswers, uiLang, name, code);
  return code;
}

/**
 * The name of language `code` in UI language `uiLang`, as CLDR writes it (`anglais` in French, lower-case),
 * or the code itself when Intl has no name for it (MediaWiki-only codes such as `de-formal`).
 */
export function languageName(code: string, uiLang: string): string {
  return NAME_OVERRIDES[uiLang]?.[code] ?? nameOf(displayNames(uiLang), code) ?? code;
}
