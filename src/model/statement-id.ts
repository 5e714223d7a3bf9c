// Deterministic statement ids: `Q42$<uuid>` where the uuid is derived from the statement's content.
import { createHash } from 'node:crypto';
import type { ItemId } from './ids.js';
import type { Statement } from './statement.js';

/**
 * A name-based (version 5 style, SHA-1) UUID over the item id and a canonical key of the statement's
 * content, so that the same input always yields the same id and a re-import matches by id too.
 */
export function statementId(itemId: ItemId, contentKey: string): `${ItemId}$${string}` {
  const digest = createHash('sha1').update(`wbimport-statement\u0000${itemId}\u0000${contentKey}`).digest();
  digest[6] = ((digest[6] ?? 0) & 0x0f) | 0x50;
  digest[8] = ((digest[8] ?? 0) & 0x3f) | 0x80;
  const hex = digest.subarray(0, 16).toString('hex');
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  return `${itemId}$${uuid}`;
}

/** A canonical serialisation: object keys sorted, so key order in the input does not change ids. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A statement with an id: one to be added gets a deterministic one, as RDF must name every statement. */
export function namedStatement(itemId: ItemId, property: string, statement: Statement): Statement & { readonly id: string } {
  return statement.id !== undefined
    ? { ...statement, id: statement.id }
    : { ...statement, id: statementId(itemId, `${property}\u0000${canonicalJson(statement)}`) };
}
