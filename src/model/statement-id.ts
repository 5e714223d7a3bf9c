// Deterministic statement ids: `Q42$<uuid>` where the uuid is derived from the statement's content.
import { hash } from 'node:crypto';
import type { ItemId, PropertyId } from './ids.js';
import type { Statement } from './statement.js';

/**
 * A name-based (version 5 style, SHA-1) UUID over the item id and a canonical key of the statement's
 * content, so that the same input always yields the same id and a re-import matches by id too.
 */
export function statementId<I extends ItemId | PropertyId>(itemId: I, contentKey: string): `${I}$${string}` {
  const hex = hash('sha1', `wbimport-statement\u0000${itemId}\u0000${contentKey}`, 'hex');
  // Byte 6's high nibble becomes the version (5), byte 8's two high bits the variant (10): done on the hex digits.
  const variant = VARIANT_DIGITS[parseInt(hex.charAt(16), 16) & 0x3];
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return `${itemId}$${uuid}`;
}

/** The hex digit of `10xx` for each value of `xx`. */
const VARIANT_DIGITS = ['8', '9', 'a', 'b'] as const;

/** A canonical serialisation: object keys sorted, so key order in the input does not change ids. */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'string') return JSON_AS_IS.test(value) ? `"${value}"` : JSON.stringify(value);
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i += 1) {
      // As join() does, an element with no JSON form (undefined) is left empty.
      text += `${i === 0 ? '' : ','}${canonicalJson(value[i] as unknown) ?? ''}`;
    }
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = sortedKeys(record);
  let text = '{';
  for (const key of keys) {
    const v = record[key];
    if (v === undefined) continue;
    text += `${text === '{' ? '' : ','}${PLAIN_KEY.test(key) ? `"${key}"` : JSON.stringify(key)}:${canonicalJson(v)}`;
  }
  return `${text}}`;
}

/**
 * An object's own keys in the order of their UTF-16 code units, as the default sort orders them (and `<` compares):
 * by insertion for the handful of keys a value has (a fraction of the generic sort's cost), else by that sort.
 */
function sortedKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record);
  if (keys.length > 16) return keys.sort();
  for (let i = 1; i < keys.length; i += 1) {
    const key = keys[i] as string;
    let j = i - 1;
    while (j >= 0 && (keys[j] as string) > key) {
      keys[j + 1] = keys[j] as string;
      j -= 1;
    }
    keys[j + 1] = key;
  }
  return keys;
}

/**
 * Strings that JSON writes as they are, between quotes: no `"`, `\\`, control character or surrogate (JSON.stringify
 * escapes a lone one). Telling so is far cheaper than JSON.stringify on a long text.
 */
const JSON_AS_IS = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

/** Keys that JSON writes as they are, between quotes. */
const PLAIN_KEY = /^[\w-]*$/u;

/** A statement's id: its own, or for one to be added a deterministic one, as RDF must name every statement. */
export function statementIdOf(itemId: ItemId | PropertyId, property: string, statement: Statement): string {
  return statement.id ?? statementId(itemId, `${property}\u0000${canonicalJson(statement)}`);
}

/** A statement with an id: one to be added gets a deterministic one, as RDF must name every statement. */
export function namedStatement(itemId: ItemId, property: string, statement: Statement): Statement & { readonly id: string } {
  return { ...statement, id: statementIdOf(itemId, property, statement) };
}
