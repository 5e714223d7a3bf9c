// What the date reader asks CLDR (through Intl) about a language: its month names in each form, and the shapes of a
// day's date, a month's date and a bare year. Kept for the 24 UI languages in cldr-date-table.ts (made by
// scripts/cldr-date-table.mjs, checked against the running Node's ICU by test/locale/cldr-dates.test.ts), because
// building the eleven Intl.DateTimeFormat objects per language is most of what dates cost each thread at its start;
// any other language is asked of Intl.
import { CLDR_DATE_TABLE } from './cldr-date-table.js';
import type { CldrDates, DatePart, MonthForm, ShapeForm } from './cldr-date-types.js';

export type { CldrDates, DatePart, MonthForm, ShapeForm } from './cldr-date-types.js';
import { memo } from '../util/memo.js';

// Any year serves to ask Intl for month names; mid-month, formatting in UTC cannot slip into a neighbour.
const SAMPLE_YEAR = 2018;
const SAMPLE_DAY = 15;
const SEPTEMBER = 8;

const MONTH_OPTIONS: Readonly<Record<MonthForm, Intl.DateTimeFormatOptions>> = {
  'long-day': { day: 'numeric', month: 'long' }, // the form used with a day: genitive in Slavic, Baltic, Greek, Finnish
  'long-alone': { month: 'long' }, // the stand-alone (nominative) form
  'long-year': { month: 'long', year: 'numeric' }, // Greek gives the nominative only beside a year
  'short-day': { day: 'numeric', month: 'short' },
  'short-alone': { month: 'short' },
  'short-year': { month: 'short', year: 'numeric' },
};

const SHAPE_OPTIONS: Readonly<Record<ShapeForm, Intl.DateTimeFormatOptions>> = {
  'long-day': { day: 'numeric', month: 'long', year: 'numeric' },
  'long-month': { month: 'long', year: 'numeric' },
  'short-day': { day: 'numeric', month: 'short', year: 'numeric' },
  'short-month': { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
};

const sample = (month: number): Date => new Date(Date.UTC(SAMPLE_YEAR, month, SAMPLE_DAY));

/** The same facts asked of Intl (what the table keeps, and what a language outside it uses). */
export function intlDates(lang: string): CldrDates {
  const formats = new Map<string, Intl.DateTimeFormat>();
  // One format per distinct options (a month's date beside a year serves both tables).
  const format = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
    const key = JSON.stringify(options);
    let known = formats.get(key);
    if (known === undefined) formats.set(key, (known = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' })));
    return known;
  };
  const months = {} as Record<MonthForm, string[]>;
  for (const [form, options] of Object.entries(MONTH_OPTIONS) as [MonthForm, Intl.DateTimeFormatOptions][]) {
    months[form] = Array.from({ length: 12 }, (_, m) => format(options).formatToParts(sample(m)).find((p) => p.type === 'month')?.value ?? '');
  }
  const shapes = {} as Record<ShapeForm, DatePart[]>;
  for (const [form, options] of Object.entries(SHAPE_OPTIONS) as [ShapeForm, Intl.DateTimeFormatOptions][]) {
    shapes[form] = format(options)
      .formatToParts(sample(SEPTEMBER))
      .map((p) => [p.type, p.value] as const);
  }
  return { months, shapes };
}

/** The language's facts: the table's for a UI language (canonical tag), else Intl's. */
export const cldrDates = memo('locale.cldr-dates', (lang: string): CldrDates => (Object.hasOwn(CLDR_DATE_TABLE, lang) ? (CLDR_DATE_TABLE[lang] as CldrDates) : intlDates(lang)));
