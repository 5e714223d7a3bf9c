// How a language's date patterns match a text, remembered by the text's shape (its digits zeroed): the patterns (every
// month name, abbreviation and prefix, in each word order) are costly, and dates differ page after page only in
// their digits, which the patterns treat alike (`\d`), so every text of one shape matches alike.
import { ownString } from './own-string.js';

type Groups = Record<string, string | undefined>;

/** The first pattern that matched, as its named groups' spans; null when none matched. */
type Shape = readonly (readonly [name: string, start: number, end: number])[] | null;

const MAX_SHAPES = 10_000;
const ASCII_DIGIT = /[0-9]/gu;

/** Whether a pattern names no digit itself (`\d` and counts like `{1,4}` aside): then only a text's shape matters. */
function digitBlind(pattern: RegExp): boolean {
  return !/[0-9]/u.test(pattern.source.replace(/\{\d+(?:,\d*)?\}/gu, ''));
}

export class DateShapes {
  readonly #patterns: readonly RegExp[];
  readonly #shapes = new Map<string, Shape>();
  readonly #blind: boolean;

  /** `patterns` are tried in order; they have named groups (and the `d` flag, else they are compiled again with it). */
  constructor(patterns: readonly RegExp[]) {
    this.#patterns = patterns.map((p) => (p.hasIndices ? p : new RegExp(p.source, `${p.flags}d`)));
    this.#blind = patterns.every(digitBlind);
  }

  /** The named groups of the first pattern that matches `text`, or null when none does. */
  match(text: string): Groups | null {
    if (!this.#blind) return this.#groups(text, this.#find(text));
    const skeleton = text.replace(ASCII_DIGIT, '0');
    let shape = this.#shapes.get(skeleton);
    if (shape === undefined) {
      shape = this.#find(text);
      if (this.#shapes.size >= MAX_SHAPES) this.#shapes.clear();
      this.#shapes.set(ownString(skeleton), shape);
    }
    return this.#groups(text, shape);
  }

  #groups(text: string, shape: Shape): Groups | null {
    if (shape === null) return null;
    const groups: Groups = {};
    for (const [name, start, end] of shape) groups[name] = text.slice(start, end);
    return groups;
  }

  #find(text: string): Shape {
    for (const pattern of this.#patterns) {
      const indices = pattern.exec(text)?.indices?.groups;
      if (indices === undefined) continue;
      return Object.entries(indices).flatMap(([name, span]) => (span === undefined ? [] : [[name, span[0], span[1]] as const]));
    }
    return null;
  }
}
