// Tells a flattened page's UI language from the fixed phrases it shows, with the values as tie-breakers.
import { commonLanguageCodeForName, parseLocalisedDate } from '../locale/index.js';
import { joinCells } from './cells.js';
import { UI_LANGUAGES, uiPhrases } from './ui-phrases.js';
import { lazy } from '../util/memo.js';

export type UiLanguageGuess = { language: string } | { candidates: readonly string[] };

/** A line as the index keys it: trimmed, and a terms-table line's cells joined by a bare `|`. */
function normalise(line: string): string {
  const trimmed = line.trim();
  return trimmed.includes('|') ? joinCells(trimmed, '|') : trimmed;
}

/**
 * Every fixed line (or terms-table cell) of every UI language → the languages that show it, and the longest key: a
 * longer line is no fixed phrase, and is not worth hashing.
 */
const phraseIndex = lazy('parse.ui-phrase-index', (): { readonly phrases: ReadonlyMap<string, ReadonlySet<string>>; readonly longestKey: number } => {
  const phrases = new Map<string, Set<string>>();
  let longestKey = 0;
  for (const language of UI_LANGUAGES) {
    const p = uiPhrases(language);
    const lines = [p.statements, p.identifiers, p.labelEmpty, p.descriptionEmpty, p.termsToggler, p.termsHeader.join('|')];
    for (let n = 0; n <= 3; n++) lines.push(p.references.render(n));
    for (const line of lines) {
      const key = normalise(line);
      phrases.set(key, (phrases.get(key) ?? new Set()).add(language));
      longestKey = Math.max(longestKey, key.length);
    }
  }
  return { phrases, longestKey };
});

/** Per language, how many lines are its fixed phrases: one index look-up per line (this runs on every page). */
function phraseScores(lines: readonly string[]): Map<string, number> {
  const { phrases, longestKey } = phraseIndex();
  const scores = new Map<string, number>();
  const add = (languages: ReadonlySet<string> | undefined): void => {
    if (languages !== undefined) for (const l of languages) scores.set(l, (scores.get(l) ?? 0) + 1);
  };
  for (const line of lines) {
    // A terms-table line is keyed whole (its cells joined) and by its last cell; no key outgrows its line.
    if (!line.includes('|')) {
      if (line.length <= longestKey) add(phrases.get(line));
      continue;
    }
    const key = normalise(line);
    if (key.length <= longestKey) add(phrases.get(key));
    const last = key.lastIndexOf('|');
    if (last !== -1 && key.length - last - 1 <= longestKey) add(phrases.get(key.slice(last + 1)));
  }
  return scores;
}

function best(scores: Map<string, number>): string[] {
  const top = Math.max(0, ...scores.values());
  return top === 0 ? [] : [...scores].filter(([, s]) => s === top).map(([l]) => l);
}

/** What `/\(([^()]+)\)$/u` captures, read by hand (the pattern overflows the stack on a line of millions). */
function lastParenthesis(line: string): string | undefined {
  if (!line.endsWith(')')) return undefined;
  const inner = line.slice(line.lastIndexOf('(') + 1, -1);
  return line.includes('(') && inner !== '' && !inner.includes(')') ? inner : undefined;
}

/** What `/^([^|]+)\|/u` captures, read by hand, as lastParenthesis. */
function firstCell(line: string): string | undefined {
  const bar = line.indexOf('|');
  return bar > 0 ? line.slice(0, bar) : undefined;
}
const DIGIT = /\d/u;

/**
 * Per candidate, how many lines read as its values: a date (finer than a year), a language name in parentheses at
 * the end, or a language name as a terms row's first cell. What does not depend on the language is read once per line.
 */
function valueScores(lines: readonly string[], candidates: readonly string[]): Map<string, number> {
  const scores = new Map(candidates.map((l) => [l, 0]));
  for (const line of lines) {
    // parseLocalisedDate reads no line longer than 80 characters or without a digit.
    const dated = line.length <= 80 && DIGIT.test(line);
    const paren = lastParenthesis(line);
    const cell = firstCell(line)?.trim();
    if (!dated && paren === undefined && cell === undefined) continue;
    for (const l of candidates) {
      const date = dated ? parseLocalisedDate(line, l) : null;
      const explained =
        (date !== null && !('error' in date) && date.precision !== 9) ||
        (paren !== undefined && commonLanguageCodeForName(paren, l) !== null) ||
        (cell !== undefined && commonLanguageCodeForName(cell, l) !== null);
      if (explained) scores.set(l, (scores.get(l) ?? 0) + 1);
    }
  }
  return scores;
}

/** The first lines of a page that UI-language detection reads, trimmed, blank ones left out. */
const MAX_LINES = 400;

/**
 * The UI language of a page: the one whose fixed phrases explain most of its lines. Languages that share those
 * phrases (one falling back to English, two with the same heading) are told apart by which language's dates,
 * language names in parentheses and terms-table rows the page's other lines read as. A page where nothing
 * decides gives the candidates, never a guess.
 */
export function detectUiLanguage(text: string): UiLanguageGuess | null {
  return detectUiLanguageOfLines(text.split('\n', MAX_LINES));
}

/** detectUiLanguage on a page already split into lines (on `\n`, with or without the `\r` before it). */
export function detectUiLanguageOfLines(raw: readonly string[]): UiLanguageGuess | null {
  const lines: string[] = [];
  const count = Math.min(raw.length, MAX_LINES);
  for (let i = 0; i < count; i++) {
    const line = (raw[i] as string).trim();
    if (line !== '') lines.push(line);
  }
  const candidates = best(phraseScores(lines));
  if (candidates.length === 0) return null;
  const [only] = candidates;
  if (candidates.length === 1 && only !== undefined) return { language: only };
  const decided = best(valueScores(lines, candidates));
  const [winner] = decided;
  return decided.length === 1 && winner !== undefined ? { language: winner } : { candidates };
}
