// "The same value", defined once: the form Wikibase holds a value in, for merging drafts, matching stored values and hashing.
import { entityIdOf, type DataValue } from './datavalue.js';
import type { SnakCore } from './snak.js';

/**
 * TimeValue's timestamp: older Wikibases wrote years with eleven digits (`+00000002018`); Wikibase keeps the year
 * as a number, written with at least four digits.
 */
export function canonicalTimestamp(time: string): string {
  const match = /^([-+])0*(\d+)(-.*)$/u.exec(time);
  if (match === null) return time;
  const [, sign = '+', year = '0', rest = ''] = match;
  return `${sign}${year.padStart(4, '0')}${rest}`;
}

/** DecimalValue's form: zero is always positive (leading zeros are refused by the model; trailing ones count). */
export function canonicalDecimal(text: string): string {
  return /^-0(\.0+)?$/u.test(text) ? `+${text.slice(1)}` : text;
}

/** A coordinate as PHP reads it from JSON: "-0" is the integer 0, so a signed zero does not survive. */
export function canonicalAngle(angle: number): number {
  return angle + 0;
}

/**
 * Text with no code unit from U+0300 (the first combining mark) up is in NFC already: nothing below it decomposes to
 * anything but itself again or composes with what follows (ICU's own quick check starts there), and testing for it
 * is far cheaper than normalizing (summaries run to thousands of characters).
 */
const BELOW_COMBINING = /^[\u0000-\u02ff]*$/;

/**
 * Strings are compared in NFC, the form Wikibase saves them in. They are not trimmed: Wikibase refuses a value with
 * leading or trailing whitespace ("Malformed input"), so such a value is never the same as a stored one.
 */
export function canonicalText(text: string): string {
  return BELOW_COMBINING.test(text) ? text : text.normalize('NFC');
}

/**
 * A key per value: two values are the same, as Wikibase stores them, exactly when their keys are equal. The hash of
 * a value (src/hash) is computed over the same canonical parts, so equal keys mean equal hashes of the saved values.
 */
export function valueKey(value: DataValue): string {
  switch (value.type) {
    case 'string':
      return `s:${canonicalText(value.value)}`;
    case 'monolingualtext':
      return `m:${value.value.language}:${canonicalText(value.value.text)}`;
    case 'quantity': {
      const v = value.value;
      const bound = (b: string | undefined): string => (b === undefined ? '' : canonicalDecimal(b));
      return `q:${canonicalDecimal(v.amount)}|${v.unit}|${bound(v.upperBound)}|${bound(v.lowerBound)}`;
    }
    case 'time': {
      const v = value.value;
      return `t:${canonicalTimestamp(v.time)}|${v.precision}|${v.calendarmodel}|${v.timezone}|${v.before}|${v.after}`;
    }
    case 'globecoordinate': {
      // Template strings print -0 as "0", as canonicalAngle would make it.
      const v = value.value;
      return `g:${v.latitude}|${v.longitude}|${v.precision ?? ''}|${v.globe}`;
    }
    case 'wikibase-entityid':
      return `e:${entityIdOf(value.value)}`;
  }
}

/** Property, snak type and value: what makes two snaks the same (hash and datatype field aside). */
export function snakKey(snak: SnakCore): string {
  return snak.snaktype === 'value'
    ? `${snak.property}|${valueKey(snak.datavalue)}`
    : `${snak.property}|${snak.snaktype}`;
}
