// Tells what kind of value a page line shows (quantity, date, monolingual text, string) and reads it.
import type { Diagnostic } from '../diagnostics/index.js';
import { addDecimal, formatDecimal, GREGORIAN, parseDecimal, subtractDecimal, type DataValue, type ItemId } from '../model/index.js';
import { languageCodeForName, parseLocalisedDate, parseLocalisedDecimal } from '../locale/index.js';
import { NUMBER_MARKS } from '../locale/mediawiki-numbers.js';
import type { PageStatement, SourceLine } from '../parse/index.js';
import type { ValueKind } from '../profile/index.js';
import { parseCoordinates } from './coordinates.js';
import type { UnitTable } from './unit-table.js';

export interface ClassifiedValue {
  readonly kind: ValueKind;
  readonly datavalue: DataValue;
  /** For quantities, the unit item (absent when unitless). */
  readonly unit?: ItemId;
  readonly line: SourceLine;
  /**
   * For a string that may also be an amount in a unit the profile does not know (`2020 Ventures B.V.`): that unit.
   * It is read as a string when a rule places one there, else reported as `unit-unknown`.
   */
  readonly unknownUnit?: string;
}

export interface ClassifyContext {
  readonly uiLanguage: string;
  readonly units: UnitTable;
  readonly conceptUriBase: string;
  /** The profile's patterns for strings (postal codes): a line one of them matches is a string, whatever it looks like. */
  readonly stringPatterns?: readonly RegExp[];
}

/**
 * A value that could not be read may still show its kind (a Euro amount with a malformed number, an impossible
 * date): it then keeps its place in the order, so the values after it are not silently moved up a property.
 */
export type Classification = { value: ClassifiedValue } | { diagnostic: Diagnostic; holdsPlaceOf?: ValueShape };

/** What the assignment rules look at: the kind of a value and, for quantities, its unit. */
export interface ValueShape {
  readonly kind: ValueKind;
  readonly unit?: ItemId;
  /** The value as written, for rules that match strings by pattern. */
  readonly text?: string;
}

const MONOLINGUAL = /^(.*\S)\s+\(([^()]+)\)$/su;
/** A number (digits with the UI language's separators, an optional ±uncertainty) then a word. */
const NUMBER_THEN_WORD = /^([-+\u2212]?\d[\d.,'\u00a0\u202f ]*(?:±\s*\d[\d.,'\u00a0\u202f ]*)?)\s+(\p{L}.*)$/u;

function quantity(
  numberText: string,
  unit: ItemId | undefined,
  line: SourceLine,
  ctx: ClassifyContext,
): Classification | null {
  const [amountText = '', uncertaintyText] = numberText.split('±').map((s) => s.trim());
  const amount = parseLocalisedDecimal(amountText, ctx.uiLanguage);
  const uncertainty = uncertaintyText === undefined ? null : parseLocalisedDecimal(uncertaintyText, ctx.uiLanguage);
  if (amount === null || (uncertaintyText !== undefined && uncertainty === null)) return null;
  const value: { amount: string; unit: string; upperBound?: string; lowerBound?: string } = {
    amount,
    unit: unit === undefined ? '1' : `${ctx.conceptUriBase}${unit}`,
  };
  if (uncertainty !== null) {
    const a = parseDecimal(amount);
    const u = parseDecimal(uncertainty);
    value.upperBound = formatDecimal(addDecimal(a, u));
    value.lowerBound = formatDecimal(subtractDecimal(a, u));
  }
  const datavalue: DataValue = { value, type: 'quantity' };
  return { value: { kind: 'quantity', datavalue, line, ...(unit === undefined ? {} : { unit }) } };
}

/** Whether MediaWiki would write this whole number with a group separator in the UI language (`2,020`, `2.020`). */
function groupsWholeNumber(digits: string, uiLanguage: string): boolean {
  const marks = NUMBER_MARKS[uiLanguage];
  if (marks !== undefined) return digits.length >= 3 + marks.minimumGroupingDigits;
  return digits.length > 3 && !/^\d+$/u.test(new Intl.NumberFormat(uiLanguage, { useGrouping: true }).format(BigInt(digits)));
}

export function classifyValue(line: SourceLine, section: PageStatement['section'], ctx: ClassifyContext): Classification {
  const text = line.text.trim();
  if (section === 'identifiers') {
    return { value: { kind: 'external-id', datavalue: { value: text, type: 'string' }, line } };
  }

  // The pattern ends in `\)$`: a line that does not end so is spared it (summaries run to thousands of characters).
  const mono = text.endsWith(')') ? MONOLINGUAL.exec(text) : null;
  const language = mono?.[2] === undefined ? null : languageCodeForName(mono[2], ctx.uiLanguage);
  if (mono?.[1] !== undefined && language !== null) {
    return { value: { kind: 'monolingualtext', datavalue: { value: { text: mono[1], language }, type: 'monolingualtext' }, line } };
  }

  if (ctx.stringPatterns !== undefined) {
    for (const pattern of ctx.stringPatterns) {
      if (pattern.test(text)) return { value: { kind: 'string', datavalue: { value: text, type: 'string' }, line } };
    }
  }

  // A quantity needs a digit before its unit: "Banca Euro" is a name, not an amount.
  const unitMatch = ctx.units.match(text, ctx.uiLanguage);
  if (unitMatch !== null && /\d/u.test(unitMatch.numberText)) {
    const result = quantity(unitMatch.numberText, unitMatch.item, line, ctx);
    if (result !== null) return result;
    return {
      diagnostic: {
        code: 'value-unrecognised',
        severity: 'error',
        span: line.span,
        value: text,
        why: `"${unitMatch.numberText}" is not a number in the page's UI language (${ctx.uiLanguage})`,
      },
      holdsPlaceOf: { kind: 'quantity', unit: unitMatch.item },
    };
  }

  // Every coordinate shape has a degree sign.
  const coordinates = text.includes('°') ? parseCoordinates(text) : null;
  if (coordinates !== null) {
    return { value: { kind: 'globe-coordinate', datavalue: { value: coordinates, type: 'globecoordinate' }, line } };
  }

  const date = parseLocalisedDate(text, ctx.uiLanguage);
  if (date !== null && 'error' in date) {
    return {
      diagnostic: { code: 'value-unrecognised', severity: 'error', span: line.span, value: text, why: date.error },
      holdsPlaceOf: { kind: 'time' },
    };
  }
  // A bare year reads just as well as a postal code or a number: only fuller dates count as times.
  if (date !== null && date.precision !== 9) {
    const datavalue: DataValue = {
      value: { time: date.time, timezone: 0, before: 0, after: 0, precision: date.precision, calendarmodel: GREGORIAN },
      type: 'time',
    };
    return { value: { kind: 'time', datavalue, line } };
  }

  const numberThenWord = NUMBER_THEN_WORD.exec(text);
  if (numberThenWord?.[1] !== undefined && numberThenWord[2] !== undefined) {
    const number = numberThenWord[1].trim();
    if (parseLocalisedDecimal(number.split('±')[0]?.trim() ?? '', ctx.uiLanguage) !== null) {
      // A bare whole number then words (`2020 Ventures B.V.`) is a name as likely as an amount in an unknown unit;
      // one MediaWiki would have grouped (`2,020` in English) is no amount at all.
      if (!/^\d+$/u.test(number)) return { diagnostic: { code: 'unit-unknown', severity: 'error', span: line.span, unit: numberThenWord[2] } };
      const datavalue: DataValue = { value: text, type: 'string' };
      if (groupsWholeNumber(number, ctx.uiLanguage)) return { value: { kind: 'string', datavalue, line } };
      return { value: { kind: 'string', datavalue, line, unknownUnit: numberThenWord[2] } };
    }
  }

  return { value: { kind: 'string', datavalue: { value: text, type: 'string' }, line } };
}
