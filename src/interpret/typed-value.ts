// Reads a value of a labelled page by its property's datatype: the page names the property, so the value's kind is
// known rather than guessed from its looks.
import type { Diagnostic } from '../diagnostics/index.js';
import { languageCodeForName, parseLocalisedAmountWithUncertainty, parseLocalisedDate } from '../locale/index.js';
import { GREGORIAN, isItemId, isPropertyId, type DataValue, type Datatype, type ItemId } from '../model/index.js';
import type { MarkedLine } from '../parse/index.js';
import type { ItemLabelLookup } from '../resolve/index.js';
import { parseCoordinates } from './coordinates.js';
import type { UnitTable } from './unit-table.js';

export interface TypedContext {
  readonly uiLanguage: string;
  readonly units: UnitTable;
  readonly conceptUriBase: string;
  readonly itemLabels: ItemLabelLookup;
}

export type TypedValue = { datavalue: DataValue; skipped: Diagnostic[] } | { diagnostic: Diagnostic };

const MONOLINGUAL = /^(.*\S)\s+\(([^()]+)\)$/su;
/** A file's size as Wikibase shows it beside a Commons file: `3,000 × 2,100; 778 KB`, `1.3 s; 123 KB`. */
const FILE_INFO = /(?:^|\s)(?:[\d.,\u00a0\u202f ]+\s*×\s*[\d.,\u00a0\u202f ]+|[\d.,]+\s*\p{L}{1,3});\s*[\d.,]+\s*[KMGT]?B$/u;
const BARE_ID = /^[QP][1-9]\d*$/u;

const unrecognised = (line: MarkedLine, why: string): TypedValue => ({
  diagnostic: { code: 'value-unrecognised', severity: 'error', span: line.span, value: line.text, why },
});

const entityValue = (id: string): DataValue => ({
  value: { 'entity-type': id.startsWith('P') ? 'property' : 'item', 'numeric-id': Number(id.slice(1)), id },
  type: 'wikibase-entityid',
});

/** The entity a line shows: by its link, by its id written out, else (items only) by its label. */
function entityOf(line: MarkedLine, kind: 'item' | 'property', ctx: TypedContext): string | { unresolved: string; language: string } {
  const wanted = kind === 'item' ? isItemId : isPropertyId;
  const linked = line.links.map((l) => l.entity).filter((e): e is ItemId => e !== undefined && wanted(e));
  if (linked.length === 1 && linked[0] !== undefined) return linked[0];
  if (BARE_ID.test(line.text) && wanted(line.text)) return line.text;
  return byLabel(line.text, ctx);
}

/** An item named by its label, as the page shows it: in the UI language, or a fallback label with its language. */
function byLabel(label: string, ctx: TypedContext): ItemId | { unresolved: string; language: string } {
  const found = ctx.itemLabels.lookup(label, ctx.uiLanguage);
  if (found !== undefined) return found;
  for (let at = label.lastIndexOf(' '); at > 0; at = label.lastIndexOf(' ', at - 1)) {
    const code = languageCodeForName(label.slice(at + 1), ctx.uiLanguage);
    const fallback = code === null ? undefined : ctx.itemLabels.lookup(label.slice(0, at), code);
    if (fallback !== undefined) return fallback;
  }
  return { unresolved: label, language: ctx.uiLanguage };
}

function quantity(line: MarkedLine, ctx: TypedContext): TypedValue {
  const text = line.text;
  let numberText = text;
  let unit: string | undefined;
  const known = ctx.units.match(text, ctx.uiLanguage);
  if (known !== null) {
    numberText = known.numberText;
    unit = known.item;
  } else {
    const amount = parseLocalisedAmountWithUncertainty(text, ctx.uiLanguage);
    if (amount === null) {
      // `476 metre`: a unit the profile does not list is an item, named by its link or its label.
      const space = text.search(/\s\p{L}/u);
      if (space === -1) return unrecognised(line, `not a number in the page's UI language (${ctx.uiLanguage})`);
      numberText = text.slice(0, space);
      const unitLine: MarkedLine = { ...line, text: text.slice(space + 1), links: line.links.filter((l) => l.entity?.startsWith('Q') === true) };
      const item = entityOf(unitLine, 'item', ctx);
      if (typeof item !== 'string') return { diagnostic: { code: 'unit-unknown', severity: 'error', span: line.span, unit: item.unresolved } };
      unit = item;
    }
  }
  const amount = parseLocalisedAmountWithUncertainty(numberText, ctx.uiLanguage);
  if (amount === null) return unrecognised(line, `"${numberText}" is not a number in the page's UI language (${ctx.uiLanguage})`);
  const value = {
    amount: amount.amount,
    unit: unit === undefined ? '1' : `${ctx.conceptUriBase}${unit}`,
    ...(amount.upperBound === undefined ? {} : { upperBound: amount.upperBound }),
    ...(amount.lowerBound === undefined ? {} : { lowerBound: amount.lowerBound }),
  };
  return { datavalue: { value, type: 'quantity' }, skipped: [] };
}

/** `1. 9. 2018`: the numeric day-precision form MediaWiki uses in some languages (Czech, Slovak). */
const NUMERIC_DATE = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{1,4})$/u;

function numericDate(text: string): { time: string; precision: number } | null {
  const m = NUMERIC_DATE.exec(text);
  if (m === null) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = new Date(Date.UTC(2000 + (year % 400), month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > days) return null;
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return { time: `+${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T00:00:00Z`, precision: 11 };
}

function time(line: MarkedLine, ctx: TypedContext): TypedValue {
  const date = parseLocalisedDate(line.text, ctx.uiLanguage) ?? numericDate(line.text);
  if (date === null) return unrecognised(line, `not a date in the page's UI language (${ctx.uiLanguage})`);
  if ('error' in date) return unrecognised(line, date.error);
  const value = { time: date.time, timezone: 0, before: 0, after: 0, precision: date.precision, calendarmodel: GREGORIAN };
  return { datavalue: { value, type: 'time' }, skipped: [] };
}

/**
 * A language's name in the UI language, or in the UI language's home-region form (MediaWiki writes Portuguese
 * names as Portugal does: `polaco`, where Intl's `pt` says `polonês`).
 */
function languageOf(name: string, uiLanguage: string): string | null {
  const code = languageCodeForName(name, uiLanguage);
  if (code !== null || !/^[a-z]{2,3}$/u.test(uiLanguage)) return code;
  return languageCodeForName(name, `${uiLanguage}-${uiLanguage.toUpperCase()}`);
}

function monolingual(line: MarkedLine, ctx: TypedContext): TypedValue {
  const match = MONOLINGUAL.exec(line.text);
  const language = match?.[2] === undefined ? null : languageOf(match[2], ctx.uiLanguage);
  if (match?.[1] === undefined || language === null) return unrecognised(line, 'expected a text then its language’s name in parentheses');
  return { datavalue: { value: { text: match[1], language }, type: 'monolingualtext' }, skipped: [] };
}

function oneLine(line: MarkedLine, datatype: Datatype, ctx: TypedContext): TypedValue {
  switch (datatype) {
    case 'wikibase-item':
    case 'wikibase-property': {
      const entity = entityOf(line, datatype === 'wikibase-item' ? 'item' : 'property', ctx);
      if (typeof entity !== 'string') {
        const { unresolved: label, language } = entity;
        const candidates = [...(ctx.itemLabels.candidates?.(label, language) ?? [])];
        return { diagnostic: { code: 'label-unresolved', severity: 'warning', span: line.span, label, language, candidates } };
      }
      return { datavalue: entityValue(entity), skipped: [] };
    }
    case 'quantity':
      return quantity(line, ctx);
    case 'time':
      return time(line, ctx);
    case 'monolingualtext':
      return monolingual(line, ctx);
    case 'url': {
      const link = line.links.length === 1 ? line.links[0] : undefined;
      const url = link !== undefined && /^https?:/u.test(link.target) && link.text === line.text ? link.target : line.text;
      return { datavalue: { value: url, type: 'string' }, skipped: [] };
    }
    case 'commonsMedia':
      return { datavalue: { value: line.text.replace(FILE_INFO, '').trim(), type: 'string' }, skipped: [] };
    default:
      return { datavalue: { value: line.text, type: 'string' }, skipped: [] };
  }
}

const skipped = (line: MarkedLine, as: string): Diagnostic => ({ code: 'line-skipped', severity: 'info', span: line.span, as });

/**
 * A value from its lines. A datatype shows one line, but for a coordinate (the map's controls come before it) and
 * a Commons file (its size on a line of its own): those extra lines are reported as skipped; any other extra line
 * makes the value unreadable, never silently dropped.
 */
export function readTypedValue(lines: readonly MarkedLine[], datatype: Datatype, ctx: TypedContext): TypedValue {
  const shown = lines.filter((l) => l.text !== '');
  if (datatype === 'globe-coordinate') {
    const at = shown.findIndex((l) => l.text.includes('°') && parseCoordinates(l.text) !== null);
    const line = shown[at];
    if (line === undefined) return unrecognised(shown[0] ?? (lines[0] as MarkedLine), 'no coordinates on the value’s lines');
    const value = parseCoordinates(line.text);
    if (value === null) return unrecognised(line, 'not coordinates');
    return { datavalue: { value, type: 'globecoordinate' }, skipped: shown.filter((l) => l !== line).map((l) => skipped(l, 'the map shown with a coordinate')) };
  }
  if (datatype === 'commonsMedia') {
    const [file, ...rest] = shown;
    if (file !== undefined && rest.every((l) => FILE_INFO.test(` ${l.text}`))) {
      const read = oneLine(file, datatype, ctx);
      if ('datavalue' in read) read.skipped.push(...rest.map((l) => skipped(l, 'the size of a Commons file')));
      return read;
    }
  }
  const [first, ...more] = shown;
  if (first === undefined) return unrecognised(lines[0] as MarkedLine, 'an empty value');
  if (more.length > 0) {
    return unrecognised(first, `${shown.length} lines where a value of datatype ${datatype} shows one (the first may be a property label the profile does not know)`);
  }
  return oneLine(first, datatype, ctx);
}
