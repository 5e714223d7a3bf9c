// Time values: the xsd:dateTime literal Wikibase writes (XSD 1.1 years, Julian dates moved to Gregorian at day
// precision, impossible days clamped) and the wikibase:TimeValue node.
import { GREGORIAN, JULIAN, type TimeValue } from '../../../model/index.js';
import { XSD_DATETIME, type RdfTerms } from '../rdf-terms.js';
const DAY = 11;
const MONTH = 10;
const YEAR = 9;

/** Leap years of the proleptic Gregorian calendar, for a year numbered as the data model does (no year 0). */
function daysInMonth(month: number, modelYear: bigint): number {
  const y = modelYear < 0n ? modelYear + 1n : modelYear;
  const leap = (y % 4n === 0n && y % 100n !== 0n) || y % 400n === 0n;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
}

/**
 * Julian calendar date → Gregorian, through the Julian day number (astronomical years in and out); null at or
 * before Julian day 0, which PHP's juliantojd() returns for a failure, and which Wikibase's cleaner takes for one.
 */
function julianToGregorian(year: number, month: number, day: number): [number, number, number] | null {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const jdn = day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
  if (jdn <= 0) return null;
  const b = jdn + 32044;
  const c = Math.floor((4 * b + 3) / 146097);
  const d = b - Math.floor((146097 * c) / 4);
  const e = Math.floor((4 * d + 3) / 1461);
  const f = d - Math.floor((1461 * e) / 4);
  const g = Math.floor((5 * f + 2) / 153);
  const gDay = f - Math.floor((153 * g + 2) / 5) + 1;
  const gMonth = g + 3 - 12 * Math.floor(g / 10);
  return [100 * c + e - 4800 + Math.floor(g / 10), gMonth, gDay];
}

const two = (n: number): string => String(n).padStart(2, '0');

interface Parts {
  negative: boolean;
  /** The year's absolute value, as the data model numbers it (1 BCE is -1). */
  year: bigint;
  month: number;
  day: number;
  /** Everything after the `T`, kept as written. */
  clock: string;
}

/** Reads a timestamp as Wikibase's cleaner does: months and days out of range are pulled in; year 0 is refused. */
function parseTimestamp(time: string): Parts | null {
  const m = /^([-+]?)(\d+)-(\d+)-(\d+)T(.*)$/u.exec(time);
  if (m === null || /^0*$/u.test(m[2] ?? '')) return null;
  const month = Math.min(Math.max(Number(m[3]), 1), 12);
  return { negative: m[1] === '-', year: BigInt(m[2] ?? '0'), month, day: Math.max(Number(m[4]), 1), clock: m[5] ?? '' };
}

/** Gregorian clean-up: coarse precisions start on 1 January, impossible days become the month's last, XSD 1.1 years. */
function gregorian(p: Parts, precision: number): string {
  let { negative, year, month, day } = p;
  if (precision <= YEAR) [month, day] = [1, 1];
  else if (precision === MONTH) day = 1;
  if (!(day <= 28 || (month !== 2 && day <= 30))) {
    // Like PHP's calendar functions, years before 4714 BCE are checked as 4714 BCE.
    const safeYear = negative && year >= 4714n ? -4713n : negative ? -year : year;
    day = Math.min(day, daysInMonth(month, safeYear));
  }
  // XSD 1.1 has a year 0 (1 BCE), the data model does not: negative years move up by one, at year precision or finer.
  if (precision >= YEAR && negative) {
    year -= 1n;
    if (year === 0n) negative = false;
  }
  return `${negative ? '-' : ''}${String(year).padStart(4, '0')}-${two(month)}-${two(day)}T${p.clock}`;
}

/** A Julian date at day precision or finer becomes the same day in the Gregorian calendar, where PHP can convert it. */
function julian(p: Parts): string | null {
  const modelYear = p.negative ? -p.year : p.year;
  if (modelYear < -4713n || modelYear > 1465072n) return null;
  const astronomical = Number(modelYear < 0n ? modelYear + 1n : modelYear);
  const converted = julianToGregorian(astronomical, p.month, p.day);
  if (converted === null) return null;
  const [y, m, d] = converted;
  return `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}-${two(m)}-${two(d)}T${p.clock}`;
}

/**
 * The xsd:dateTime literal Wikibase writes for a time value, or the timestamp as an untyped literal where it
 * cannot (year 0; a calendar model other than Gregorian or Julian at day precision or finer: below a day the
 * calendar cannot change the date, so it is cleaned up as Gregorian). The lexical form, and its datatype when typed.
 */
export function timeLexical(value: TimeValue['value']): { readonly lexical: string; readonly dateTime: boolean } {
  const parts = parseTimestamp(value.time);
  const known = value.calendarmodel === GREGORIAN || value.calendarmodel === JULIAN || value.precision < DAY;
  if (parts === null || !known) return { lexical: value.time, dateTime: false };
  const converted = value.calendarmodel === JULIAN && value.precision >= DAY ? julian(parts) : null;
  return { lexical: converted ?? gregorian(parts, value.precision), dateTime: true };
}

export function timeLiteral<T>(value: TimeValue['value'], t: RdfTerms<T>): T {
  const { lexical, dateTime } = timeLexical(value);
  return dateTime ? t.syntax.typed(lexical, XSD_DATETIME) : t.syntax.plain(lexical);
}

export function timeValueTriples<T>(out: T[], node: T, value: TimeValue['value'], t: RdfTerms<T>, report: (detail: string) => void): void {
  out.push(node, t.type, t.timeValue);
  out.push(node, t.timeValueProp, timeLiteral(value, t));
  out.push(node, t.timePrecision, t.integer(String(value.precision)));
  out.push(node, t.timeTimezone, t.integer(String(value.timezone)));
  const calendar = t.dataIri(value.calendarmodel, 'the calendar model', report);
  if (calendar !== null) out.push(node, t.timeCalendarModel, calendar);
}
