// identifyLanguage: the language of a text among the EU languages, on a committed sample of real texts in all 24.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EU_LANGUAGES, languageIdentifier } from '../../src/interpret/identify-language.js';

const identifyLanguage = await languageIdentifier();

interface SampleText {
  readonly lang: string;
  readonly source: string;
  readonly kind: 'long' | 'short';
  readonly text: string;
}

// test/fixtures-language-id/README.md tells where these texts come from and under which licences.
const SAMPLE: readonly SampleText[] = readFileSync(new URL('../fixtures-language-id/sample.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as SampleText);
const LONG = SAMPLE.filter((t) => t.text.length >= 300);
const SHORT = SAMPLE.filter((t) => t.text.length <= 140);
const SEED = readFileSync(new URL('../../fixtures/seed-portal-page/input.txt', import.meta.url), 'utf8');

const misses = (texts: readonly SampleText[]) =>
  texts
    .map((t) => ({ expected: t.lang, got: identifyLanguage(t.text)?.language ?? null, text: t.text.slice(0, 60) }))
    .filter((m) => m.got !== m.expected);

describe('identifyLanguage: the sample of real texts', () => {
  it('has texts of 300+ characters and of about 100 in each of the 24 languages', () => {
    for (const lang of EU_LANGUAGES) {
      expect(LONG.filter((t) => t.lang === lang).length, lang).toBeGreaterThanOrEqual(3);
      expect(SHORT.filter((t) => t.lang === lang).length, lang).toBeGreaterThanOrEqual(3);
    }
  });

  it('names the language of at least 95% of the 300+ character texts, and of most of each language', () => {
    const wrong = misses(LONG);
    expect(wrong.length / LONG.length, JSON.stringify(wrong, null, 1)).toBeLessThanOrEqual(0.05);
    const worst = Math.max(...EU_LANGUAGES.map((lang) => wrong.filter((m) => m.expected === lang).length));
    expect(worst, JSON.stringify(wrong, null, 1)).toBeLessThanOrEqual(1);
  });

  it('calls nearly all of the 300+ character texts reliable, and is right on those', () => {
    const ids = LONG.map((t) => ({ t, id: identifyLanguage(t.text) }));
    const reliable = ids.filter(({ id }) => id?.reliable === true);
    expect(reliable.length / LONG.length).toBeGreaterThanOrEqual(0.9);
    expect(reliable.filter(({ t, id }) => id?.language !== t.lang)).toEqual([]);
  });

  it('names the language of most texts of about 100 characters', () => {
    const wrong = misses(SHORT);
    expect(wrong.length / SHORT.length, JSON.stringify(wrong, null, 1)).toBeLessThanOrEqual(0.1);
  });
});

describe('identifyLanguage: the Kohesio seed page', () => {
  it('is Italian, reliably', () => {
    const id = identifyLanguage(SEED);
    expect(id).toMatchObject({ language: 'it', reliable: true });
    expect(id?.confidence).toBeGreaterThan(0.9);
  });

  it('gives the same answer, run after run, whatever the order of the candidates', () => {
    const first = identifyLanguage(SEED);
    expect(identifyLanguage(SEED)).toEqual(first);
    expect(identifyLanguage(SEED, [...EU_LANGUAGES].reverse())).toEqual(first);
  });
});

describe('identifyLanguage: short, ambiguous or foreign texts are not reliable', () => {
  it.each([
    ['a word', 'Projekt'],
    ['a name', 'Bistra Ptuj'],
    ['an acronym', '2SoKroG'],
    ['two words', 'Il progetto'],
    ['a short sentence, Slovenian or Croatian', 'Projekt je sufinanciran iz sredstev EU.'],
    ['a short sentence, Slovak or Czech', 'Projekt je financovaný z prostriedkov EÚ.'],
    ['Catalan', 'Tots els éssers humans neixen lliures i iguals en dignitat i en drets. Són dotats de raó i de consciència.'],
    ['Norwegian', 'Alle mennesker er født frie og med samme menneskeverd og menneskerettigheter. De er utstyrt med fornuft.'],
    ['Russian', 'Все люди рождаются свободными и равными в своем достоинстве и правах. Они наделены разумом и совестью.'],
  ])('%s', (_, text) => {
    const id = identifyLanguage(text);
    expect(id).not.toBeNull();
    expect(id?.reliable).toBe(false);
  });

  it('is reliable on a sentence of about 60 characters in a clear language', () => {
    expect(identifyLanguage('Il progetto mira a migliorare la cooperazione transfrontaliera.')).toMatchObject({
      language: 'it',
      reliable: true,
    });
  });
});

describe('identifyLanguage: candidates', () => {
  const SLOVENIAN = 'Socialna aktivacija za zagotavljanje zdravega, varnega in dostopnejšega čezmejnega območja';
  const SLOVAK = 'Prosím, vyberte mesto alebo oblasť zodpovedajúce vášmu časovému pásmu a pokračujte ďalej v inštalácii.';

  it('chooses among the candidates given', () => {
    expect(identifyLanguage(SLOVENIAN, ['hr', 'sl'])).toMatchObject({ language: 'sl', reliable: true });
    expect(identifyLanguage(SLOVENIAN, ['de', 'en'])?.reliable).toBe(false);
  });

  it('is not reliable when the text is in none of them', () => {
    expect(identifyLanguage(SLOVAK)).toMatchObject({ language: 'sk', reliable: true });
    expect(identifyLanguage(SLOVAK, ['hr', 'sl'])?.reliable).toBe(false);
  });

  it('answers null with no candidate the model knows, or no letters', () => {
    expect(identifyLanguage(SLOVENIAN, [])).toBeNull();
    expect(identifyLanguage(SLOVENIAN, ['xx'])).toBeNull();
    expect(identifyLanguage('')).toBeNull();
    expect(identifyLanguage('  12 345 — 2018/09/01  ')).toBeNull();
  });

  it('answers with one of the candidates and a confidence between 0 and 1', () => {
    for (const t of SAMPLE) {
      const id = identifyLanguage(t.text);
      expect(EU_LANGUAGES as readonly string[]).toContain(id?.language);
      expect(id?.confidence).toBeGreaterThan(0);
      expect(id?.confidence).toBeLessThanOrEqual(1);
    }
  });
});
