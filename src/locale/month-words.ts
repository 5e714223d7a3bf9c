// A quick and exact test that a text may name a month of a language, so most non-dates skip the date shapes.
//
// Every date shape has its month: a month name (or abbreviation, or prefix) that no letter precedes or follows,
// matched case-insensitively. Such a name starts with a word of letters, its first word, which in the text is then a
// whole word too (a word here: letters and marks, cut at anything else, and at U+02BC, the letter apostrophe that
// month names never hold). So a text where no word is some name's first word holds no date: the shapes, which try
// every name at every place a shape allows, need not run. Words are compared as the shapes compare them (as patterns
// with the `iu` flags), each character taken to the first character of the names that the engine takes for the same
// letter.
import { memo } from '../util/memo.js';

const LETTER = /^[\p{L}\p{M}]$/u;
const LETTER_APOSTROPHE = 0x02bc;
/** Code points past ASCII → whether they are letters or marks (asked of the pattern once each). */
const isLetterOrMark = memo('locale.letter-or-mark', (code: number) => LETTER.test(String.fromCodePoint(code)));

/** Whether a code point past ASCII is a letter or a mark, as `[\p{L}\p{M}]` says (U+02BC counts as no letter here). */
function isLetterBeyondAscii(code: number): boolean {
  if (code === LETTER_APOSTROPHE) return false;
  return isLetterOrMark(code);
}

const isAsciiLetter = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
const isLetter = (code: number): boolean => (code < 0x80 ? isAsciiLetter(code) : isLetterBeyondAscii(code));

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

export class MonthWords {
  readonly #alphabet: readonly string[];
  /** `^(?:(a1)|(a2)|…)$`, case-insensitive: which letter of the alphabet a character is taken for. */
  readonly #which: RegExp;
  readonly #canonical = new Map<string, string>();
  /** Per ASCII code, 1 when the character is its own canonical form. */
  readonly #asciiCanonical = new Uint8Array(128);
  readonly #words = new Set<string>();

  private constructor(firstWords: readonly string[]) {
    const alphabet = new Set<string>();
    for (const word of firstWords) for (const ch of word) alphabet.add(ch);
    this.#alphabet = [...alphabet];
    this.#which = new RegExp(`^(?:${this.#alphabet.map((ch) => `(${escapeRegExp(ch)})`).join('|')})$`, 'iu');
    for (const word of firstWords) this.#words.add(this.#canon(word));
    for (let code = 0; code < 128; code++) {
      const ch = String.fromCharCode(code);
      this.#asciiCanonical[code] = this.#canonicalOf(ch) === ch ? 1 : 0;
    }
  }

  /** The test for these month names; null when some name does not start with a letter (then nothing is ruled out). */
  static of(names: Iterable<string>): MonthWords | null {
    const firstWords: string[] = [];
    for (const name of names) {
      let word = '';
      for (const ch of name) {
        if (!isLetter(ch.codePointAt(0) as number)) break;
        word += ch;
      }
      if (word === '') return null;
      firstWords.push(word);
    }
    return new MonthWords(firstWords);
  }

  /** False only when no month name can be read in the text (lower-cased and composed, as the patterns read it). */
  mayHold(text: string): boolean {
    const n = text.length;
    let start = -1;
    // Whether the word so far is ASCII letters that are their own canonical form: then it is looked up as it is.
    let plain = true;
    for (let i = 0; i <= n; i++) {
      const code = i < n ? (text.codePointAt(i) as number) : -1;
      const letter = code !== -1 && isLetter(code);
      if (letter) {
        if (start === -1) {
          start = i;
          plain = true;
        }
        if (code >= 0x80 || this.#asciiCanonical[code] !== 1) plain = false;
      } else if (start !== -1) {
        const word = text.slice(start, i);
        if (this.#words.has(plain ? word : this.#canon(word))) return true;
        start = -1;
      }
      if (code > 0xffff) i += 1;
    }
    return false;
  }

  /** The word with each character taken to the first letter of the alphabet the engine matches it with. */
  #canon(word: string): string {
    let out: string | null = null;
    let at = 0;
    for (const ch of word) {
      const canonical = this.#canonicalOf(ch);
      // Most words are their own canonical form: a copy is made only from the first character that is not.
      if (out === null && canonical !== ch) out = word.slice(0, at);
      if (out !== null) out += canonical;
      at += ch.length;
    }
    return out ?? word;
  }

  #canonicalOf(ch: string): string {
    let canonical = this.#canonical.get(ch);
    if (canonical === undefined) {
      const match = this.#which.exec(ch);
      const at = match === null ? -1 : match.findIndex((group, k) => k > 0 && group !== undefined);
      canonical = at === -1 ? ch : (this.#alphabet[at - 1] as string);
      this.#canonical.set(ch, canonical);
    }
    return canonical;
  }
}
