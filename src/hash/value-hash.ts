// DataValue::getHash() from Wikibase's PHP libraries: the md5 that names RDF value nodes (wdv:<hash>).
import { hash } from 'node:crypto';
import {
  byteLength,
  legacyObject,
  phpFloatToString,
  phpJsonEncode,
  phpList,
  phpSprintfE16,
  phpString,
} from './php-serialize.js';

/** A datavalue as it appears in Wikibase JSON; `type` decides how `value` is read. */
export interface DataValueJson {
  readonly type: string;
  readonly value: unknown;
}

const STRING_VALUE = 'DataValues\\StringValue';
const MONOLINGUAL_TEXT_VALUE = 'DataValues\\MonolingualTextValue';
const TIME_VALUE = 'DataValues\\TimeValue';
const GLOBE_COORDINATE_VALUE = 'DataValues\\Geo\\Values\\GlobeCoordinateValue';
const DECIMAL_VALUE = 'DataValues\\DecimalValue';
const QUANTITY_VALUE = 'DataValues\\QuantityValue';
const UNBOUNDED_QUANTITY_VALUE = 'DataValues\\UnboundedQuantityValue';
const ENTITY_ID_VALUE = 'Wikibase\\DataModel\\Entity\\EntityIdValue';
const GLOBE_EARTH = 'http://www.wikidata.org/entity/Q2';

/** The PHP class of each entity ID type; the hash spells it out. */
const ENTITY_ID_CLASSES: Readonly<Record<string, string>> = {
  item: 'Wikibase\\DataModel\\Entity\\ItemId',
  property: 'Wikibase\\DataModel\\Entity\\NumericPropertyId',
  lexeme: 'Wikibase\\Lexeme\\Domain\\Model\\LexemeId',
  form: 'Wikibase\\Lexeme\\Domain\\Model\\FormId',
  sense: 'Wikibase\\Lexeme\\Domain\\Model\\SenseId',
  mediainfo: 'Wikibase\\MediaInfo\\DataModel\\MediaInfoId',
};

export function valueHash(datavalue: DataValueJson): string {
  // GlobeCoordinateValue overrides getHash() with a plain string of its fields.
  if (datavalue.type === 'globecoordinate') {
    const g = readGlobe(datavalue.value);
    const precision = g.precision === null ? '' : phpFloatToString(g.precision);
    return md5(`${phpFloatToString(g.latitude)}|${phpFloatToString(g.longitude)}|${precision}|${g.globe}`);
  }
  return md5(valueSerializationForHash(datavalue));
}

/**
 * Serializations already made, by datavalue object: the snak hash (when an entity is built) and the value node's
 * name (when it is written) hash the same serialization. Values are never changed once made, so the object is the key.
 */
const serialized = new WeakMap<DataValueJson, string>();

/** getSerializationForHash() of the value: what snak hashes embed. */
export function valueSerializationForHash(datavalue: DataValueJson): string {
  let text = serialized.get(datavalue);
  if (text === undefined) {
    text = serialize(datavalue);
    serialized.set(datavalue, text);
  }
  return text;
}

function serialize(datavalue: DataValueJson): string {
  const v = datavalue.value;
  switch (datavalue.type) {
    case 'string':
      return legacyObject(STRING_VALUE, expectString(v, 'string value'));
    case 'monolingualtext': {
      const r = expectRecord(v, 'monolingualtext value');
      const language = expectString(r['language'], 'language');
      if (language === '') throw new Error('monolingualtext language must not be empty');
      return legacyObject(MONOLINGUAL_TEXT_VALUE, phpList([phpString(language), phpString(expectString(r['text'], 'text'))]));
    }
    case 'wikibase-entityid': {
      const { className, id } = readEntityId(v);
      return legacyObject(ENTITY_ID_VALUE, legacyObject(className, id));
    }
    case 'time':
      return legacyObject(TIME_VALUE, timeJson(v));
    case 'globecoordinate': {
      const g = readGlobe(v);
      return legacyObject(GLOBE_COORDINATE_VALUE, phpJsonEncode([g.latitude, g.longitude, null, g.precision, g.globe]));
    }
    case 'quantity':
      return quantitySerialization(v);
    default:
      throw new Error(`no known hash for datavalue type "${datavalue.type}"`);
  }
}

function md5(s: string): string {
  return hash('md5', s, 'hex');
}

// --- reading the JSON the way the PHP constructors accept it ---------------------------

function expectRecord(v: unknown, what: string): Readonly<Record<string, unknown>> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error(`${what} must be an object`);
  return v as Record<string, unknown>;
}

function expectString(v: unknown, what: string): string {
  if (typeof v !== 'string') throw new Error(`${what} must be a string`);
  return v;
}

function expectInt(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw new Error(`${what} must be an integer`);
  return v;
}

function expectNumber(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${what} must be a number`);
  return v;
}

function readEntityId(v: unknown): { className: string; id: string } {
  const r = expectRecord(v, 'wikibase-entityid value');
  const declared = r['entity-type'];
  let id: string;
  let type: string;
  if (typeof r['id'] === 'string') {
    id = r['id'];
    type = typeof declared === 'string' ? declared : entityTypeOf(id);
  } else {
    // LegacyIdInterpreter: only items and properties can be built from a number.
    type = expectString(declared, 'entity-type');
    const prefix = type === 'item' ? 'Q' : type === 'property' ? 'P' : undefined;
    if (prefix === undefined) throw new Error(`cannot build a ${type} ID from numeric-id`);
    id = prefix + numericId(r['numeric-id']);
  }
  const className = ENTITY_ID_CLASSES[type];
  if (className === undefined) throw new Error(`no known PHP class for entity type "${type}"`);
  // ItemId, NumericPropertyId and LexemeId upper-case what they are given.
  if (type === 'item' || type === 'property' || type === 'lexeme') id = id.toUpperCase();
  return { className, id };
}

/** PHP concatenates whatever is_numeric() accepts; whole numbers and digit strings are the sane subset. */
function numericId(v: unknown): string {
  if (typeof v === 'string' && /^[1-9]\d*$/.test(v)) return v;
  return String(expectInt(v, 'numeric-id'));
}

function entityTypeOf(id: string): string {
  if (/^L\d+-F\d+$/i.test(id)) return 'form';
  if (/^L\d+-S\d+$/i.test(id)) return 'sense';
  const byPrefix: Readonly<Record<string, string>> = { Q: 'item', P: 'property', L: 'lexeme', M: 'mediainfo' };
  const type = byPrefix[id.charAt(0).toUpperCase()];
  if (type === undefined) throw new Error(`cannot tell the entity type of "${id}"`);
  return type;
}

/** TimeValue checks and normalizes its timestamp; the hash sees the normalized form. */
function timeJson(v: unknown): string {
  const r = expectRecord(v, 'time value');
  const timezone = expectInt(r['timezone'], 'timezone');
  const before = expectInt(r['before'], 'before');
  const after = expectInt(r['after'], 'after');
  const precision = expectInt(r['precision'], 'precision');
  const calendar = expectString(r['calendarmodel'], 'calendarmodel');
  if (timezone < -12 * 3600 || timezone > 14 * 3600) throw new Error('timezone out of allowed bounds');
  if (before < 0 || after < 0) throw new Error('before and after must be unsigned');
  if (precision < 0 || precision > 14) throw new Error('precision out of allowed bounds');
  if (calendar === '') throw new Error('calendarmodel must not be empty');
  const timestamp = normalizeTimestamp(expectString(r['time'], 'time'));
  return phpJsonEncode([timestamp, timezone, before, after, precision, calendar]);
}

function normalizeTimestamp(time: string): string {
  // PHP's `$` also matches before a final newline, which the rebuilt string then drops.
  const m = /^([-+])(\d{1,16})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)Z\n?$/.exec(time);
  if (m === null) throw new Error(`timestamp must resemble ISO 8601, given ${time}`);
  const [, sign = '', year = '', month = '', day = '', hour = '', minute = '', second = ''] = m;
  const [mo, d, h, mi, s] = [month, day, hour, minute, second].map(Number) as [number, number, number, number, number];
  if (mo > 12 || d > 31 || h > 23 || mi > 59 || s > 61) throw new Error(`time field out of bounds in ${time}`);
  if (mo < 1 && d > 0) throw new Error('cannot have a day with no month');
  if (d < 1 && (h > 0 || mi > 0 || s > 0)) throw new Error('cannot have hour, minute or second with no day');
  const paddedYear = year.replace(/^0+/, '').padStart(4, '0');
  return `${sign}${paddedYear}-${month}-${day}T${hour}:${minute}:${second}Z`;
}

interface Globe {
  readonly latitude: number;
  readonly longitude: number;
  readonly precision: number | null;
  readonly globe: string;
}

function readGlobe(v: unknown): Globe {
  const r = expectRecord(v, 'globecoordinate value');
  const rawPrecision = r['precision'];
  const rawGlobe = r['globe'];
  const globe = rawGlobe === undefined || rawGlobe === null ? GLOBE_EARTH : expectString(rawGlobe, 'globe');
  if (globe === '') throw new Error('globe must not be empty');
  return {
    // PHP reads a JSON "-0" as int 0, which becomes +0.0, so a signed zero cannot survive.
    latitude: expectNumber(r['latitude'], 'latitude') + 0,
    longitude: expectNumber(r['longitude'], 'longitude') + 0,
    precision: rawPrecision === undefined || rawPrecision === null ? null : expectNumber(rawPrecision, 'precision') + 0,
    globe,
  };
}

function quantitySerialization(v: unknown): string {
  const r = expectRecord(v, 'quantity value');
  const amount = decimalSerialization(r['amount'], 'amount');
  const unit = expectString(r['unit'], 'unit');
  if (unit === '') throw new Error('unit must not be empty; use "1" for unit-less quantities');
  const upper = r['upperBound'];
  const lower = r['lowerBound'];
  const hasUpper = upper !== undefined && upper !== null;
  const hasLower = lower !== undefined && lower !== null;
  if (!hasUpper && !hasLower) {
    return legacyObject(UNBOUNDED_QUANTITY_VALUE, phpList([amount, phpString(unit)]));
  }
  if (!hasUpper || !hasLower) throw new Error('a quantity needs both bounds or neither');
  return legacyObject(
    QUANTITY_VALUE,
    phpList([amount, phpString(unit), decimalSerialization(upper, 'upperBound'), decimalSerialization(lower, 'lowerBound')]),
  );
}

function decimalSerialization(raw: unknown, what: string): string {
  return legacyObject(DECIMAL_VALUE, phpString(normalizeDecimal(raw, what)));
}

/** DecimalValue's constructor: trimmed, explicitly signed, and zero is always positive. */
export function normalizeDecimal(raw: unknown, what: string): string {
  let value: string;
  if (typeof raw === 'number') value = decimalFromNumber(raw);
  else value = expectString(raw, what).replace(/^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g, '');
  if (value !== '' && value.charAt(0) !== '-' && value.charAt(0) !== '+') value = '+' + value;
  if (byteLength(value) > 127) throw new Error(`${what} must be at most 127 characters long`);
  if (!/^[-+]([1-9]\d*|\d)(\.\d+)?$/.test(value)) throw new Error(`"${value}" is not a well formed decimal value`);
  if (/^[-+]0+(\.0+)?$/.test(value)) value = '+' + value.slice(1);
  return value;
}

/** DecimalValue::convertToDecimal, for JSON that carries a bare number instead of a string. */
function decimalFromNumber(n: number): string {
  const { mantissa, exponent } = phpSprintfE16(Math.abs(n));
  let [before = '', after = ''] = mantissa.split('.');
  if (exponent < 0) {
    before = '0'.repeat(-exponent - before.length + 1) + before;
    const at = before.length + exponent;
    before = `${before.slice(0, at)}.${before.slice(at)}`;
  } else {
    if (exponent > after.length) after += '0'.repeat(exponent - after.length);
    after = `${after.slice(0, exponent)}.${after.slice(exponent)}`;
  }
  return (n < 0 ? '-' : '+') + before + after.replace(/0+$/, '').replace(/\.+$/, '');
}
