// Wikibase JSON with Wikibase's own key order (as Special:EntityData and the JSON dumps write it).
import type { DataValue, Entity, Reference, Snak, SnakMap, Statement } from '../../model/index.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Copies the named keys, in that order, leaving out those that are undefined. */
function ordered(source: object, keys: readonly string[]): { [key: string]: Json } {
  const record = source as Record<string, unknown>;
  const out: { [key: string]: Json } = {};
  for (const key of keys) if (record[key] !== undefined) out[key] = record[key] as Json;
  return out;
}

const VALUE_KEYS: Record<DataValue['type'], readonly string[]> = {
  string: [],
  monolingualtext: ['text', 'language'],
  quantity: ['amount', 'unit', 'upperBound', 'lowerBound'],
  time: ['time', 'timezone', 'before', 'after', 'precision', 'calendarmodel'],
  globecoordinate: ['latitude', 'longitude', 'altitude', 'precision', 'globe'],
  'wikibase-entityid': ['entity-type', 'numeric-id', 'id'],
};

export function serializeDataValue(dv: DataValue): { [key: string]: Json } {
  const value = typeof dv.value === 'string' ? dv.value : ordered(dv.value, VALUE_KEYS[dv.type]);
  return { value, type: dv.type };
}

export function serializeSnak(snak: Snak): { [key: string]: Json } {
  const out = ordered(snak, ['snaktype', 'property', 'hash']);
  if (snak.snaktype === 'value') out['datavalue'] = serializeDataValue(snak.datavalue);
  if (snak.datatype !== undefined) out['datatype'] = snak.datatype;
  return out;
}

function serializeSnakMap(map: SnakMap): { [key: string]: Json } {
  return Object.fromEntries(Object.entries(map).map(([p, snaks]) => [p, snaks.map(serializeSnak)]));
}

export function serializeReference(reference: Reference): { [key: string]: Json } {
  return {
    ...ordered(reference, ['hash']),
    snaks: serializeSnakMap(reference.snaks),
    'snaks-order': reference['snaks-order'],
  };
}

export function serializeStatement(statement: Statement): { [key: string]: Json } {
  const out: { [key: string]: Json } = { mainsnak: serializeSnak(statement.mainsnak), type: 'statement' };
  if (statement.qualifiers !== undefined) out['qualifiers'] = serializeSnakMap(statement.qualifiers);
  if (statement['qualifiers-order'] !== undefined) out['qualifiers-order'] = statement['qualifiers-order'];
  if (statement.id !== undefined) out['id'] = statement.id;
  out['rank'] = statement.rank;
  if (statement.references !== undefined) out['references'] = statement.references.map(serializeReference);
  return out;
}

const TERM_KEYS = ['language', 'value'] as const;
const SITELINK_KEYS = ['site', 'title', 'badges', 'url'] as const;

function mapValues<T>(map: Record<string, T>, f: (v: T) => Json): { [key: string]: Json } {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, f(v)]));
}

/** Writes the maps the entity has, and only those, so that JSON read and written again is unchanged. */
export function serializeItem(item: Entity): { [key: string]: Json } {
  const out = ordered(item, ['pageid', 'ns', 'title', 'lastrevid', 'modified', 'type', 'datatype', 'id']);
  if (item.labels !== undefined) out['labels'] = mapValues(item.labels, (t) => ordered(t, TERM_KEYS));
  if (item.descriptions !== undefined) out['descriptions'] = mapValues(item.descriptions, (t) => ordered(t, TERM_KEYS));
  if (item.aliases !== undefined) out['aliases'] = mapValues(item.aliases, (list) => list.map((t) => ordered(t, TERM_KEYS)));
  if (item.claims !== undefined) out['claims'] = mapValues(item.claims, (list) => list.map(serializeStatement));
  if (item.type === 'item' && item.sitelinks !== undefined) out['sitelinks'] = mapValues(item.sitelinks, (s) => ordered(s, SITELINK_KEYS));
  return out;
}
