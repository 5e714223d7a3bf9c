// Writes a time value as Wikibase's MwTimeIsoFormatter shows it: `1 September 2018`, `1. September 2018`, `1. 9. 2018`,
// `září 2018`: MediaWiki's month names and day shape (locale/mediawiki-months.ts) in the EU languages, else Intl's.
import { MONTH_WORDS } from '../locale/mediawiki-months.js';
import { GREGORIAN, JULIAN, type TimeValue } from '../model/index.js';
import { memo } from '../util/memo.js';

interface DateWords {
  /** Month names in the form used beside a day (genitive in Slavic, Baltic, Greek, Finnish). */
  readonly withDay: readonly string[];
  /** Month names in the form used beside a year alone (nominative). */
  readonly withYear: readonly string[];
  /** What follows the day number: `.` where the language writes `1.`, else nothing. */
  readonly dayMark: string;
  /** What follows the month name before the year (`,` or `.`), else nothing. */
  readonly monthMark: string;
}

// Mid-month in UTC, so no time zone moves a sample into a neighbouring month.
const SAMPLE_YEAR = 2018;
const SAMPLE_DAY = 15;

function sample(format: Intl.DateTimeFormat, month: number): Intl.DateTimeFormatPart[] {
  return format.formatToParts(new Date(Date.UTC(SAMPLE_YEAR, month - 1, SAMPLE_DAY)));
}

const partValue = (parts: readonly Intl.DateTimeFormatPart[], type: string): string =>
  parts.find((p) => p.type === type)?.value ?? '';

/** The `.` or `,` that Intl writes right after a field, which MediaWiki's formats keep (`j.`, `F,`). */
function markAfter(parts: readonly Intl.DateTimeFormatPart[], type: string): string {
  const at = parts.findIndex((p) => p.type === type);
  const next = parts[at + 1];
  return at >= 0 && next?.type === 'literal' && /^[.,]/u.test(next.value) ? (next.value[0] ?? '') : '';
}

const dateWords = memo('render.date-words', (lang: string): DateWords => {
  const dayMonth = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  const monthYear = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const september = sample(dayMonth, 9);
  return {
    withDay: months.map((m) => partValue(sample(dayMonth, m), 'month')),
    withYear: months.map((m) => partValue(sample(monthYear, m), 'month')),
    dayMark: markAfter(september, 'day'),
    monthMark: markAfter(september, 'month'),
  };
});

const TIME = /^([-+])(\d+)-(\d\d)-(\d\d)T/u;

/**
 * The text of a time value in UI language `lang`, or null where Wikibase needs a message we do not ship (BCE
 * dates, years of one or two digits shown as "12 CE", decades and coarser). Day precision is the day, the month
 * and the year in that order whatever the language's own order, because MwTimeIsoFormatter keeps only the day and
 * month tokens of MediaWiki's date format; month precision is the month and the year. Above day precision, and
 * where the timestamp lacks the month or day its precision needs, Wikibase shows the timestamp itself.
 */
export function formatLocalisedTime(value: TimeValue['value'], lang: string): string | null {
  const match = TIME.exec(value.time);
  if (match === null) return value.time;
  const [, sign, yearDigits = '', monthDigits = '', dayDigits = ''] = match;
  const year = yearDigits.replace(/^0+(?=\d)/u, '');
  const month = Number(monthDigits);
  const day = Number(dayDigits);
  if (sign === '-' || value.precision < 9) return null;
  if (value.precision === 9) return year.length <= 2 ? null : year;
  if (value.precision > 11 || month === 0 || (value.precision === 11 && day === 0)) return value.time;
  if (year.length <= 2) return null;
  const mediawiki = MONTH_WORDS[lang];
  if (mediawiki !== undefined) {
    if (value.precision === 10) return `${mediawiki.months[month - 1] ?? ''} ${year}`;
    // The day shape's PHP letters: j (day), then F, M or xg (a month name) or n (its number), each maybe with a dot.
    const names = mediawiki.withDay ?? mediawiki.months;
    const shape = mediawiki.day.replace(/xg|[jFMn]/gu, (letter) => (letter === 'j' ? String(day) : letter === 'n' ? String(month) : (names[month - 1] ?? '')));
    return `${shape} ${year}`;
  }
  const words = dateWords(lang);
  if (value.precision === 10) return `${words.withYear[month - 1] ?? ''}${words.monthMark} ${year}`;
  return `${day}${words.dayMark} ${words.withDay[month - 1] ?? ''}${words.monthMark} ${year}`;
}

/**
 * Whether Wikibase's HtmlTimeFormatter adds a calendar note ("Julian", "Gregorian") after the date: always for a
 * calendar other than the default for its year (Julian up to 1582), and for dates finer than a year from 1581 to
 * 1929, when both calendars were in use. The note's text is a message we do not ship.
 */
export function needsCalendarNote(value: TimeValue['value']): boolean {
  const match = /^([-+]?)(\d+)/u.exec(value.time);
  if (match === null) return true;
  const year = Number(match[2]) * (match[1] === '-' ? -1 : 1);
  const usual = year <= 1582 ? JULIAN : GREGORIAN;
  if (value.calendarmodel !== usual) return true;
  return value.precision > 9 && year > 1580 && year < 1930;
}
