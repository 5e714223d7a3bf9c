// detectUiLanguage: the UI language from the fixed phrases, values breaking ties; checked against the rule as first written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonLanguageCodeForName, parseLocalisedDate } from '../../src/locale/index.js';
import { detectUiLanguage, detectUiLanguageOfLines, splitLines, UI_LANGUAGES, uiPhrases, type UiLanguageGuess } from '../../src/parse/index.js';

/** The rule as first written, one look-up and one test per line and language, no shortcuts. */
function reference(text: string): UiLanguageGuess | null {
  const normalise = (line: string): string => {
    const t = line.trim();
    return t.includes('|') ? t.replace(/\s*\|\s*$/u, '').replace(/\s*\|\s*/gu, '|') : t;
  };
  const index = new Map<string, Set<string>>();
  for (const language of UI_LANGUAGES) {
    const p = uiPhrases(language);
    const fixed = [p.statements, p.identifiers, p.labelEmpty, p.descriptionEmpty, p.termsToggler, p.termsHeader.join('|')];
    for (let n = 0; n <= 3; n++) fixed.push(p.references.render(n));
    for (const line of fixed) index.set(normalise(line), (index.get(normalise(line)) ?? new Set()).add(language));
  }
  const lines = text.split(/\r?\n/u, 400).map((l) => l.trim()).filter((l) => l !== '');
  const byPhrase = new Map<string, number>();
  for (const line of lines) {
    const key = normalise(line);
    const cell = key.includes('|') ? index.get(key.slice(key.lastIndexOf('|') + 1)) : undefined;
    for (const set of [index.get(key), cell]) for (const l of set ?? []) byPhrase.set(l, (byPhrase.get(l) ?? 0) + 1);
  }
  const best = (scores: Map<string, number>): string[] => {
    const top = Math.max(0, ...scores.values());
    return top === 0 ? [] : [...scores].filter(([, s]) => s === top).map(([l]) => l);
  };
  const candidates = best(byPhrase);
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return { language: candidates[0] as string };
  const byValues = new Map(candidates.map((l) => [l, 0]));
  for (const line of lines) {
    for (const l of candidates) {
      const date = parseLocalisedDate(line, l);
      const paren = /\(([^()]+)\)$/u.exec(line)?.[1];
      const cell = /^([^|]+)\|/u.exec(line)?.[1]?.trim();
      const explained =
        (date !== null && !('error' in date) && date.precision !== 9) ||
        (paren !== undefined && commonLanguageCodeForName(paren, l) !== null) ||
        (cell !== undefined && commonLanguageCodeForName(cell, l) !== null);
      if (explained) byValues.set(l, (byValues.get(l) ?? 0) + 1);
    }
  }
  const decided = best(byValues);
  return decided.length === 1 ? { language: decided[0] as string } : { candidates };
}

const VOCABULARY = [
  'Project (Q1)', 'Statements', 'Identifiers', 'Aussagen', 'Dikjarazzjonijiet', '0 references', '1 reference', '3 references',
  '0 referenzi', '2 Fundstellen', 'No label defined', 'Gan lipéad sainmhínithe', 'No description defined',
  'Language | Label | Description | Also known as |', 'Language|Label|Description|Also known as', 'In more languages',
  '26 January 2017', '1 Meán Fómhair 2018', '1 ta’ Settembru 2018', '1. September 2018', 'October 2022', '2018',
  'A summary. (English)', 'Achoimre. (Béarla)', 'English | Label |', 'Béarla | Lipéad |', 'Ingliż | Tikketta |',
  '4,547.88 Euro', '85.0 percent', '', '  ', 'Fundacja Rozwoju Łomża', 'x | y | z', '| Also known as |',
];

describe('detectUiLanguage', () => {
  it.each<[string, string, UiLanguageGuess | null]>([
    ['English, told by its placeholder', 'P (Q1)\nNo description defined\nStatements\n0 references', { language: 'en' }],
    ['English against Irish, told by an English date', 'P (Q1)\nStatements\n26 January 2017\n0 references', { language: 'en' }],
    ['Irish, told by its description placeholder', 'P (Q1)\nNíl aon chur síos ann\nStatements\n0 references', { language: 'ga' }],
    ['English and Irish, nothing to tell them apart', 'P (Q1)\nStatements\n0 references', { candidates: ['en', 'ga'] }],
    ['no fixed phrase at all', 'Riassunto del progetto.', null],
  ])('%s', (_, text, expected) => {
    expect(detectUiLanguage(text)).toEqual(expected);
  });

  it('reads only the first 400 lines', () => {
    const text = ['P (Q1)', ...Array.from({ length: 399 }, () => 'x'), 'No description defined', 'Statements'].join('\n');
    expect(detectUiLanguage(text)).toBeNull();
  });

  it('agrees with the rule as first written, on any mix of phrases and values of several languages', () => {
    const text = fc
      .array(fc.constantFrom(...VOCABULARY), { maxLength: 25 })
      .chain((lines) => fc.constantFrom('\n', '\r\n').map((br) => lines.join(br)));
    fc.assert(
      fc.property(text, (t) => {
        const expected = reference(t);
        expect(detectUiLanguage(t)).toEqual(expected);
        expect(detectUiLanguageOfLines(splitLines(t))).toEqual(expected);
      }),
      { numRuns: 1500, seed: 9 },
    );
  });
});
