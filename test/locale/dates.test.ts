// Dates as Wikibase and CLDR write them in the 24 EU languages, read back into Wikibase time strings.
import { describe, expect, it } from 'vitest';
import { parseLocalisedDate } from '../../src/locale/index.js';

const EU = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' ');

const day = (y: number, m: number, d: number): { time: string; precision: 11 } => ({
  time: `+${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T00:00:00Z`,
  precision: 11,
});
const month = (y: number, m: number): { time: string; precision: 10 } => ({
  time: `+${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-00T00:00:00Z`,
  precision: 10,
});

const formats = new Map<string, Intl.DateTimeFormat>();

function parts(lang: string, options: Intl.DateTimeFormatOptions, y: number, m: number, d: number): Intl.DateTimeFormatPart[] {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format.formatToParts(new Date(Date.UTC(y, m - 1, d)));
}

const text = (p: Intl.DateTimeFormatPart[]): string => p.map((x) => x.value).join('');
const monthOf = (p: Intl.DateTimeFormatPart[]): string => p.find((x) => x.type === 'month')?.value ?? '';

describe('parseLocalisedDate, generated with Intl for every EU language and month', () => {
  for (const lang of EU) {
    it(`${lang}: CLDR's day and month shapes, long and short, and Wikibase's day-month-year`, () => {
      for (let m = 1; m <= 12; m++) {
        for (const d of [1, 28]) {
          const long = parts(lang, { day: 'numeric', month: 'long', year: 'numeric' }, 2018, m, d);
          expect(parseLocalisedDate(text(long), lang), text(long)).toEqual(day(2018, m, d));
          const short = parts(lang, { day: 'numeric', month: 'short', year: 'numeric' }, 2018, m, d);
          // Bulgarian and Lithuanian "abbreviate" to numeric dates, which no Wikibase page shows.
          if (!/\d/.test(monthOf(short))) {
            expect(parseLocalisedDate(text(short), lang), text(short)).toEqual(day(2018, m, d));
          }
          // MwTimeIsoFormatter: day, the month form used with a day, year; in any case.
          const wikibase = `${d} ${monthOf(long)} 1848`;
          expect(parseLocalisedDate(wikibase, lang), wikibase).toEqual(day(1848, m, d));
          expect(parseLocalisedDate(wikibase.toUpperCase(), lang), wikibase.toUpperCase()).toEqual(day(1848, m, d));
        }
        const monthYear = parts(lang, { month: 'long', year: 'numeric' }, 2018, m, 1);
        expect(parseLocalisedDate(text(monthYear), lang), text(monthYear)).toEqual(month(2018, m));
        const nominative = `${monthOf(monthYear)} 987`;
        expect(parseLocalisedDate(nominative, lang), nominative).toEqual(month(987, m));
      }
      expect(parseLocalisedDate('2018', lang)).toEqual({ time: '+2018-00-00T00:00:00Z', precision: 9 });
      const leap = text(parts(lang, { day: 'numeric', month: 'long', year: 'numeric' }, 2020, 2, 29));
      expect(parseLocalisedDate(leap, lang), leap).toEqual(day(2020, 2, 29));
      const impossible = `31 ${monthOf(parts(lang, { day: 'numeric', month: 'long' }, 2018, 2, 1))} 2018`;
      expect(parseLocalisedDate(impossible, lang), impossible).toHaveProperty('error');
    });
  }
});

describe('parseLocalisedDate, hand-checked literals', () => {
  const cases: readonly [string, string, ReturnType<typeof day> | ReturnType<typeof month>][] = [
    ['en', '1 September 2018', day(2018, 9, 1)],
    ['en', 'September 1, 2018', day(2018, 9, 1)],
    ['en', '1 Sept. 2018', day(2018, 9, 1)],
    ['en', 'September 2018', month(2018, 9)],
    ['en', 'september 2018', month(2018, 9)],
    ['en', '5 May 800', day(800, 5, 5)],
    ['en', '\u00a01\u00a0September\u00a02018 ', day(2018, 9, 1)],
    ['de', '1. September 2018', day(2018, 9, 1)],
    ['de', '1. März 2018', day(2018, 3, 1)],
    ['de', 'September 2018', month(2018, 9)],
    ['fr', '1 septembre 2018', day(2018, 9, 1)],
    ['fr', '14 juil. 1789', day(1789, 7, 14)],
    ['fr', 'août 2018', month(2018, 8)],
    ['pl', '1 września 2018', day(2018, 9, 1)],
    ['pl', 'wrzesień 2018', month(2018, 9)],
    ['pl', '3 maja 1791', day(1791, 5, 3)],
    ['pl', 'maj 1791', month(1791, 5)],
    ['pl', 'WRZEŚNIA 2018', month(2018, 9)],
    ['pl', '1 wrzesnia 2018', day(2018, 9, 1)], // diacritics lost in scraping
    ['hu', '2018. szeptember 1.', day(2018, 9, 1)],
    ['hu', '1. szeptember 2018', day(2018, 9, 1)], // what Wikibase writes
    ['hu', '2018. szeptember', month(2018, 9)],
    ['hu', 'szeptember 2018', month(2018, 9)],
    ['el', '1 Σεπτεμβρίου 2018', day(2018, 9, 1)],
    ['el', 'Σεπτέμβριος 2018', month(2018, 9)],
    ['el', 'ΣΕΠΤΕΜΒΡΙΟΣ 2018', month(2018, 9)], // capitals drop the accent
    ['el', '25 Μαρτίου 1821', day(1821, 3, 25)],
    ['lt', '2018 m. rugsėjo 1 d.', day(2018, 9, 1)],
    ['lt', '1 rugsėjo 2018', day(2018, 9, 1)],
    ['lt', '2018 m. rugsėjis', month(2018, 9)],
    ['lt', 'rugsėjis 2018', month(2018, 9)],
    ['lv', '2018. gada 1. septembris', day(2018, 9, 1)],
    ['lv', '1. septembris 2018', day(2018, 9, 1)],
    ['lv', '2018. g. septembris', month(2018, 9)],
    ['lv', 'septembris 2018', month(2018, 9)],
    ['es', '1 de septiembre de 2018', day(2018, 9, 1)],
    ['es', '1 septiembre 2018', day(2018, 9, 1)],
    ['es', '1 sep 2018', day(2018, 9, 1)], // MediaWiki's abbreviation, not CLDR's `sept`
    ['es', 'septiembre de 2018', month(2018, 9)],
    ['ga', '1 Meán Fómhair 2018', day(2018, 9, 1)],
    ['ga', 'Deireadh Fómhair 2018', month(2018, 10)],
    ['ga', '1 Lúnasa 2018', day(2018, 8, 1)],
    ['mt', '1 ta’ Settembru 2018', day(2018, 9, 1)],
    ['mt', "1 ta' Settembru 2018", day(2018, 9, 1)],
    ['mt', '1 Settembru 2018', day(2018, 9, 1)],
    ['mt', 'Diċembru 2018', month(2018, 12)],
    ['bg', '1 септември 2018 г.', day(2018, 9, 1)],
    ['hr', '1. rujna 2018.', day(2018, 9, 1)],
    ['hr', 'rujan 2018.', month(2018, 9)],
    ['cs', '1. září 2018', day(2018, 9, 1)],
    ['cs', 'červenec 2018', month(2018, 7)],
    ['cs', '1. června 2018', day(2018, 6, 1)],
    ['fi', '1. syyskuuta 2018', day(2018, 9, 1)],
    ['fi', 'syyskuu 2018', month(2018, 9)],
  ];
  for (const [lang, input, expected] of cases) {
    it(`${lang}: ${JSON.stringify(input)}`, () => {
      expect(parseLocalisedDate(input, lang)).toEqual(expected);
    });
  }
});

describe('parseLocalisedDate, bare years', () => {
  it('reads one to four digits as a year, the caller deciding whether it is a date', () => {
    expect(parseLocalisedDate('2018', 'en')).toEqual({ time: '+2018-00-00T00:00:00Z', precision: 9 });
    expect(parseLocalisedDate('800', 'de')).toEqual({ time: '+0800-00-00T00:00:00Z', precision: 9 });
    expect(parseLocalisedDate('7', 'fr')).toEqual({ time: '+0007-00-00T00:00:00Z', precision: 9 });
  });

  it('refuses anything else as a year', () => {
    for (const input of ['12345', '0', '0018', '2018 AD', '2,018', '-500']) {
      expect(parseLocalisedDate(input, 'en'), input).toBeNull();
    }
  });
});

describe('parseLocalisedDate, impossible dates', () => {
  const cases: readonly [string, string][] = [
    ['en', '31 February 2018'],
    ['en', '29 February 2019'],
    ['en', '29 February 1900'],
    ['en', '32 September 2018'],
    ['en', '0 September 2018'],
    ['en', '1 September 0'],
    ['pl', '31 kwietnia 2018'],
    ['hu', '2018. február 30.'],
  ];
  for (const [lang, input] of cases) {
    it(`${lang}: ${JSON.stringify(input)} → error`, () => {
      const result = parseLocalisedDate(input, lang);
      expect(result).toHaveProperty('error');
      expect(result !== null && 'error' in result ? result.error : '').toContain(input);
    });
  }

  it('accepts 29 February in a Gregorian leap year, and in a Julian one up to 1582', () => {
    expect(parseLocalisedDate('29 February 2000', 'en')).toEqual(day(2000, 2, 29));
    expect(parseLocalisedDate('29 February 1500', 'en')).toEqual(day(1500, 2, 29));
    expect(parseLocalisedDate('29 February 1501', 'en')).toHaveProperty('error');
  });
});

describe('parseLocalisedDate, not dates', () => {
  const cases: readonly [string, string][] = [
    ['en', ''],
    ['en', 'hello'],
    ['en', '12 apples'],
    ['en', 'September'],
    ['en', '1 September'],
    ['en', '1 2 2018'],
    ['en', '2018-09-01'],
    ['en', '488,705.11 Euro'],
    ['en', '1 Septembre 2018'], // French month in an English page
    ['en', '1 Ma 2018'], // too short to be anyone's abbreviation
    ['de', '1 September 2018 12:00'],
    ['cs', '1 čer 2018'], // June and July both start with it
  ];
  for (const [lang, input] of cases) {
    it(`${lang}: ${JSON.stringify(input)} → null`, () => {
      expect(parseLocalisedDate(input, lang)).toBeNull();
    });
  }

  it('prefers Wikibase day-month-year where CLDR order would read the numbers the other way', () => {
    expect(parseLocalisedDate('1. szeptember 12', 'hu')).toEqual(day(12, 9, 1));
  });
});

describe('parseLocalisedDate, read again', () => {
  it('answers a text read before (kept packed) exactly as the first time, for days, months, far years and errors', () => {
    const texts: [string, string][] = [
      ['1 September 2018', 'en'],
      ['September 2018', 'en'],
      ['31 December 9999', 'en'],
      ['1 January 1', 'en'],
      ['wrzesień 2018', 'pl'],
      ['29. února 1900', 'cs'],
      ['31 February 2018', 'en'],
      ['7 marzo 1582', 'it'],
    ];
    const first = texts.map(([t, lang]) => parseLocalisedDate(t, lang));
    expect(first.every((a) => a !== null)).toBe(true);
    const again = texts.map(([t, lang]) => parseLocalisedDate(t, lang));
    expect(again).toEqual(first);
    expect(again[0]).toEqual(day(2018, 9, 1));
    expect(again[1]).toEqual(month(2018, 9));
    expect(again[2]).toEqual(day(9999, 12, 31));
    expect(again[3]).toEqual(day(1, 1, 1));
  });
});
