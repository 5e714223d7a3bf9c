// Statements as Wikibase stores them: read with the fake's own deserializer, every snak validated against the
// property store (datavalues.ts), GUIDs checked or made, hashes computed. Hashes come from src/hash because they
// must be Wikibase's own bytes (the replay test checks them against the recorded server); nothing is validated
// with src/model.
import { referenceHashFromSnakHashes } from '../../../src/hash/reference-hash.js';
import { snakHash } from '../../../src/hash/snak-hash.js';
import { ApiError, escapeHtml, wikibaseError, wikibaseMessage } from './api-error.js';
import { validateDataValue, type ValueContext } from './datavalues.js';
import { isJsonObject, type Json, type JsonObject } from './json.js';

/** Wikibase's StatementGuidValidator: the entity id, a dollar sign, and a UUID in either case. */
const GUID = /^([a-z][0-9]+)\$[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PROPERTY = /^P[1-9]\d*$/i;
const RANKS = ['deprecated', 'normal', 'preferred'];

export interface StatementTarget {
  readonly entityId: string;
  readonly newGuid: () => string;
  readonly values: ValueContext;
}

/**
 * The statement as Wikibase serializes it after deserializing and validating the client's: keys in Wikibase's
 * order, property ids upper-cased, `datatype` from the property store (not as sent), hashes recomputed (the
 * client's are ignored), identical snaks in one snak list kept once. `id` is the given GUID, checked, or new.
 */
export function normalizeStatement(raw: Json, target: StatementTarget): JsonObject {
  if (!isJsonObject(raw)) throw invalidClaim('A statement serialization must be an object');
  const type = raw['type'] ?? 'statement';
  if (type !== 'statement' && type !== 'claim') throw invalidClaim(`Unknown statement type: ${String(type)}`);
  const rank = raw['rank'] ?? 'normal';
  if (typeof rank !== 'string' || !RANKS.includes(rank)) throw invalidClaim(`The rank ${String(rank)} is not a valid rank.`);
  if (!isJsonObject(raw['mainsnak'])) throw invalidClaim('A statement needs a mainsnak');
  const mainsnak = readSnak(raw['mainsnak']);
  const qualifiers = readSnakMap(raw['qualifiers'] ?? {}, raw['qualifiers-order'], 'qualifiers');
  const references = raw['references'] ?? [];
  if (!Array.isArray(references)) throw invalidClaim('references must be a list');
  const readReferences = references.map((reference) => {
    if (!isJsonObject(reference)) throw invalidClaim('A reference must be an object');
    return readSnakMap(reference['snaks'] ?? {}, reference['snaks-order'], 'snaks');
  });
  const id = raw['id'] === undefined ? target.newGuid() : checkGuid(raw['id'], target.entityId);

  const out: JsonObject = { mainsnak: serializeSnak(mainsnak, target.values), type: 'statement' };
  const q = serializeSnakMap(qualifiers, target.values);
  if (q.order.length > 0) {
    out['qualifiers'] = q.map;
    out['qualifiers-order'] = q.order;
  }
  out['id'] = id;
  out['rank'] = rank;
  const refs = readReferences.map((snaks) => {
    const map = serializeSnakMap(snaks, target.values);
    const hashes = Object.values(map.map)
      .flat()
      .filter(isJsonObject)
      .map((snak) => ({ property: String(snak['property']), hash: String(snak['hash']) }));
    return { hash: referenceHashFromSnakHashes(hashes), snaks: map.map, 'snaks-order': map.order };
  });
  if (refs.length > 0) out['references'] = refs;
  return out;
}

interface Snak {
  readonly snaktype: 'value' | 'somevalue' | 'novalue';
  readonly property: string;
  readonly datavalue?: Json;
}

function readSnak(raw: Json): Snak {
  if (!isJsonObject(raw)) throw invalidClaim('A snak must be an object');
  const snaktype = raw['snaktype'];
  if (snaktype !== 'value' && snaktype !== 'somevalue' && snaktype !== 'novalue') throw invalidClaim(`Unknown snak type: ${String(snaktype)}`);
  const property = raw['property'];
  if (typeof property !== 'string' || !PROPERTY.test(property)) throw invalidClaim(`Not a property id: ${JSON.stringify(property)}`);
  return { snaktype, property: property.toUpperCase(), ...(snaktype === 'value' ? { datavalue: raw['datavalue'] ?? null } : {}) };
}

/** A snak map ({P: [snak]}) with its order (defaulting to its keys), as a flat list in that order. */
function readSnakMap(raw: Json, order: Json | undefined, what: string): Snak[] {
  if (Array.isArray(raw) && raw.length === 0) return [];
  if (!isJsonObject(raw)) throw invalidClaim(`${what} must be a map of property ids to snak lists`);
  const snaks: Snak[] = [];
  for (const list of Object.values(raw)) {
    if (!Array.isArray(list)) throw invalidClaim(`${what} must be a map of property ids to snak lists`);
    snaks.push(...list.map(readSnak));
  }
  const keys = Array.isArray(order) ? order.map((p) => String(p).toUpperCase()) : [];
  const rank = (p: string): number => (keys.includes(p) ? keys.indexOf(p) : keys.length);
  return snaks.map((snak, i) => ({ snak, i })).sort((a, b) => rank(a.snak.property) - rank(b.snak.property) || a.i - b.i).map((x) => x.snak);
}

function serializeSnak(snak: Snak, values: ValueContext): JsonObject {
  const datavalue = snak.snaktype === 'value' ? validateDataValue(snak.property, snak.datavalue, values) : undefined;
  const datatype = values.config.properties.get(snak.property);
  if (datatype === undefined) {
    const link = `[[Property:${snak.property}|${snak.property}]]`;
    throw new ApiError('modification-failed', `Property ${link} not found`, {
      messages: [wikibaseMessage('wikibase-validator-no-such-property', [link], `Property ${escapeHtml(snak.property)} not found`)],
    });
  }
  const forHash = datavalue === undefined ? {} : { datavalue: { type: String(datavalue['type']), value: datavalue['value'] ?? null } };
  const hash = snakHash({ snaktype: snak.snaktype, property: snak.property, ...forHash } as Parameters<typeof snakHash>[0]);
  const out: JsonObject = { snaktype: snak.snaktype, property: snak.property, hash };
  if (datavalue !== undefined) out['datavalue'] = datavalue;
  out['datatype'] = datatype;
  return out;
}

/** Snaks grouped by property in first-appearance order, duplicates (same hash) dropped. */
function serializeSnakMap(snaks: readonly Snak[], values: ValueContext): { map: JsonObject; order: string[] } {
  const groups = new Map<string, JsonObject[]>();
  const seen = new Set<string>();
  for (const snak of snaks) {
    const serialized = serializeSnak(snak, values);
    const hash = String(serialized['hash']);
    if (seen.has(hash)) continue;
    seen.add(hash);
    groups.set(snak.property, [...(groups.get(snak.property) ?? []), serialized]);
  }
  return { map: Object.fromEntries(groups), order: [...groups.keys()] };
}

function checkGuid(guid: Json, entityId: string): string {
  const match = typeof guid === 'string' ? GUID.exec(guid) : null;
  if (!match || typeof guid !== 'string') throw modificationFailed('Statement GUID can not be parsed');
  if (match[1]?.toUpperCase() !== entityId) throw modificationFailed('Statement GUID invalid for given entity');
  return guid;
}

/** Plain JSON of any parsed value (absent fields dropped). */
export function toJson(value: unknown): Json {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('numbers must be finite');
    return value;
  }
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    const out: JsonObject = {};
    for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = toJson(v);
    return out;
  }
  throw new Error(`not JSON: ${typeof value}`);
}

export const invalidClaim = (info: string): ApiError => wikibaseError('invalid-claim', info, 'wikibase-api-invalid-claim', [info]);
export const modificationFailed = (info: string): ApiError => wikibaseError('modification-failed', info, 'wikibase-api-modification-failed', [info]);

export function statementProperty(statement: JsonObject): string {
  const mainsnak = statement['mainsnak'];
  return isJsonObject(mainsnak) ? String(mainsnak['property']) : '';
}
