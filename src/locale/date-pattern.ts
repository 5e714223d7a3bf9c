// Dates in an Angular DatePipe pattern (`d MMMM yyyy`), with month names from CLDR through Intl: written and read.
import { memo } from '../util/memo.js';

/** A date read: year, month, day (the caller builds the Wikibase time value). */
export interface PatternDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

type Token = { readonly literal: string } | { readonly field: 'd' | 'dd' | 'M' | 'MM' | 'MMMM' | 'y' | 'yyyy' };

const FIELDS = ['MMMM', 'yyyy', 'dd', 'MM', 'd', 'M', 'y'] as const;

/** Angular's tokens this reader knows; quoted text ('de') and other characters are literals. */
function tokens(pattern: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    if (pattern[i] === "'") {
      const end = pattern.indexOf("'", i + 1);
      const stop = end === -1 ? pattern.length : end;
      out.push({ literal: pattern.slice(i + 1, stop) || "'" });
      i = stop + 1;
      continue;
    }
    const field = FIELDS.find((f) => pattern.startsWith(f, i) && pattern[i + f.length] !== f[0]);
    if (field !== undefined) {
      out.push({ field });
      i += field.length;
    } else {
      out.push({ literal: pattern[i] ?? '' });
      i += 1;
    }
  }
  return out;
}

/** The wide month names as written beside a day (CLDR's format context: `marca`, `huhtikuuta`), per language. */
export const formatMonthNames = memo('locale.format-month-names', (lang: string): readonly string[] => {
  const format = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => format.formatToParts(new Date(Date.UTC(2018, m, 15))).find((p) => p.type === 'month')?.value ?? '');
});

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The date as the pattern writes it in `lang`. */
export function formatPatternDate(date: PatternDate, pattern: string, lang: string): string {
  return tokens(pattern)
    .map((t) => {
      if ('literal' in t) return t.literal;
      switch (t.field) {
        case 'd':
          return String(date.day);
        case 'dd':
          return pad(date.day, 2);
        case 'M':
          return String(date.month);
        case 'MM':
          return pad(date.month, 2);
        case 'MMMM':
          return formatMonthNames(lang)[date.month - 1] ?? '';
        case 'y':
          return String(date.year);
        case 'yyyy':
          return pad(date.year, 4);
      }
    })
    .join('');
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const fold = (s: string): string => s.normalize('NFC').toLocaleLowerCase();

/** The compiled reader of a pattern in a language, by `lang NUL pattern`. */
const reader = memo('locale.pattern-date-reader', (key: string): { pattern: RegExp; months: Map<string, number> } => {
  const [lang = '', pattern = ''] = key.split('\u0000');
  const names = formatMonthNames(lang);
  const months = new Map(names.map((n, i) => [fold(n), i + 1]));
  const source = tokens(pattern)
    .map((t) => {
      if ('literal' in t) return /^\s+$/u.test(t.literal) ? '\\s+' : escape(t.literal);
      if (t.field === 'MMMM') return `(?<MMMM>${[...names].sort((a, b) => b.length - a.length).map(escape).join('|')})`;
      const digits = t.field === 'yyyy' ? '\\d{4}' : t.field === 'y' ? '\\d{1,4}' : t.field.length === 2 ? '\\d{2}' : '\\d{1,2}';
      return `(?<${t.field[0]}>${digits})`;
    })
    .join('');
  return { pattern: new RegExp(`^\\s*${source}\\s*$`, 'iu'), months };
});

/**
 * Reads a date the pattern wrote in `lang` (spaces of any kind match one another, month names any case), or null.
 * A day that does not exist (`31 February`) is null too.
 */
export function parsePatternDate(text: string, pattern: string, lang: string): PatternDate | null {
  const { pattern: compiled, months } = reader(`${lang}\u0000${pattern}`);
  const groups = compiled.exec(text)?.groups;
  if (groups === undefined) return null;
  const year = Number(groups['y']);
  const month = groups['MMMM'] === undefined ? Number(groups['M']) : (months.get(fold(groups['MMMM'])) ?? 0);
  const day = Number(groups['d']);
  if (!(month >= 1 && month <= 12 && day >= 1)) return null;
  const last = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const lastThisYear = month === 2 ? new Date(Date.UTC(year, 2, 0)).getUTCDate() : last;
  return day <= lastThisYear ? { year, month, day } : null;
}
