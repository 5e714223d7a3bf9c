// Snak::getHash() from Wikibase: the sha1 in the `hash` field of snaks, qualifiers and reference snaks.
import { hash } from 'node:crypto';
import type { SnakCore } from '../model/index.js';
import { legacyObject, legacyObjectSized, phpListSized, phpStringSized } from './php-serialize.js';
import { valueSerializationSized } from './value-hash.js';

const VALUE_SNAK = 'Wikibase\\DataModel\\Snak\\PropertyValueSnak';
const SOME_VALUE_SNAK = 'Wikibase\\DataModel\\Snak\\PropertySomeValueSnak';
const NO_VALUE_SNAK = 'Wikibase\\DataModel\\Snak\\PropertyNoValueSnak';

export function snakHash(snak: SnakCore): string {
  return hash('sha1', snakSerializationForHash(snak), 'hex');
}

/** SnakObject::getSerializationForHash(): the legacy PHP form of the snak. */
export function snakSerializationForHash(snak: SnakCore): string {
  switch (snak.snaktype) {
    case 'value':
      return legacyObjectSized(VALUE_SNAK, phpListSized([phpStringSized(snak.property), valueSerializationSized(snak.datavalue)])).text;
    // The other two serialize to the bare ID string, with no s:N:"" wrapper.
    case 'somevalue':
      return legacyObject(SOME_VALUE_SNAK, snak.property);
    case 'novalue':
      return legacyObject(NO_VALUE_SNAK, snak.property);
  }
}
