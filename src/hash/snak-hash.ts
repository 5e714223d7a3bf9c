// Snak::getHash() from Wikibase: the sha1 in the `hash` field of snaks, qualifiers and reference snaks.
import { hash } from 'node:crypto';
import { legacyObject, phpList, phpString } from './php-serialize.js';
import { valueSerializationForHash, type DataValueJson } from './value-hash.js';

export interface SnakJson {
  readonly snaktype: 'value' | 'somevalue' | 'novalue';
  readonly property: string;
  readonly datavalue?: DataValueJson;
}

const VALUE_SNAK = 'Wikibase\\DataModel\\Snak\\PropertyValueSnak';
const SOME_VALUE_SNAK = 'Wikibase\\DataModel\\Snak\\PropertySomeValueSnak';
const NO_VALUE_SNAK = 'Wikibase\\DataModel\\Snak\\PropertyNoValueSnak';

export function snakHash(snak: SnakJson): string {
  return hash('sha1', snakSerializationForHash(snak), 'hex');
}

/** SnakObject::getSerializationForHash(): the legacy PHP form of the snak. */
export function snakSerializationForHash(snak: SnakJson): string {
  const property = normalizePropertyId(snak.property);
  switch (snak.snaktype) {
    case 'value': {
      if (snak.datavalue === undefined) throw new Error(`value snak on ${property} has no datavalue`);
      return legacyObject(VALUE_SNAK, phpList([phpString(property), valueSerializationForHash(snak.datavalue)]));
    }
    // The other two serialize to the bare ID string, with no s:N:"" wrapper.
    case 'somevalue':
      return legacyObject(SOME_VALUE_SNAK, property);
    case 'novalue':
      return legacyObject(NO_VALUE_SNAK, property);
    default:
      throw new Error(`unknown snaktype ${String((snak as { snaktype: unknown }).snaktype)}`);
  }
}

/** NumericPropertyId upper-cases its ID, so "p7" and "P7" hash alike. */
function normalizePropertyId(property: string): string {
  if (!/^P[1-9]\d{0,9}$/i.test(property)) throw new Error(`not a property ID: "${property}"`);
  return property.toUpperCase();
}
