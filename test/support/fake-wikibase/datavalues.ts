// Wikibase's value validators, as the fake applies them: value type against the property's datatype, string
// limits and whitespace, time, quantity, coordinate and entity-id rules. Its own rules, never src/model's.
import { ApiError, escapeHtml, wikibaseMessage } from './api-error.js';
import { isJsonObject, type Json, type JsonObject } from './json.js';
import { isKnownLanguage } from './languages.js';
import { valueTypeOf, type WikiConfig } from './wiki-config.js';

/** What validating a value needs to know of the wiki. */
export interface ValueContext {
  readonly config: WikiConfig;
  readonly itemExists: (id: string) => boolean;
}

const WIKIDATA_ENTITY = 'http://www.wikidata.org/entity/';

/** A validator's refusal: `modification-failed` with the validator's message, as ChangeOpValidator reports it. */
export function validatorError(name: string, parameters: readonly string[], info: string, html = escapeHtml(info)): ApiError {
  return new ApiError('modification-failed', info, { messages: [wikibaseMessage(name, parameters, html)] });
}

/** MediaWiki's number formatting in English: 10000 → "10,000". */
export function formatNumber(n: number): string {
  return n.toLocaleString('en-US');
}

/** How the too-long message shows the value: cut to 29 characters and "...". */
function shortened(value: string): string {
  return [...value].length > 32 ? `${[...value].slice(0, 29).join('')}...` : value;
}

export function tooLong(limit: number, value: string, what = ''): ApiError {
  const name = what === '' ? 'wikibase-validator-too-long' : `wikibase-validator-${what.toLowerCase()}-too-long`;
  return validatorError(name, [formatNumber(limit), shortened(value)], `${what === '' ? 'Must' : `${what} must`} be no more than ${formatNumber(limit)} characters long`);
}

const malformed = (value: string): ApiError =>
  validatorError('wikibase-validator-malformed-value', [value], `Malformed input: ${value.replace(/\s+/gu, ' ').trim()}`, `Malformed input: ${escapeHtml(value)}`);

/** Wikibase's string validators: not empty, within the limit, and no leading/trailing space, tab or line break. */
function checkText(value: string, limit: number): void {
  const length = [...value].length;
  if (length < 1) throw validatorError('wikibase-validator-too-short', ['1', value], 'Must be at least 1 character long');
  if (length > limit) throw tooLong(limit, value);
  if (/^\s|[\t\n\v\f\r\u0085\u2028\u2029]|\s$/u.test(value)) throw malformed(value);
}

function fail(info: string): ApiError {
  return new ApiError('invalid-claim', info, { messages: [wikibaseMessage('wikibase-api-invalid-claim', [info], escapeHtml(info))] });
}

/**
 * The datavalue as Wikibase stores it for a snak of `property`, or the refusal. `datatype` is the property's
 * (undefined: the property does not exist).
 */
export function validateDataValue(property: string, datavalue: Json | undefined, context: ValueContext): JsonObject {
  const datatype = context.config.properties.get(property);
  if (datatype === undefined) {
    const link = `[[Property:${property}|${property}]]`;
    throw validatorError('wikibase-validator-no-such-property', [link], `Property ${link} not found`, `Property ${property} not found`);
  }
  if (!isJsonObject(datavalue) || typeof datavalue['type'] !== 'string' || !('value' in datavalue)) throw fail('A value snak needs a datavalue with a type and a value');
  const type = datavalue['type'];
  const expected = valueTypeOf(datatype) ?? datatype;
  if (type !== expected) throw validatorError('wikibase-validator-bad-value-type', [type, expected], `Bad value type ${type}, expected ${expected}`);
  const value = datavalue['value'] ?? null;
  const limits = context.config.limits;
  switch (type) {
    case 'string': {
      if (typeof value !== 'string') throw fail('A string value must be a string');
      checkText(value, datatype === 'url' ? limits.url : limits.string);
      return { value, type };
    }
    case 'monolingualtext': {
      if (!isJsonObject(value) || typeof value['text'] !== 'string' || typeof value['language'] !== 'string') throw fail('A monolingual text needs a text and a language');
      checkText(value['text'], limits.monolingualtext);
      const language = value['language'];
      if (!isKnownLanguage(language)) throw validatorError('wikibase-validator-not-a-language', [language], `"${language}" is not a known language code.`);
      return { value: { text: value['text'], language }, type };
    }
    case 'quantity':
      return { value: quantity(value, context.config.conceptBase), type };
    case 'time':
      return { value: time(value), type };
    case 'globecoordinate':
      return { value: coordinate(value), type };
    default:
      return { value: entityId(value, datatype, context), type };
  }
}

const DECIMAL = /^[+-]?(?:0|[1-9]\d*)(?:\.\d+)?$/u;

/** DecimalValue's form: always signed, `-0` as `+0`. */
function decimal(raw: Json | undefined, field: string): string {
  const text = typeof raw === 'number' ? String(raw) : raw;
  if (typeof text !== 'string' || !DECIMAL.test(text)) throw fail(`${field} must be a decimal number, got ${JSON.stringify(raw)}`);
  const signed = /^[+-]/u.test(text) ? text : `+${text}`;
  return /^-0(?:\.0+)?$/u.test(signed) ? `+${signed.slice(1)}` : signed;
}

/** Exact comparison of two signed decimal strings. */
function compareDecimal(a: string, b: string): number {
  const scale = (s: string): [bigint, number] => {
    const [whole = '0', fraction = ''] = s.slice(1).split('.');
    return [BigInt(`${s[0] === '-' ? '-' : ''}${whole}${fraction}`), fraction.length];
  };
  const [x, xs] = scale(a);
  const [y, ys] = scale(b);
  const n = Math.max(xs, ys);
  const left = x * 10n ** BigInt(n - xs);
  const right = y * 10n ** BigInt(n - ys);
  return left < right ? -1 : left > right ? 1 : 0;
}

function quantity(value: Json, conceptBase: string): JsonObject {
  if (!isJsonObject(value)) throw fail('A quantity must be an object');
  const amount = decimal(value['amount'], 'amount');
  const unit = value['unit'];
  if (typeof unit !== 'string') throw fail('A quantity needs a unit');
  if (unit !== '1' && !unit.startsWith(conceptBase)) {
    throw validatorError('wikibase-validator-not-allowed', [unit], `Illegal value: ${unit}`, `Illegal value: <a rel="nofollow" class="external free" href="${escapeHtml(unit)}">${escapeHtml(unit)}</a>`);
  }
  const out: JsonObject = { amount, unit };
  const hasUpper = value['upperBound'] !== undefined && value['upperBound'] !== null;
  const hasLower = value['lowerBound'] !== undefined && value['lowerBound'] !== null;
  if (hasUpper !== hasLower) throw fail('A quantity has both bounds or none');
  if (hasUpper && hasLower) {
    const upper = decimal(value['upperBound'], 'upperBound');
    const lower = decimal(value['lowerBound'], 'lowerBound');
    const corrupt = (text: string): ApiError => validatorError('wikibase-validator-bad-value', [text], `Data value corrupt: ${text}`, `Data value corrupt: ${escapeHtml(text)}`);
    if (compareDecimal(lower, amount) > 0) throw corrupt(`$lowerBound ${lower} must be <= $amount ${amount}`);
    if (compareDecimal(upper, amount) < 0) throw corrupt(`$upperBound ${upper} must be >= $amount ${amount}`);
    out['upperBound'] = upper;
    out['lowerBound'] = lower;
  }
  return out;
}

const TIME = /^[+-]\d{1,16}-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)Z$/u;

function time(value: Json): JsonObject {
  if (!isJsonObject(value) || typeof value['time'] !== 'string') throw fail('A time needs a time string');
  const text = value['time'];
  const precision = value['precision'];
  if (typeof precision !== 'number' || !Number.isInteger(precision) || precision < 0) throw fail('A time needs a precision');
  const calendar = value['calendarmodel'];
  if (typeof calendar !== 'string') throw fail('A time needs a calendar model');
  const match = TIME.exec(text);
  if (match === null || match.slice(3).some((part) => part !== '00')) throw malformed(text);
  if (precision > 11) throw validatorError('wikibase-validator-too-high', ['11', String(precision)], 'Out of range, must be no higher than 11');
  if ((precision >= 10 && match[1] === '00') || (precision >= 11 && match[2] === '00')) throw malformed(text);
  if (!calendar.startsWith(WIKIDATA_ENTITY)) throw validatorError('wikibase-validator-bad-prefix', [calendar], '\u29fcwikibase-validator-bad-prefix\u29fd');
  const int = (field: string): number => (typeof value[field] === 'number' ? (value[field] as number) : 0);
  return { time: text, timezone: int('timezone'), before: int('before'), after: int('after'), precision, calendarmodel: calendar };
}

function coordinate(value: Json): JsonObject {
  if (!isJsonObject(value) || typeof value['latitude'] !== 'number' || typeof value['longitude'] !== 'number') throw fail('A coordinate needs a latitude and a longitude');
  const precision = value['precision'];
  if (typeof precision !== 'number') throw validatorError('wikibase-validator-missing-field', ['precision'], 'Missing required field "precision"');
  const globe = typeof value['globe'] === 'string' ? value['globe'] : `${WIKIDATA_ENTITY}Q2`;
  if (!globe.startsWith(WIKIDATA_ENTITY)) throw validatorError('wikibase-validator-bad-prefix', [globe], '\u29fcwikibase-validator-bad-prefix\u29fd');
  return { latitude: value['latitude'], longitude: value['longitude'], altitude: null, precision, globe };
}

function entityId(value: Json, datatype: string, context: ValueContext): JsonObject {
  if (!isJsonObject(value)) throw fail('An entity id value must be an object');
  const type = datatype === 'wikibase-property' ? 'property' : 'item';
  const prefix = type === 'item' ? 'Q' : 'P';
  const given = typeof value['id'] === 'string' ? value['id'].toUpperCase() : typeof value['numeric-id'] === 'number' ? `${prefix}${value['numeric-id']}` : undefined;
  if (given === undefined || !new RegExp(`^${prefix}[1-9]\\d*$`, 'u').test(given)) throw fail(`Not an ${type} id: ${JSON.stringify(value)}`);
  const exists = type === 'item' ? context.itemExists(given) : context.config.properties.has(given);
  if (!exists) {
    const link = `[[${type === 'item' ? 'Item' : 'Property'}:${given}|${given}]]`;
    throw validatorError('wikibase-validator-no-such-entity', [link], `${link} not found`, `${given} not found`);
  }
  return { 'entity-type': type, 'numeric-id': Number(given.slice(1)), id: given };
}
