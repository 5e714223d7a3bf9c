// The date shapes' walk against the regular expressions it stands for (date-shape.ts): on texts generated in every
// EU language (day and month shapes, long and short, upper and lower case, altered digits, cut month names, other
// spaces and apostrophes, numeric dates, words before and after), each shape finds the same day, month and year as
// its pattern, or fails where the pattern fails. A sample of the millions of texts compared when the walk replaced
// the patterns (docs/benchmark.md).
import { describe, expect, it } from 'vitest';
import { dateShapePatterns, matchDateShape } from '../../src/locale/dates.js';

const EU = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' ');
const FORMATS: Intl.DateTimeFormatOptions[] = [
  { day: 'numeric', month: 'long', year: 'numeric' },
  { day: 'numeric', month: 'short', year: 'numeric' },
  { month: 'long', year: 'numeric' },
  { month: 'short', year: 'numeric' },
  { day: '2-digit', month: 'long', year: 'numeric' },
  { day: 'numeric', month: 'long' },
  { month: 'long' },
];

/** A fixed pseudo-random sequence, so the sample is the same on every run. */
function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
}

function texts(lang: string, count: number): string[] {
  const rnd = random(lang.charCodeAt(0) * 31 + lang.charCodeAt(1));
  const formats = FORMATS.map((o) => new Intl.DateTimeFormat(lang, { ...o, timeZone: 'UTC' }));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const date = new Date(Date.UTC(1 + rnd(2100), rnd(12), 1 + rnd(31)));
    for (const format of formats) {
      const t = format.format(date);
      const words = t.replace(/[\d\s.,]+/gu, ' ').trim();
      out.push(
        t,
        t.toUpperCase(),
        t.replace(/\d+/u, String(rnd(40))),
        `${t} ${rnd(13)}`,
        `${rnd(13)} ${t}`,
        t.replace(/ /gu, '  '),
        t.replace(/ /gu, '\u00a0'),
        t.replace(/\d/gu, () => String(rnd(10))),
        `${t.slice(0, 3 + rnd(6))} ${rnd(3000)}`,
        t.replace(/(\p{L})\p{L}*/u, '$1'),
        `${rnd(32)}. ${words} ${rnd(10000)}`,
        `${rnd(32)} ${words}. ${rnd(3000)}`,
        `${words}, ${rnd(3000)}`,
        `${rnd(32)}.${rnd(13)}.${rnd(3000)}`,
        `x${t}`,
        `${t}x`,
        t.replace(/'/gu, '\u2019'),
      );
    }
  }
  return out;
}

function groupsOf(pattern: RegExp, text: string): Record<string, string> | null {
  const groups = pattern.exec(text)?.groups;
  if (groups === undefined) return null;
  return Object.fromEntries(Object.entries(groups).filter(([, v]) => v !== undefined)) as Record<string, string>;
}

describe('a date shape walked finds what its pattern finds', () => {
  for (const lang of EU) {
    it(lang, () => {
      const shapes = dateShapePatterns(lang);
      expect(shapes.length).toBeGreaterThanOrEqual(2);
      const differences: string[] = [];
      let matched = 0;
      for (const raw of texts(lang, 12)) {
        for (const text of [raw, raw.toLowerCase().normalize('NFC')]) {
          for (const { shape, pattern } of shapes) {
            const expected = groupsOf(pattern, text);
            const found = matchDateShape(text, shape, lang);
            if (expected !== null) matched += 1;
            if (JSON.stringify(found === null ? null : { ...found }) !== JSON.stringify(expected === null ? null : sorted(expected, found))) {
              differences.push(`${JSON.stringify(text)} ${pattern.source.slice(0, 60)}…: ${JSON.stringify(found)} ≠ ${JSON.stringify(expected)}`);
            }
          }
        }
      }
      expect(differences.slice(0, 5)).toEqual([]);
      // The sample reaches the shapes: many texts are dates.
      expect(matched).toBeGreaterThan(200);
    });
  }
});

/** The pattern's groups in the order the walk set them, so the two compare as JSON. */
function sorted(groups: Record<string, string>, like: object | null): Record<string, string> {
  const keys = like === null ? Object.keys(groups) : [...Object.keys(like), ...Object.keys(groups).filter((k) => !(k in like))];
  return Object.fromEntries(keys.filter((k) => k in groups).map((k) => [k, groups[k] as string]));
}
