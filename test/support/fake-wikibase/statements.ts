// Statements as Wikibase stores them: validated against the model, GUIDs checked or made, snak hashes recomputed.
import { referenceHashFromSnakHashes } from '../../../src/hash/reference-hash.js';
import { snakHash } from '../../../src/hash/snak-hash.js';
import { StatementSchema, type Snak, type SnakMap, type Statement } from '../../../src/model/index.js';
import { ApiError, wikibaseError } from './api-error.js';
import { isJsonObject, type Json, type JsonObject } from './json.js';

/** Wikibase's StatementGuidValidator: the entity id, a dollar sign, and a UUID in either case. */
const GUID = /^([a-z][0-9]+)\$[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The statement as Wikibase would serialize it after deserializing the client's: keys in Wikibase's order,
 * property ids upper-cased, every `hash` recomputed (the client's are ignored, as Wikibase ignores them),
 * identical snaks in one snak list kept once, and `datatype` kept as sent (the fake has no properties to look
 * it up). `id` is the given GUID, checked against the entity, or a new one.
 */
export function normalizeStatement(raw: Json, entityId: string, newGuid: () => string): JsonObject {
  if (!isJsonObject(raw)) throw invalidClaim('A statement serialization must be an object');
  const type = raw['type'] ?? 'statement';
  if (type !== 'statement' && type !== 'claim') throw invalidClaim(`Unknown statement type: ${String(type)}`);
  // Wikibase's deserializers default the rank, and the orders to the keys of the snak maps.
  const withOrder = (r: Json): Json =>
    isJsonObject(r) && r['snaks-order'] === undefined && isJsonObject(r['snaks']) ? { ...r, 'snaks-order': Object.keys(r['snaks']) } : r;
  const references = Array.isArray(raw['references']) ? raw['references'].map(withOrder) : raw['references'];
  const parsed = StatementSchema.safeParse({
    ...raw,
    type: 'statement',
    rank: raw['rank'] ?? 'normal',
    ...(references === undefined ? {} : { references }),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw invalidClaim(`Invalid statement serialization${where}: ${issue?.message ?? 'malformed'}`);
  }
  const statement = parsed.data;
  const id = statement.id === undefined ? newGuid() : checkGuid(statement.id, entityId);
  try {
    return serializeStatement(statement, id);
  } catch (error) {
    throw invalidClaim(error instanceof Error ? error.message : String(error));
  }
}

function checkGuid(guid: string, entityId: string): string {
  const match = GUID.exec(guid);
  if (!match) throw modificationFailed('Statement GUID can not be parsed');
  if (match[1]?.toUpperCase() !== entityId) throw modificationFailed('Statement GUID invalid for given entity');
  return guid;
}

function serializeStatement(statement: Statement, id: string): JsonObject {
  const out: JsonObject = { mainsnak: serializeSnak(statement.mainsnak), type: 'statement' };
  const qualifiers = serializeSnakMap(statement.qualifiers ?? {}, statement['qualifiers-order'] ?? []);
  if (qualifiers.order.length > 0) {
    out['qualifiers'] = qualifiers.map;
    out['qualifiers-order'] = qualifiers.order;
  }
  out['id'] = id;
  out['rank'] = statement.rank;
  const references = (statement.references ?? []).map((reference) => {
    const snaks = serializeSnakMap(reference.snaks, reference['snaks-order']);
    const hashes = Object.values(snaks.map)
      .flat()
      .filter(isJsonObject)
      .map((snak) => ({ property: String(snak['property']), hash: String(snak['hash']) }));
    return { hash: referenceHashFromSnakHashes(hashes), snaks: snaks.map, 'snaks-order': snaks.order };
  });
  if (references.length > 0) out['references'] = references;
  return out;
}

function serializeSnak(snak: Snak): JsonObject {
  const property = snak.property.toUpperCase();
  const datavalue = snak.snaktype === 'value' ? normalizeDataValue(toJson(snak.datavalue)) : undefined;
  const forHash = datavalue === undefined ? {} : { datavalue: { type: String(datavalue['type']), value: datavalue['value'] ?? null } };
  const hash = snakHash({ snaktype: snak.snaktype, property, ...forHash });
  const out: JsonObject = { snaktype: snak.snaktype, property, hash };
  if (datavalue !== undefined) out['datavalue'] = datavalue;
  if (snak.datatype !== undefined) out['datatype'] = snak.datatype;
  return out;
}

/** Snaks regrouped by their own property, groups in the given order then first appearance, duplicates dropped. */
function serializeSnakMap(map: SnakMap, order: readonly string[]): { map: JsonObject; order: string[] } {
  const groups = new Map<string, JsonObject[]>();
  const seen = new Set<string>();
  const keys = [...new Set([...order.map((p) => p.toUpperCase()), ...Object.keys(map).map((p) => p.toUpperCase())])];
  const snaks = Object.values(map).flat();
  for (const key of keys) {
    for (const snak of snaks) {
      if (snak.property.toUpperCase() !== key) continue;
      const serialized = serializeSnak(snak);
      const hash = String(serialized['hash']);
      if (seen.has(hash)) continue;
      seen.add(hash);
      groups.set(key, [...(groups.get(key) ?? []), serialized]);
    }
  }
  return { map: Object.fromEntries(groups), order: [...groups.keys()] };
}

/** Entity id values carry `numeric-id` and `id` both, as Wikibase serializes them. */
function normalizeDataValue(value: Json): JsonObject {
  if (!isJsonObject(value)) throw new Error('datavalue must be an object');
  const inner = value['value'];
  if (value['type'] !== 'wikibase-entityid' || !isJsonObject(inner)) return value;
  const entityType = String(inner['entity-type']);
  const prefix = entityType === 'item' ? 'Q' : entityType === 'property' ? 'P' : undefined;
  const numericId = inner['numeric-id'];
  const id =
    typeof inner['id'] === 'string'
      ? inner['id'].toUpperCase()
      : prefix !== undefined && numericId !== undefined
        ? `${prefix}${String(numericId)}`
        : undefined;
  if (id === undefined) throw new Error(`cannot tell the id of a ${entityType} value`);
  const numeric = Number(id.slice(1));
  const withNumber = Number.isSafeInteger(numeric) ? { 'numeric-id': numeric } : {};
  return { value: { 'entity-type': entityType, ...withNumber, id }, type: 'wikibase-entityid' };
}

/** zod's output as plain JSON (absent optional fields dropped). */
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

export const invalidClaim = (info: string): ApiError => wikibaseError('invalid-claim', info);
export const modificationFailed = (info: string): ApiError => wikibaseError('modification-failed', info);

export function statementProperty(statement: JsonObject): string {
  const mainsnak = statement['mainsnak'];
  return isJsonObject(mainsnak) ? String(mainsnak['property']) : '';
}
