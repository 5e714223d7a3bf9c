// Tells a flattened page's UI language from the fixed phrases it shows, with the values as tie-breakers.
import { commonLanguageCodeForName, parseLocalisedDate } from '../locale/index.js';
import { UI_LANGUAGES, uiPhrases } from './ui-phrases.js';

export type UiLanguageGuess = { language: string } | { candidates: readonly string[] };

let index: Map<string, Set<string>> | null = null;

/** A line as the index keys it: trimmed, and a terms-table line's cells joined by a bare `|`. */
function normalise(line: string): string {
  const trimmed = line.trim();
  return trimmed.includes('|') ? trimmed.replace(/\s*\|\s*$/u, '').replace(/\s*\|\s*/gu, '|') : trimmed;
}

/** Every fixed line (or terms-table cell) of every UI language → the languages that show it. */
function phraseIndex(): Map<string, Set<string>> {
  if (index !== null) return index;
  index = new Map();
  for (const language of UI_LANGUAGES) {
    const p = uiPhrases(language);
    const lines = [p.statements, p.identifiers, p.labelEmpty, p.descriptionEmpty, p.termsToggler, p.termsHeader.join('|')];
    for (let n = 0; n <= 3; n++) lines.push(p.references.render(n));
    for (const line of lines) {
      const key = normalise(line);
      index.set(key, (index.get(key) ?? new Set()).add(language));
    }
  }
  return index;
}

/** How many lines of the page each language would explain. */
function score(lines: readonly string[], languages: readonly string[], explains: (line: string, language: string) => boolean): Map<string, number> {
  const scores = new Map(languages.map((l) => [l, 0]));
  for (const line of lines) for (const l of languages) if (explains(line, l)) scores.set(l, (scores.get(l) ?? 0) + 1);
  return scores;
}

/** Per language, how many lines are its fixed phrases: one index look-up per line (this runs on every page). */
function phraseScores(lines: readonly string[]): Map<string, number> {
  const phrases = phraseIndex();
  const scores = new Map<string, number>();
  for (const line of lines) {
    const key = normalise(line);
    const whole = phrases.get(key);
    const cell = key.includes('|') ? phrases.get(key.slice(key.lastIndexOf('|') + 1)) : undefined;
    for (const set of [whole, cell]) for (const l of set ?? []) scores.set(l, (scores.get(l) ?? 0) + 1);
  }
  return scores;
}

function best(scores: Map<string, number>): string[] {
  const top = Math.max(0, ...scores.values());
  return top === 0 ? [] : [...scores].filter(([, s]) => s === top).map(([l]) => l);
}

/**
 * The UI language of a page: the one whose fixed phrases explain most of its lines. Languages that share those
 * phrases (one falling back to English, two with the same heading) are told apart by which language's dates,
 * language names in parentheses and terms-table rows the page's other lines read as. A page where nothing
 * decides gives the candidates, never a guess.
 */
export function detectUiLanguage(text: string): UiLanguageGuess | null {
  const lines = text.split(/\r?\n/u, 400).map((l) => l.trim()).filter((l) => l !== '');
  const byPhrase = phraseScores(lines);
  const candidates = best(byPhrase);
  if (candidates.length === 0) return null;
  const [only] = candidates;
  if (candidates.length === 1 && only !== undefined) return { language: only };
  const byValues = score(lines, candidates, (line, l) => {
    const date = parseLocalisedDate(line, l);
    if (date !== null && !('error' in date) && date.precision !== 9) return true;
    const paren = /\(([^()]+)\)$/u.exec(line)?.[1];
    if (paren !== undefined && commonLanguageCodeForName(paren, l) !== null) return true;
    const cell = /^([^|]+)\|/u.exec(line)?.[1]?.trim();
    return cell !== undefined && commonLanguageCodeForName(cell, l) !== null;
  });
  const decided = best(byValues);
  const [winner] = decided;
  return decided.length === 1 && winner !== undefined ? { language: winner } : { candidates };
}
