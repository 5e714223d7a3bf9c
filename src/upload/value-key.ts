// Values compared as Wikibase stores them: a key per snak, so "the same value" is one string comparison.
import type { DataValue, Reference, Snak, SnakMap, Statement } from '../model/index.js';

/** Wikibase trims terms (labels, descriptions, aliases) and puts them in Unicode NFC before saving them. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').trim();
}

/**
 * String and monolingual values are not trimmed: Wikibase refuses one with leading or trailing whitespace
 * ("Malformed input"), so such a value is never the same as a stored one (and is refused before sending).
 */
export function normaliseValueText(text: string): string {
  return text.normalize('NFC');
}

/** DecimalValue's form: no negative zero (leading zeros are refused by the model already; trailing ones count). */
function decimal(text: string | undefined): string {
  if (text === undefined) return '';
  return /^-0(\.0+)?$/u.test(text) ? `+${text.slice(1)}` : text;
}

/** Older Wikibases wrote years with eleven digits (`+00000002018`): the year is compared as a number. */
function time(text: string): string {
  const match = /^([-+])0*(\d+)(-.*)$/u.exec(text);
  if (match === null) return text;
  const [, sign = '+', year = '0', rest = ''] = match;
  return `${sign}${year.padStart(4, '0')}${rest}`;
}

export function valueKey(value: DataValue): string {
  switch (value.type) {
    case 'string':
      return `s:${normaliseValueText(value.value)}`;
    case 'monolingualtext':
      return `m:${value.value.language}:${normaliseValueText(value.value.text)}`;
    case 'quantity': {
      const v = value.value;
      return `q:${decimal(v.amount)}|${v.unit}|${decimal(v.upperBound)}|${decimal(v.lowerBound)}`;
    }
    case 'time': {
      const v = value.value;
      return `t:${time(v.time)}|${v.precision}|${v.calendarmodel}|${v.timezone}|${v.before}|${v.after}`;
    }
    case 'globecoordinate': {
      const v = value.value;
      return `g:${v.latitude}|${v.longitude}|${v.precision ?? ''}|${v.globe}`;
    }
    case 'wikibase-entityid': {
      const v = value.value;
      if (v.id !== undefined) return `e:${v.id}`;
      const letter = { item: 'Q', property: 'P', lexeme: 'L' }[v['entity-type']] ?? `${v['entity-type']}:`;
      return `e:${letter}${v['numeric-id'] ?? ''}`;
    }
  }
}

/** Property, snak type and value: what makes two snaks the same (hash and datatype field aside). */
export function snakKey(snak: Snak): string {
  return snak.snaktype === 'value' ? `${snak.property}|${valueKey(snak.datavalue)}` : `${snak.property}|${snak.snaktype}`;
}

/** A set of snaks, order aside (qualifiers, a reference's snaks). */
export function snakMapKeys(map: SnakMap | undefined): string[] {
  return Object.values(map ?? {})
    .flatMap((snaks) => snaks.map(snakKey))
    .sort();
}

export function referenceKey(reference: Reference): string {
  return JSON.stringify(snakMapKeys(reference.snaks));
}

export function qualifiersKey(statement: Statement): string {
  return JSON.stringify(snakMapKeys(statement.qualifiers));
}
