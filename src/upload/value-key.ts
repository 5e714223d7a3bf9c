// Statements compared as Wikibase stores them: terms normalised, and keys for qualifiers and references built on the model's snakKey.
import { snakKey, type Reference, type SnakMap, type Statement } from '../model/index.js';

/** Wikibase trims terms (labels, descriptions, aliases) and puts them in Unicode NFC before saving them. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').trim();
}

/** A set of snaks, order aside (qualifiers, a reference's snaks). */
export function snakMapKeys(map: SnakMap | undefined): string[] {
  return Object.values(map ?? {})
    .flatMap((snaks) => snaks.map(snakKey))
    .sort();
}

export function referenceKey(reference: Reference): string {
  return JSON.stringify(snakMapKeys(reference.snaks));
}

export function qualifiersKey(statement: Statement): string {
  return JSON.stringify(snakMapKeys(statement.qualifiers));
}
