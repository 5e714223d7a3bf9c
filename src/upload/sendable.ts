// Statements as wbeditentity takes them: hashes left for Wikibase to compute, our own statement ids left out.
import type { Reference, Snak, SnakMap, Statement } from '../model/index.js';

export function sendableSnak(snak: Snak): Snak {
  const { hash: _hash, ...rest } = snak;
  return rest;
}

export function sendableSnakMap(map: SnakMap): SnakMap {
  return Object.fromEntries(Object.entries(map).map(([p, snaks]) => [p, snaks.map(sendableSnak)])) as SnakMap;
}

export function sendableReference(reference: Reference): Reference {
  return { snaks: sendableSnakMap(reference.snaks), 'snaks-order': reference['snaks-order'] };
}

/**
 * A statement to send. Without `id` it is added and Wikibase gives it a GUID (ours name statements in our RDF;
 * matching is by value, so they are not needed to find a statement again); with `id` it replaces that statement.
 */
export function sendableStatement(statement: Statement, id?: string): Statement {
  const { id: _id, qualifiers, references, 'qualifiers-order': order, ...rest } = statement;
  const hasQualifiers = qualifiers !== undefined && Object.keys(qualifiers).length > 0;
  return {
    ...(id === undefined ? {} : { id }),
    ...rest,
    mainsnak: sendableSnak(statement.mainsnak),
    ...(hasQualifiers ? { qualifiers: sendableSnakMap(qualifiers), 'qualifiers-order': order ?? Object.keys(qualifiers) } : {}),
    ...(references !== undefined && references.length > 0 ? { references: references.map(sendableReference) } : {}),
  } as Statement;
}
