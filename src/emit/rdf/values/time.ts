// Time values: the xsd:dateTime literal Wikibase writes (XSD 1.1 years, Julian dates moved to Gregorian at day
// precision, impossible days clamped) and the wikibase:TimeValue node.
import { DataFactory, type Quad, type NamedNode, type Literal } from 'n3';
import { GREGORIAN, JULIAN, type TimeValue } from '../../../model/index.js';
import { RDF, WIKIBASE, XSD } from '../vocabulary.js';

const { namedNode, literal, quad } = DataFactory;
const DAY = 11;
const MONTH = 10;

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number): number =>
  [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;

/** Julian calendar date → Gregorian, through the Julian day number (proleptic calendars, astronomical years). */
function julianToGregorian(year: number, month: number, day: number): [number, number, number] {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const jdn = day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
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

const pad = (n: number, width: number): string => String(Math.abs(n)).padStart(width, '0');

/**
 * The dateTime literal for a time value, or the original string untyped where Wikibase cannot convert it
 * (year 0 in the data model, an unknown calendar model).
 */
export function timeLiteral(value: TimeValue['value']): Literal {
  const m = /^([-+])(\d+)-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)Z$/u.exec(value.time);
  const known = value.calendarmodel === GREGORIAN || value.calendarmodel === JULIAN;
  if (m === null || !known || /^0+$/u.test(m[2] ?? '')) return literal(value.time);
  const modelYear = Number(m[2]) * (m[1] === '-' ? -1 : 1);
  // The data model has no year 0 (-1 is 1 BCE); XSD 1.1 does (0000 is 1 BCE).
  let year = modelYear < 0 ? modelYear + 1 : modelYear;
  let month = value.precision >= MONTH ? Number(m[3]) : 1;
  let day = value.precision >= DAY ? Number(m[4]) : 1;
  month = Math.min(Math.max(month, 1), 12);
  day = Math.min(Math.max(day, 1), daysIn(year, month));
  if (value.calendarmodel === JULIAN && value.precision >= DAY) [year, month, day] = julianToGregorian(year, month, day);
  const clock = value.precision > DAY ? `${m[5]}:${m[6]}:${m[7]}` : '00:00:00';
  const text = `${year < 0 ? '-' : ''}${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${clock}Z`;
  return literal(text, namedNode(`${XSD}dateTime`));
}

export function timeValueNode(node: NamedNode, value: TimeValue['value']): Quad[] {
  const integer = namedNode(`${XSD}integer`);
  return [
    quad(node, namedNode(`${RDF}type`), namedNode(`${WIKIBASE}TimeValue`)),
    quad(node, namedNode(`${WIKIBASE}timeValue`), timeLiteral(value)),
    quad(node, namedNode(`${WIKIBASE}timePrecision`), literal(String(value.precision), integer)),
    quad(node, namedNode(`${WIKIBASE}timeTimezone`), literal(String(value.timezone), integer)),
    quad(node, namedNode(`${WIKIBASE}timeCalendarModel`), namedNode(value.calendarmodel)),
  ];
}
