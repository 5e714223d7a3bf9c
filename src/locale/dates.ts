// Reads dates as Wikibase shows them in a UI language (`1 September 2018`, `wrzesień 2018`) back into time values.
import { numericDayPattern } from './mediawiki-date-formats.js';
import { cldrDates, type DatePart, type MonthForm } from './cldr-dates.js';
import { matchShape, MonthAlternation, MONTHS_SOURCE, wordOf, type Shape, type ShapeMatch, type Step, type Word } from './date-shape.js';
import { MonthWords } from './month-words.js';
import { ownString } from '../util/own-string.js';
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
  /** The month names in the order the shapes try them. */
  readonly alternation: MonthAlternation;
  /**
   * Tried in order: day shapes (fields d, m, y), then month shapes (m, y); each with the number of day and year
   * fields it holds, so a text with fewer runs of digits skips it.
   */
  readonly shapes: readonly { readonly shape: Shape; readonly runsNeeded: number }[];
  /** Rules out most texts that name no month (null: rules out none), before the shapes are tried. */
  readonly monthWords: MonthWords | null;
  /** Texts already read as dates (or as impossible dates), with their answer (a date packed: see `packDate`). */
  readonly answers: Map<string, number | LocalisedDate | LocalisedDateError>;
}

type Field = 'day' | 'month' | 'year';

// The pattern text each step stands for, kept as its shape's source (see date-shape.ts).
const LETTER = '(?:\\p{L}|\\p{M})';
const DAY = '(?<!\\d)(?<d>\\d{1,2})(?!\\d)';
const YEAR = '(?<!\\d)(?<y>\\d{1,4})(?!\\d)';
const SPACES: Step = { kind: 'spaces' };
const BARE_YEAR = /^\s*([1-9]\d{0,3})\s*$/u;
// Abbreviations shorter than this are too easily some other word; MediaWiki's own are three letters or more.
const MIN_PREFIX = 3;

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

/** Part of a shape: its steps and the pattern text they stand for. */
interface Piece {
  readonly steps: readonly Step[];
  readonly source: string;
}

const joinPieces = (pieces: readonly Piece[]): Piece => ({ steps: pieces.flatMap((p) => p.steps), source: pieces.map((p) => p.source).join('') });
const piece = (source: string, ...steps: Step[]): Piece => ({ steps, source });

/**
 * A literal from Intl's formatToParts as a forgiving pattern: its words (`de`, `m.`, `gada`, `ta’`) and
 * punctuation become optional, because MediaWiki's own date formats keep the order of the fields but often drop
 * CLDR's connecting words (Spanish `1 septiembre 2018` beside CLDR's `1 de septiembre de 2018`).
 */
function relaxLiteral(literal: string): Piece {
  const out: Piece[] = [];
  for (const [token] of literal.matchAll(/\s+|[\p{L}\p{M}'\u2019\u02bc]+|./gu)) {
    if (/^\s+$/u.test(token)) out.push(piece('\\s*', SPACES));
    else if (token === '.' || token === ',') out.push(piece(`${escapeRegExp(token)}?`, { kind: 'optional', chars: token }));
    else {
      const { word, source } = wordOf(fold(token));
      out.push(piece(`(?:${source})?`, { kind: 'word', word }));
    }
  }
  return joinPieces(out);
}

/** A month's name as CLDR gives it; some locales "abbreviate" a month as its number (Bulgarian, Lithuanian): not a name. */
function monthName(value: string | undefined): string | undefined {
  return value === undefined || value === '' || /\d/u.test(value) ? undefined : value;
}

/** Adds name → month unless it is already taken; a name two months claim is marked 0 and dropped later. */
function claim(into: Map<string, number>, name: string, month: number): void {
  const previous = into.get(name);
  if (previous === undefined) into.set(name, month);
  else if (previous !== month) into.set(name, 0);
}

function monthNames(lang: string): Map<string, number> {
  const cldr = cldrDates(lang);
  // The form used with a day (genitive in Slavic, Baltic, Greek, Finnish), the stand-alone (nominative) form, and
  // the form beside a year (Greek gives the nominative only there).
  const collect = (month: 'long' | 'short'): Map<string, number> => {
    const names = new Map<string, number>();
    for (const form of ['day', 'alone', 'year'] as const) {
      const values = cldr.months[`${month}-${form}` satisfies MonthForm];
      for (let m = 1; m <= 12; m++) {
        const name = monthName(values[m - 1]);
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

/** A field's step; `afterNonLetter` when the shape puts no letter right before it (the check would be dead). */
function field(kind: Field, afterNonLetter = false): Piece {
  if (kind === 'day') return piece(DAY, { kind: 'day' });
  if (kind === 'year') return piece(YEAR, { kind: 'year' });
  const source = `${afterNonLetter ? '' : `(?<!${LETTER})`}(?<m>${MONTHS_SOURCE})(?!${LETTER})\\.?`;
  return piece(source, { kind: 'month', afterLetterCheck: !afterNonLetter });
}

/** The shape CLDR gives (the parts of a sample date), fields in CLDR's order, connecting words optional. */
function cldrShape(parts: readonly DatePart[]): Piece | null {
  const pieces: Piece[] = [];
  for (const [type, value] of parts) {
    if (type === 'literal') pieces.push(relaxLiteral(value));
    else if (type === 'day' || type === 'month' || type === 'year') {
      if (type === 'month' && /\d/u.test(value)) return null;
      pieces.push(field(type));
    } else return null;
  }
  return joinPieces(pieces);
}

/** Whatever CLDR writes after a bare year (`г.` in Bulgarian, `.` in Croatian and Hungarian), made optional. */
function yearSuffix(lang: string): Piece {
  const parts = cldrDates(lang).shapes.year;
  const at = parts.findIndex(([type]) => type === 'year');
  return joinPieces(parts.slice(at + 1).map(([, value]) => relaxLiteral(value)));
}

/**
 * How many runs of digits a text needs to match a shape: its day and year fields each match a whole run (no digit
 * before or after it), one after the other, so a text that matches has at least that many runs.
 */
function digitGroups(steps: readonly Step[]): number {
  return steps.filter((step) => step.kind === 'day' || step.kind === 'year').length;
}

/** Runs of the digits `\d` matches (ASCII: the shapes read `\d` as a pattern with the `u` flag does). */
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

/** The month names in the order the alternation tried them: longest first (a stable sort). */
const alternationOrder = (months: ReadonlyMap<string, number>): string[] => [...months.keys()].sort((a, b) => b.length - a.length);

function buildSyntax(lang: string): DateSyntax {
  const months = monthNames(lang);
  // Here the month comes after a day, a `.` or `,`, spaces or the start: never after a letter.
  const m = field('month', true);
  const tail = yearSuffix(lang);
  const spaces = piece('\\s*', SPACES);
  const comma = piece(',?', { kind: 'optional', chars: ',' });
  // Wikibase's MwTimeIsoFormatter keeps only the day and month tokens of the language's MediaWiki date format
  // (with a `.` or `,` after each) and always writes them day, month, year: `1. szeptember 2018` in Hungarian,
  // not CLDR's `2018. szeptember 1.`. That shape goes first so `1. szeptember 12` reads as year 12, as written.
  const dayShapes = [joinPieces([field('day'), piece('[.,]?', { kind: 'optional', chars: '.,' }), spaces, m, comma, spaces, field('year'), tail])];
  const monthShapes = [joinPieces([m, comma, spaces, field('year'), tail])];
  for (const month of ['long', 'short'] as const) {
    const day = cldrShape(cldrDates(lang).shapes[`${month}-day`]);
    const monthOnly = cldrShape(cldrDates(lang).shapes[`${month}-month`]);
    if (day !== null) dayShapes.push(day);
    if (monthOnly !== null) monthShapes.push(monthOnly);
  }
  const distinct = new Map<string, Shape>();
  for (const shape of [...dayShapes, ...monthShapes]) if (!distinct.has(shape.source)) distinct.set(shape.source, shape);
  const shapes = [...distinct.values()].map((shape) => ({ shape, runsNeeded: digitGroups(shape.steps) }));
  const words: Word[] = shapes.flatMap(({ shape }) => shape.steps.flatMap((step) => (step.kind === 'word' ? [step.word] : [])));
  const names = alternationOrder(months).map((name) => wordOf(name).word);
  return { months, alternation: new MonthAlternation(names, words), shapes, monthWords: MonthWords.of(months.keys()), answers: new Map() };
}

// Kept both by the tag as callers spell it and by its canonical form.
const syntaxOf = memo('locale.date-syntax', buildSyntax);
const dateSyntax = memo('locale.date-syntax-by-tag', (lang: string) => syntaxOf(Intl.getCanonicalLocales(lang)[0] ?? lang));

/**
 * A language's shapes with the regular expressions they stand for (anchored, `iu`), in the order they are tried: what
 * a test compares the walk with.
 */
export function dateShapePatterns(lang: string): readonly { readonly shape: Shape; readonly pattern: RegExp }[] {
  const syntax = dateSyntax(lang);
  const alternation = alternationOrder(syntax.months)
    .map((name) => wordOf(name).source)
    .join('|');
  return syntax.shapes.map(({ shape }) => ({ shape, pattern: new RegExp(`^\\s*${shape.source.split(MONTHS_SOURCE).join(alternation)}\\s*$`, 'iu') }));
}

/** The walk's answer for one shape (the fields it found), for the same test. */
export function matchDateShape(text: string, shape: Shape, lang: string): ShapeMatch | null {
  return matchShape(text, shape, dateSyntax(lang).alternation);
}

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

/**
 * A date of day or month precision as one small integer (precision, year, month, day), kept among a language's
 * answers instead of an object and its time string: about 50 bytes less an answer, for tens of thousands of
 * answers a worker over a long run (docs/benchmark.md, issue 15). Undefined for a date it cannot carry.
 */
function packDate(date: LocalisedDate): number | undefined {
  if (date.precision === 9) return undefined;
  const year = Number(date.time.slice(1, 5));
  const month = Number(date.time.slice(6, 8));
  const day = Number(date.time.slice(9, 11));
  const packed = (((date.precision - 10) * 10_000 + year) * 13 + month) * 32 + day;
  return timeString(year, month, day) === date.time ? packed : undefined;
}

function unpackDate(packed: number): LocalisedDate {
  const day = packed % 32;
  const month = Math.floor(packed / 32) % 13;
  const rest = Math.floor(packed / (32 * 13));
  return { time: timeString(rest % 10_000, month, day), precision: rest >= 10_000 ? 11 : 10 };
}

function resolve(
  text: string,
  groups: ShapeMatch,
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
  // Every shape has a digit, and none is long: both checks spare the shapes most non-date lines.
  if (text.length > 80 || !/\d/u.test(text)) return null;
  const year = BARE_YEAR.exec(text);
  if (year?.[1] !== undefined) return { time: timeString(Number.parseInt(year[1], 10), 0, 0), precision: 9 };
  // Where MediaWiki writes a day's date with the month's number (Czech `1. 9. 2018`).
  const numeric = numericDayPattern(lang)?.exec(text)?.groups;
  if (numeric !== undefined) return numericDate(text.trim(), numeric);

  const syntax = dateSyntax(lang);
  // The same dates come back page after page, and walking the shapes (every month name, abbreviation and prefix
  // where a month may stand) is the costly part: dates read are kept, a bounded number per language (not the other
  // texts, which rarely come back: amounts, codes).
  const known = syntax.answers.get(text);
  if (known !== undefined) return typeof known === 'number' ? unpackDate(known) : known;
  // Lower-cased before matching, not left to the `i` flag: some capitals have no one-character lower case
  // (Greek `Ϊ́` lower-cases to `ΐ`, which composes to `ΐ`, a letter the flag's simple folding never reaches).
  const normalised = text.toLowerCase().normalize('NFC');
  if (syntax.monthWords?.mayHold(normalised) === false) return null;
  let answer: LocalisedDate | LocalisedDateError | null = null;
  // A month-precision date (one run of digits) skips the day shapes.
  const runs = digitRuns(normalised);
  for (const { shape, runsNeeded } of syntax.shapes) {
    if (runs < runsNeeded) continue;
    const fields = matchShape(normalised, shape, syntax.alternation);
    if (fields !== null) {
      answer = resolve(text.trim(), fields, syntax.months);
      break;
    }
  }
  if (answer !== null) {
    if (syntax.answers.size >= MAX_ANSWERS) syntax.answers.clear();
    syntax.answers.set(ownString(text), ('time' in answer ? packDate(answer) : undefined) ?? answer);
  }
  return answer;
}
