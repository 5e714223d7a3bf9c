// DataValue::getHash() from Wikibase's PHP libraries: the md5 that names RDF value nodes (wdv:<hash>).
import { hash } from 'node:crypto';
import {
  canonicalAngle,
  canonicalDecimal,
  canonicalTimestamp,
  entityIdOf,
  valueKey,
  type DataValue,
  type EntityIdValue,
  type GlobeCoordinateValue,
  type QuantityValue,
} from '../model/index.js';
import {
  legacyObject,
  legacyObjectSized,
  phpFloatToString,
  phpJsonEncode,
  phpList,
  phpListSized,
  phpString,
  phpStringSized,
  sized,
  type Sized,
} from './php-serialize.js';
import { memoBy } from '../util/memo.js';

const STRING_VALUE = 'DataValues\\StringValue';
const MONOLINGUAL_TEXT_VALUE = 'DataValues\\MonolingualTextValue';
const TIME_VALUE = 'DataValues\\TimeValue';
const GLOBE_COORDINATE_VALUE = 'DataValues\\Geo\\Values\\GlobeCoordinateValue';
const DECIMAL_VALUE = 'DataValues\\DecimalValue';
const QUANTITY_VALUE = 'DataValues\\QuantityValue';
const UNBOUNDED_QUANTITY_VALUE = 'DataValues\\UnboundedQuantityValue';
const ENTITY_ID_VALUE = 'Wikibase\\DataModel\\Entity\\EntityIdValue';

/** The PHP class of each entity ID type; the hash spells it out. */
const ENTITY_ID_CLASSES: Readonly<Record<EntityType, string>> = {
  item: 'Wikibase\\DataModel\\Entity\\ItemId',
  property: 'Wikibase\\DataModel\\Entity\\NumericPropertyId',
  lexeme: 'Wikibase\\Lexeme\\Domain\\Model\\LexemeId',
  form: 'Wikibase\\Lexeme\\Domain\\Model\\FormId',
  sense: 'Wikibase\\Lexeme\\Domain\\Model\\SenseId',
  mediainfo: 'Wikibase\\MediaInfo\\DataModel\\MediaInfoId',
};

type EntityType = 'item' | 'property' | 'lexeme' | 'form' | 'sense' | 'mediainfo';

/**
 * The hash of a value the model accepts: the model refuses what Wikibase's value classes refuse, so every value it
 * takes has a hash, and the normalizations PHP applies first are the model's definition of the same value.
 */
export function valueHash(datavalue: DataValue): string {
  return datavalue.type === 'time' ? dateHash(datavalue) : hashOf(datavalue);
}

/**
 * Dates repeat from item to item (a few thousand days cover a decade): their hashes are kept by the model's key of
 * the value, which is equal exactly when the canonical parts hashed are (see `valueKey`). Amounts rarely repeat, and
 * keeping them would only churn the table.
 */
const dateHash = memoBy('hash.date-hash', valueKey, hashOf, { max: 8192 });

function hashOf(datavalue: DataValue): string {
  // GlobeCoordinateValue overrides getHash() with a plain string of its fields.
  if (datavalue.type === 'globecoordinate') {
    const g = globe(datavalue.value);
    const precision = g.precision === null ? '' : phpFloatToString(g.precision);
    return md5(`${phpFloatToString(g.latitude)}|${phpFloatToString(g.longitude)}|${precision}|${g.globe}`);
  }
  return md5(valueSerializationForHash(datavalue));
}

/** getSerializationForHash() of the value: what snak hashes embed, and what the value's own hash is over. */
export function valueSerializationForHash(datavalue: DataValue): string {
  return valueSerializationSized(datavalue).text;
}

/**
 * The same with its length in bytes, which the snak's serialization states: strings are measured once, as they are
 * wrapped; the other values are short, and measured whole.
 */
export function valueSerializationSized(datavalue: DataValue): Sized {
  switch (datavalue.type) {
    case 'string':
      return legacyObjectSized(STRING_VALUE, sized(datavalue.value));
    case 'monolingualtext': {
      const { language, text } = datavalue.value;
      return legacyObjectSized(MONOLINGUAL_TEXT_VALUE, phpListSized([phpStringSized(language), phpStringSized(text)]));
    }
    default:
      return sized(serialize(datavalue));
  }
}

function serialize(datavalue: Exclude<DataValue, { readonly type: 'string' | 'monolingualtext' }>): string {
  switch (datavalue.type) {
    case 'wikibase-entityid':
      return legacyObject(ENTITY_ID_VALUE, entityIdSerialization(datavalue.value));
    case 'time': {
      // TimeValue normalizes its timestamp; the hash sees the normalized form.
      const t = datavalue.value;
      const fields = [canonicalTimestamp(t.time), t.timezone, t.before, t.after, t.precision, t.calendarmodel];
      return legacyObject(TIME_VALUE, phpJsonEncode(fields));
    }
    case 'globecoordinate': {
      const g = globe(datavalue.value);
      return legacyObject(GLOBE_COORDINATE_VALUE, phpJsonEncode([g.latitude, g.longitude, null, g.precision, g.globe]));
    }
    case 'quantity':
      return quantitySerialization(datavalue.value);
  }
}

function md5(s: string): string {
  return hash('md5', s, 'hex');
}

function entityIdSerialization(value: EntityIdValue['value']): string {
  // The schema takes only the entity types named in ENTITY_ID_CLASSES.
  const className = ENTITY_ID_CLASSES[value['entity-type'] as EntityType];
  return legacyObject(className, entityIdOf(value));
}

/** PHP reads a JSON "-0" as int 0, which becomes +0.0, so a signed zero cannot survive; the altitude is dropped. */
function globe(v: GlobeCoordinateValue['value']): Omit<GlobeCoordinateValue['value'], 'altitude'> {
  return {
    latitude: canonicalAngle(v.latitude),
    longitude: canonicalAngle(v.longitude),
    precision: v.precision === null ? null : canonicalAngle(v.precision),
    globe: v.globe,
  };
}

function quantitySerialization(q: QuantityValue['value']): string {
  const amount = decimalSerialization(q.amount);
  if (q.upperBound === undefined || q.lowerBound === undefined) {
    // The schema takes both bounds or neither.
    return legacyObject(UNBOUNDED_QUANTITY_VALUE, phpList([amount, phpString(q.unit)]));
  }
  return legacyObject(
    QUANTITY_VALUE,
    phpList([amount, phpString(q.unit), decimalSerialization(q.upperBound), decimalSerialization(q.lowerBound)]),
  );
}

/** DecimalValue's constructor: explicitly signed (the schema sees to that) and zero always positive. */
function decimalSerialization(decimal: string): string {
  return legacyObject(DECIMAL_VALUE, phpString(canonicalDecimal(decimal)));
}
