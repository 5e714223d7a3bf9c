// Reads dates as Wikibase shows them in a UI language (`1 September 2018`, `wrzesień 2018`) back into time values.
import { numericDayPattern } from './mediawiki-date-formats.js';
import { MonthWords } from './month-words.js';
import { ownString } from './own-string.js';
import { memo } from '../util/memo.js';

/** A Wikibase time string with its precision: 11 day, 10 month, 9 year. */
export interface LocalisedDate {
  readonly time: string;
  readonly precision: 9 | 10 | 11;
}

/** Text shaped like a date that names no real day (`31 February 2018`). */
export interface LocalisedDateError {
  readonly error: string;
}

interface DateSyntax {
  /** Folded month name, abbreviation or unambiguous prefix → month 1–12. */
  readonly months: ReadonlyMap<string, number>;
  /**
   * Tried in order: day shapes (named groups d, m, y), then month shapes (m, y); each with the number of digit
   * groups it holds, so a text with fewer runs of digits skips it (and a pattern no text reaches is never compiled).
   */
  readonly patterns: readonly { readonly pattern: RegExp; readonly runsNeeded: number }[];
  /** Rules out most texts that name no month (null: rules out none), before the patterns are tried. */
  readonly monthWords: MonthWords | null;
  /** Texts already read as dates (or as impossible dates), with their answer. */
  readonly answers: Map<string, LocalisedDate | LocalisedDateError>;
}

type Field = 'day' | 'month' | 'year';

// A letter or a mark; written as an alternation, which V8 compiles in about two thirds of the time of the class
// `[\p{L}\p{M}]` (with the `i` flag each is closed over case, and every language compiles a few of them).
const LETTER = '(?:\\p{L}|\\p{M})';
const APOSTROPHES = "'\u2019\u02bc";
const DAY = '(?<!\\d)(?<d>\\d{1,2})(?!\\d)';
const YEAR = '(?<!\\d)(?<y>\\d{1,4})(?!\\d)';
const BARE_YEAR = /^\s*([1-9]\d{0,3})\s*$/u;
// Abbreviations shorter than this are too easily some other word; MediaWiki's own are three letters or more.
const MIN_PREFIX = 3;
// Any year serves to ask Intl for month names; mid-month, formatting in UTC cannot slip into a neighbour.
const SAMPLE_YEAR = 2018;
const SAMPLE_DAY = 15;

const MAX_ANSWERS = 10_000;

/** One spelling per name, so lookups ignore case, final sigma, apostrophe style, spacing and a trailing dot. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/ς/gu, 'σ')
    .replace(/[\u2019\u02bc]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/\.$/u, '');
}

function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** A folded name as a pattern that accepts the spacing and apostrophe variants fold() erased. */
function namePattern(name: string): string {
  return escapeRegExp(name).replace(/ /g, '\\s+').replace(/'/g, `[${APOSTROPHES}]`);
}

/**
 * A literal from Intl's formatToParts as a forgiving pattern: its words (`de`, `m.`, `gada`, `ta’`) and
 * punctuation become optional, because MediaWiki's own date formats keep the order of the fields but often drop
 * CLDR's connecting words (Spanish `1 septiembre 2018` beside CLDR's `1 de septiembre de 2018`).
 */
function relaxLiteral(literal: string): string {
  let out = '';
  for (const [token] of literal.matchAll(/\s+|[\p{L}\p{M}'\u2019\u02bc]+|./gu)) {
    if (/^\s+$/u.test(token)) out += '\\s*';
    else if (token === '.' || token === ',') out += `${escapeRegExp(token)}?`;
    else out += `(?:${namePattern(fold(token))})?`;
  }
  return out;
}

function monthPart(format: Intl.DateTimeFormat, month: number): string | undefined {
  const parts = format.formatToParts(new Date(Date.UTC(SAMPLE_YEAR, month - 1, SAMPLE_DAY)));
  const value = parts.find((p) => p.type === 'month')?.value;
  // Some locales "abbreviate" a month as its number (Bulgarian, Lithuanian): not a name.
  return value === undefined || /\d/u.test(value) ? undefined : value;
}

/** Adds name → month unless it is already taken; a name two months claim is marked 0 and dropped later. */
function claim(into: Map<string, number>, name: string, month: number): void {
  const previous = into.get(name);
  if (previous === undefined) into.set(name, month);
  else if (previous !== month) into.set(name, 0);
}

function monthNames(lang: string): Map<string, number> {
  const options = (month: 'long' | 'short'): Intl.DateTimeFormatOptions[] => [
    { day: 'numeric', month }, // the form used with a day: genitive in Slavic, Baltic, Greek, Finnish
    { month }, // the stand-alone (nominative) form
    { month, year: 'numeric' }, // Greek gives the nominative only beside a year
  ];
  const collect = (month: 'long' | 'short'): Map<string, number> => {
    const names = new Map<string, number>();
    for (const o of options(month)) {
      const format = new Intl.DateTimeFormat(lang, { ...o, timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) {
        const name = monthPart(format, m);
        if (name !== undefined) claim(names, fold(name), m);
      }
    }
    return names;
  };
  const full = collect('long');
  const short = collect('short');
  // MediaWiki's abbreviations are its own messages, not CLDR's (Spanish `sep` where CLDR has `sept`), and
  // they are nearly always a leading part of the full name, so every prefix one month alone owns counts too.
  const prefixes = new Map<string, number>();
  for (const [name, m] of full) {
    if (m === 0) continue;
    for (let n = MIN_PREFIX; n < name.length; n++) {
      const prefix = name.slice(0, n);
      if (!prefix.includes(' ')) claim(prefixes, prefix, m);
    }
  }
  // Capitals drop Greek accents (`ΣΕΠΤΕΜΒΡΙΟΥ`) and scrapers sometimes drop diacritics altogether, so each
  // name also counts without its marks, as a last resort that yields to every real name.
  const bare = new Map<string, number>();
  for (const source of [full, short, prefixes]) {
    for (const [name, m] of source) claim(bare, stripMarks(name), m);
  }
  const months = new Map<string, number>();
  for (const source of [full, short, prefixes, bare]) {
    for (const [name, m] of source) if (!months.has(name)) months.set(name, m);
  }
  for (const [name, m] of months) if (m === 0) months.delete(name);
  return months;
}

/** A field's pattern; `afterNonLetter` when the shape puts no letter right before it (the check would be dead). */
function fieldPattern(field: Field, monthAlternation: string, afterNonLetter = false): string {
  if (field === 'day') return DAY;
  if (field === 'year') return YEAR;
  return `${afterNonLetter ? '' : `(?<!${LETTER})`}(?<m>${monthAlternation})(?!${LETTER})\\.?`;
}

function anchored(body: string): RegExp {
  return new RegExp(`^\\s*${body}\\s*$`, 'iu');
}

/** The shape Intl gives for `options`, fields in CLDR's order, connecting words optional. */
function intlShape(lang: string, options: Intl.DateTimeFormatOptions, monthAlternation: string): string | null {
  const format = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
  const parts = format.formatToParts(new Date(Date.UTC(SAMPLE_YEAR, 8, SAMPLE_DAY)));
  let body = '';
  for (const part of parts) {
    if (part.type === 'literal') body += relaxLiteral(part.value);
    else if (part.type === 'day' || part.type === 'month' || part.type === 'year') {
      if (part.type === 'month' && /\d/u.test(part.value)) return null;
      body += fieldPattern(part.type, monthAlternation);
    } else return null;
  }
  return body;
}

/** Whatever CLDR writes after a bare year (`г.` in Bulgarian, `.` in Croatian and Hungarian), made optional. */
function yearSuffix(lang: string): string {
  const parts = new Intl.DateTimeFormat(lang, { year: 'numeric', timeZone: 'UTC' }).formatToParts(
    new Date(Date.UTC(SAMPLE_YEAR, 8, SAMPLE_DAY)),
  );
  const at = parts.findIndex((p) => p.type === 'year');
  return parts
    .slice(at + 1)
    .map((p) => relaxLiteral(p.value))
    .join('');
}

/**
 * How many runs of digits a text needs to match a shape: its day and year fields each match a whole run (no digit
 * before or after it), one after the other, so a text that matches has at least that many runs.
 */
function digitGroups(body: string): number {
  return body.split(DAY).length - 1 + body.split(YEAR).length - 1;
}

/** Runs of the digits `\d` matches (ASCII: the patterns have the `u` flag, not `v`'s Unicode digits). */
function digitRuns(text: string): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code >= 0x30 && code <= 0x39;
    if (digit && !inRun) runs += 1;
    inRun = digit;
  }
  return runs;
}

function buildSyntax(lang: string): DateSyntax {
  const months = monthNames(lang);
  const alternation = [...months.keys()]
    .sort((a, b) => b.length - a.length)
    .map(namePattern)
    .join('|');
  // Here the month comes after a day, a `.` or `,`, spaces or the start: never after a letter.
  const m = fieldPattern('month', alternation, true);
  const tail = yearSuffix(lang);
  // Wikibase's MwTimeIsoFormatter keeps only the day and month tokens of the language's MediaWiki date format
  // (with a `.` or `,` after each) and always writes them day, month, year: `1. szeptember 2018` in Hungarian,
  // not CLDR's `2018. szeptember 1.`. That shape goes first so `1. szeptember 12` reads as year 12, as written.
  const dayShapes = [`${DAY}[.,]?\\s*${m},?\\s*${YEAR}${tail}`];
  const monthShapes = [`${m},?\\s*${YEAR}${tail}`];
  for (const month of ['long', 'short'] as const) {
    const day = intlShape(lang, { day: 'numeric', month, year: 'numeric' }, alternation);
    const monthOnly = intlShape(lang, { month, year: 'numeric' }, alternation);
    if (day !== null) dayShapes.push(day);
    if (monthOnly !== null) monthShapes.push(monthOnly);
  }
  const patterns = [...new Set([...dayShapes, ...monthShapes])].map((body) => ({ pattern: anchored(body), runsNeeded: digitGroups(body) }));
  return { months, patterns, monthWords: MonthWords.of(months.keys()), answers: new Map() };
}

// Kept both by the tag as callers spell it and by its canonical form.
const syntaxOf = memo('locale.date-syntax', buildSyntax);
const dateSyntax = memo('locale.date-syntax-by-tag', (lang: string) => syntaxOf(Intl.getCanonicalLocales(lang)[0] ?? lang));

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// Wikibase defaults dates before 1583 to the Julian calendar, which has 29 February in every fourth year, so
// such a day is possible there even where the Gregorian rule (1500, 1300) has none.
const LAST_JULIAN_DEFAULT_YEAR = 1582;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) || (year <= LAST_JULIAN_DEFAULT_YEAR && year % 4 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function timeString(year: number, month: number, day: number): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `+${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T00:00:00Z`;
}

function resolve(
  text: string,
  groups: Record<string, string | undefined>,
  months: ReadonlyMap<string, number>,
): LocalisedDate | LocalisedDateError | null {
  const month = groups['m'] === undefined ? undefined : months.get(fold(groups['m']));
  if (month === undefined || groups['y'] === undefined) return null;
  const year = Number.parseInt(groups['y'], 10);
  if (year === 0) return { error: `“${text}” names year 0, which the calendar does not have` };
  if (groups['d'] === undefined) return { time: timeString(year, month, 0), precision: 10 };
  const day = Number.parseInt(groups['d'], 10);
  if (day < 1 || day > daysInMonth(year, month)) {
    return { error: `“${text}” names day ${day} of a month that has ${daysInMonth(year, month)} days` };
  }
  return { time: timeString(year, month, day), precision: 11 };
}

function numericDate(text: string, groups: Record<string, string | undefined>): LocalisedDate | LocalisedDateError | null {
  const [day, month, year] = [groups['d'], groups['n'], groups['y']].map((g) => Number.parseInt(g ?? '', 10)) as [number, number, number];
  if (month < 1 || month > 12) return null;
  if (year === 0) return { error: `“${text}” names year 0, which the calendar does not have` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { error: `“${text}” names day ${day} of a month that has ${daysInMonth(year, month)} days` };
  }
  return { time: timeString(year, month, day), precision: 11 };
}

/**
 * Reads a date in the shapes MediaWiki and CLDR write in `lang`, month names in either grammatical form, any
 * case, full, abbreviated or cut short, with or without a trailing dot:
 * day precision (`1 September 2018`, `1. September 2018`, `1 września 2018`, `2018. szeptember 1.`,
 * `2018 m. rugsėjo 1 d.`, `1 de septiembre de 2018`) → `+2018-09-01T00:00:00Z`, 11;
 * month precision (`September 2018`, `wrzesień 2018`) → `+2018-09-00T00:00:00Z`, 10;
 * a bare year of one to four digits (`2018`) → `+2018-00-00T00:00:00Z`, 9.
 * A bare year is indistinguishable from any other small whole number: the caller decides from context whether
 * a precision-9 result is a date at all.
 * Returns null when the text is not a date, `{ error }` when it is shaped like one but names no real day.
 * Days are checked against the Gregorian calendar (29 February 1900 is an error), except that up to 1582, where
 * Wikibase defaults to the Julian calendar, 29 February of every fourth year is accepted.
 */
export function parseLocalisedDate(text: string, lang: string): LocalisedDate | LocalisedDateError | null {
  // Every shape has a digit, and none is long: both checks spare the patterns most non-date lines.
  if (text.length > 80 || !/\d/u.test(text)) return null;
  const year = BARE_YEAR.exec(text);
  if (year?.[1] !== undefined) return { time: timeString(Number.parseInt(year[1], 10), 0, 0), precision: 9 };
  // Where MediaWiki writes a day's date with the month's number (Czech `1. 9. 2018`).
  const numeric = numericDayPattern(lang)?.exec(text)?.groups;
  if (numeric !== undefined) return numericDate(text.trim(), numeric);

  const syntax = dateSyntax(lang);
  // The same dates come back page after page, and the patterns (every month name, abbreviation and prefix, in
  // each shape) are the costly part: dates read are kept, a bounded number per language (not the other texts,
  // which rarely come back: amounts, codes).
  const known = syntax.answers.get(text);
  if (known !== undefined) return known;
  // Lower-cased before matching, not left to the `i` flag: some capitals have no one-character lower case
  // (Greek `Ϊ́` lower-cases to `ΐ`, which composes to `ΐ`, a letter the flag's simple folding never reaches).
  const normalised = text.toLowerCase().normalize('NFC');
  if (syntax.monthWords?.mayHold(normalised) === false) return null;
  let answer: LocalisedDate | LocalisedDateError | null = null;
  // A month-precision date (one run of digits) skips the day shapes: most never need compiling (a few milliseconds
  // each, in every thread, for every UI language).
  const runs = digitRuns(normalised);
  for (const { pattern, runsNeeded } of syntax.patterns) {
    if (runs < runsNeeded) continue;
    const groups = pattern.exec(normalised)?.groups;
    if (groups !== undefined) {
      answer = resolve(text.trim(), groups, syntax.months);
      break;
    }
  }
  if (answer !== null) {
    if (syntax.answers.size >= MAX_ANSWERS) syntax.answers.clear();
    syntax.answers.set(ownString(text), answer);
  }
  return answer;
}
