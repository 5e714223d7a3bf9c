// A date shape (day, month name, year and the words between them) matched by walking the text, not by a RegExp.
//
// Each shape was a regular expression with every month name, abbreviation and prefix of a language in one
// alternation: V8 parsed and compiled each on its first run in every thread (1–10 ms apiece, 24 languages), most of
// what dates cost a thread. A shape is now a list of steps that a small backtracking walk tries in the order a
// backtracking regular-expression engine tries that pattern, with the same greedy choices, so the answers (which
// month name, day and year a text holds) are the pattern's: `source` is that pattern's text (the month alternation
// written MONTHS_SOURCE), which keeps one shape per distinct pattern and lets a test compare the two.
//
// Texts are matched as the patterns matched them, with the `iu` flags: characters compared by the engine's case
// folding (asked of one pattern of the language's own characters), `\s` and `\p{L}|\p{M}` as the engine reads them.
import { memo } from '../util/memo.js';

/** A piece of a name or word: a character, a run of spaces (`\s+`), or an apostrophe of any style. */
type Atom = { readonly ch: string } | { readonly spaces: true } | { readonly apostrophe: true };

/** A month name (or a connecting word) as atoms. */
export type Word = readonly Atom[];

export type Step =
  | { readonly kind: 'spaces' } // \s*
  | { readonly kind: 'optional'; readonly chars: string } // [.,]? or \.? or ,?
  | { readonly kind: 'word'; readonly word: Word } // (?:word)?
  | { readonly kind: 'day' } // (?<!\d)(?<d>\d{1,2})(?!\d)
  | { readonly kind: 'year' } // (?<!\d)(?<y>\d{1,4})(?!\d)
  | { readonly kind: 'month'; readonly afterLetterCheck: boolean }; // (?<!L)(?<m>names)(?!L)\.?

export interface Shape {
  readonly steps: readonly Step[];
  /** The regular expression's body this shape stands for (without the anchors). */
  readonly source: string;
}

/** What a shape found: the text of each field it holds. */
export interface ShapeMatch {
  d?: string;
  m?: string;
  y?: string;
}

/** Stands for the month alternation in a shape's source: the same in every shape of a language. */
export const MONTHS_SOURCE = '…';

const APOSTROPHES = "'\u2019\u02bc";
const isSpaceBeyondAscii = memo('locale.date-shape.space', (code: number) => /^\s$/u.test(String.fromCharCode(code)));
const isLetterBeyondAscii = memo('locale.date-shape.letter', (code: number) => /^(?:\p{L}|\p{M})$/iu.test(String.fromCodePoint(code)));
/** `\s` with the `u` flag: in ASCII, tab to carriage return and the space. */
const isSpaceChar = (code: number): boolean => (code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : isSpaceBeyondAscii(code));
/** `\p{L}|\p{M}` with the `iu` flags: in ASCII, the letters. */
const isLetterChar = (code: number): boolean =>
  code < 0x80 ? (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) : isLetterBeyondAscii(code);

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** A folded name as atoms, and as the pattern that accepted the spacing and apostrophe variants fold() erased. */
export function wordOf(name: string): { readonly word: Word; readonly source: string } {
  const word: Atom[] = [];
  for (const ch of name) word.push(ch === ' ' ? { spaces: true } : ch === "'" ? { apostrophe: true } : { ch });
  return { word, source: escapeRegExp(name).replace(/ /g, '\\s+').replace(/'/g, `[${APOSTROPHES}]`) };
}

const isDigitAt = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  return code >= 0x30 && code <= 0x39;
};

/** The end of the run of `\s` from `at`. */
function spacesEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isSpaceChar(text.charCodeAt(end))) end += 1;
  return end;
}

/** The code point ending just before `i` (the engine reads a lookbehind by code points with the `u` flag). */
function codePointBefore(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  if (i >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(i - 2) as number;
  }
  return low;
}

/** The character (code point) at `at`, as a string. */
function charAt(text: string, at: number): string {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff ? String.fromCodePoint(text.codePointAt(at) as number) : text.charAt(at);
}

const letterBefore = (text: string, i: number): boolean => i > 0 && isLetterChar(codePointBefore(text, i));
const letterAt = (text: string, i: number): boolean => i < text.length && isLetterChar(text.codePointAt(i) as number);

/** The characters of a language's names and words, and which of them the engine takes a text's character for. */
class CaseFolding {
  readonly #alphabet: readonly string[];
  readonly #which: RegExp;
  readonly #canonical = new Map<string, string>();
  /** The same for one-byte characters, by code (filled as they are met). */
  readonly #latin1: (string | undefined)[] = new Array<string | undefined>(256).fill(undefined);

  constructor(words: Iterable<Word>) {
    const alphabet = new Set<string>();
    for (const word of words) for (const atom of word) if ('ch' in atom) alphabet.add(atom.ch);
    this.#alphabet = [...alphabet];
    this.#which = new RegExp(`^(?:${this.#alphabet.map((ch) => `(${escapeRegExp(ch)})`).join('|')})$`, 'iu');
  }

  /** The first character of the alphabet the engine matches `ch` with (`ch` itself when none). */
  canonical(ch: string): string {
    const code = ch.length === 1 ? ch.charCodeAt(0) : 256;
    if (code < 256) return (this.#latin1[code] ??= this.#ask(ch));
    let canonical = this.#canonical.get(ch);
    if (canonical === undefined) {
      canonical = this.#ask(ch);
      this.#canonical.set(ch, canonical);
    }
    return canonical;
  }

  #ask(ch: string): string {
    const match = this.#which.exec(ch);
    const at = match === null ? -1 : match.findIndex((group, k) => k > 0 && group !== undefined);
    return at === -1 ? ch : (this.#alphabet[at - 1] as string);
  }
}

/** A language's month names by the character they start with (the alternation's order kept), and its case folding. */
export class MonthAlternation {
  readonly folding: CaseFolding;
  readonly #byFirst = new Map<string, Word[]>();

  /** `names` in the alternation's order; `words`, the other words the shapes hold. */
  constructor(names: readonly Word[], words: readonly Word[]) {
    this.folding = new CaseFolding([...names, ...words]);
    for (const name of names) {
      const first = name[0];
      if (first === undefined) throw new RangeError('a month name is empty');
      const key = 'ch' in first ? this.folding.canonical(first.ch) : 'spaces' in first ? ' ' : "'";
      let list = this.#byFirst.get(key);
      if (list === undefined) this.#byFirst.set(key, (list = []));
      list.push(name);
    }
  }

  /** The names that may match from a character, in the alternation's order. */
  startingWith(ch: string): readonly Word[] {
    const key = APOSTROPHES.includes(ch) ? "'" : isSpaceChar(ch.charCodeAt(0)) ? ' ' : this.folding.canonical(ch);
    return this.#byFirst.get(key) ?? NO_WORDS;
  }
}

const NO_WORDS: readonly Word[] = [];

/**
 * Calls `next` with each end of `word` matched at `at`, in the engine's order (a run of spaces greedy, longest
 * first); stops and returns true as soon as `next` does.
 */
function matchWord(text: string, word: Word, k: number, at: number, folding: CaseFolding, next: (end: number) => boolean): boolean {
  if (k === word.length) return next(at);
  const atom = word[k] as Atom;
  if ('spaces' in atom) {
    for (let e = spacesEnd(text, at); e > at; e--) if (matchWord(text, word, k + 1, e, folding, next)) return true;
    return false;
  }
  if (at >= text.length) return false;
  const ch = charAt(text, at);
  if ('apostrophe' in atom) return APOSTROPHES.includes(ch) && matchWord(text, word, k + 1, at + ch.length, folding, next);
  // The text is lower-cased already, so most characters that match are the name's own.
  return (ch === atom.ch || folding.canonical(ch) === folding.canonical(atom.ch)) && matchWord(text, word, k + 1, at + ch.length, folding, next);
}

/** Whether the steps from `s` on match the text from `at` to its end (then `\s*$`); fills `found` on the way. */
function walk(text: string, steps: readonly Step[], s: number, at: number, months: MonthAlternation, found: ShapeMatch): boolean {
  if (s === steps.length) return spacesEnd(text, at) === text.length;
  const step = steps[s] as Step;
  const rest = (end: number): boolean => walk(text, steps, s + 1, end, months, found);
  switch (step.kind) {
    case 'spaces': {
      for (let e = spacesEnd(text, at); e >= at; e--) if (rest(e)) return true;
      return false;
    }
    case 'optional':
      if (at < text.length && step.chars.includes(text.charAt(at)) && rest(at + 1)) return true;
      return rest(at);
    case 'word':
      if (matchWord(text, step.word, 0, at, months.folding, rest)) return true;
      return rest(at);
    case 'day':
    case 'year':
      return digits(text, step.kind, at, found, rest);
    case 'month':
      return month(text, step.afterLetterCheck, at, months, found, rest);
  }
}

/** `(?<!\d)(?<f>\d{1,n})(?!\d)`: the whole run of digits at `at`, if it is short enough. */
function digits(text: string, field: 'day' | 'year', at: number, found: ShapeMatch, rest: (end: number) => boolean): boolean {
  if (at > 0 && isDigitAt(text, at - 1)) return false;
  let end = at;
  while (end < text.length && isDigitAt(text, end)) end += 1;
  if (end === at || end - at > (field === 'day' ? 2 : 4)) return false;
  const key = field === 'day' ? 'd' : 'y';
  const before = found[key];
  found[key] = text.slice(at, end);
  if (rest(end)) return true;
  if (before === undefined) delete found[key];
  else found[key] = before;
  return false;
}

/** `(?<!L)(?<m>name|name|…)(?!L)\.?`, the names tried in the alternation's order. */
function month(text: string, afterLetterCheck: boolean, at: number, months: MonthAlternation, found: ShapeMatch, rest: (end: number) => boolean): boolean {
  if (at >= text.length || (afterLetterCheck && letterBefore(text, at))) return false;
  const before = found.m;
  const afterName = (end: number): boolean => {
    if (letterAt(text, end)) return false;
    found.m = text.slice(at, end);
    if (text.charAt(end) === '.' && rest(end + 1)) return true;
    return rest(end);
  };
  const names = months.startingWith(charAt(text, at));
  for (const name of names) if (matchWord(text, name, 0, at, months.folding, afterName)) return true;
  if (before === undefined) delete found.m;
  else found.m = before;
  return false;
}

/** The fields of the first way the shape, anchored (`^\s*…\s*$`), matches the text, or null. */
export function matchShape(text: string, shape: Shape, months: MonthAlternation): ShapeMatch | null {
  const found: ShapeMatch = {};
  for (let at = spacesEnd(text, 0); at >= 0; at--) if (walk(text, shape.steps, 0, at, months, found)) return found;
  return null;
}
