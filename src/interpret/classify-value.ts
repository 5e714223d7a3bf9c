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

// The two shapes below are read by hand, in one pass over the line: as regular expressions they backtracked
// quadratically over a run of spaces, or overflowed the stack on a line of millions of characters.
const WHITE_SPACE = /\s/u;
const LETTER = /^\p{L}/u;
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/u;

/** `text (Language)`: what `/^(.*\S)\s+\(([^()]+)\)$/su` matches, as [text, language name]. */
export function monolingualShape(text: string): [string, string] | null {
  if (!text.endsWith(')')) return null;
  const open = text.lastIndexOf('(');
  const name = text.slice(open + 1, -1);
  if (open < 2 || name === '' || name.includes(')')) return null;
  const before = text.slice(0, open);
  const value = before.trimEnd();
  return value !== '' && value.length < before.length ? [value, name] : null;
}

const isNumberChar = (c: string): boolean => (c >= '0' && c <= '9') || ".,'\u00a0\u202f ".includes(c);
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/**
 * A number (digits with the UI language's separators, an optional ±uncertainty), white space, then a word: what
 * `/^([-+\u2212]?\d[\d.,'\u00a0\u202f ]*(?:±\s*\d[\d.,'\u00a0\u202f ]*)?)\s+(\p{L}.*)$/u` matches, as
 * [number (perhaps with spaces after it), word].
 */
export function numberThenWordShape(text: string): [string, string] | null {
  let i = 0;
  if (text[i] === '-' || text[i] === '+' || text[i] === '\u2212') i++;
  if (!isDigit(text.charAt(i))) return null;
  i++;
  while (i < text.length && isNumberChar(text.charAt(i))) i++;
  if (text[i] === '±') {
    let j = i + 1;
    while (j < text.length && WHITE_SPACE.test(text.charAt(j))) j++;
    if (!isDigit(text.charAt(j))) return null;
    i = j + 1;
    while (i < text.length && isNumberChar(text.charAt(i))) i++;
  }
  let word = i;
  while (word < text.length && WHITE_SPACE.test(text.charAt(word))) word++;
  // The white space may begin inside the number's run (its spaces): it needs one character at least.
  const spaced = word > i || WHITE_SPACE.test(text.charAt(i - 1));
  const rest = text.slice(word);
  if (!spaced || !LETTER.test(rest) || LINE_TERMINATOR.test(rest)) return null;
  return [text.slice(0, i), rest];
}

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
  const mono = monolingualShape(text);
  const language = mono === null ? null : languageCodeForName(mono[1], ctx.uiLanguage);
  if (mono !== null && language !== null) {
    return { value: { kind: 'monolingualtext', datavalue: { value: { text: mono[0], language }, type: 'monolingualtext' }, line } };
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

  const numberThenWord = numberThenWordShape(text);
  if (numberThenWord !== null) {
    const number = numberThenWord[0].trim();
    if (parseLocalisedDecimal(number.split('±')[0]?.trim() ?? '', ctx.uiLanguage) !== null) {
      // A bare whole number then words (`2020 Ventures B.V.`) is a name as likely as an amount in an unknown unit;
      // one MediaWiki would have grouped (`2,020` in English) is no amount at all.
      if (!/^\d+$/u.test(number)) return { diagnostic: { code: 'unit-unknown', severity: 'error', span: line.span, unit: numberThenWord[1] } };
      const datavalue: DataValue = { value: text, type: 'string' };
      if (groupsWholeNumber(number, ctx.uiLanguage)) return { value: { kind: 'string', datavalue, line } };
      return { value: { kind: 'string', datavalue, line, unknownUnit: numberThenWord[1] } };
    }
  }

  return { value: { kind: 'string', datavalue: { value: text, type: 'string' }, line } };
}
