// What Wikibase writes about a property beyond its terms and statements: its datatype, the predicates it names, their
// OWL declarations and the `wdno:` class of its "no value" snaks.
import { hash } from 'node:crypto';
import type { IdentifiedProperty } from '../../model/index.js';
import type { EntityTerms } from './entity-terms.js';
import type { RdfTerms } from './rdf-terms.js';
import { WIKIBASE } from './vocabulary.js';

/** Datatypes whose values are IRIs (Wikibase's `rdf-data-type`: ObjectProperty); the others' are literals. */
const OBJECT_DATATYPES = new Set([
  'wikibase-item',
  'wikibase-property',
  'url',
  'commonsMedia',
  'geo-shape',
  'tabular-data',
  'wikibase-lexeme',
  'wikibase-form',
  'wikibase-sense',
]);

/** Datatypes with normalized predicates, and what their normalized direct claim holds. */
const NORMALIZED: Readonly<Record<string, 'object' | 'datatype'>> = { 'external-id': 'object', quantity: 'datatype' };

/** `wikibase:CommonsMedia` for `commonsMedia`, `wikibase:WikibaseItem` for `wikibase-item`: each word capitalised. */
export function datatypeIri(datatype: string): string {
  return `${WIKIBASE}${datatype.replace(/(^|-)(.)/gu, (_, __: string, c: string) => c.toUpperCase()).replace(/\W+/gu, '')}`;
}

/** A stable label for the blank node of a property's `wdno:` class, so that output is deterministic. */
export function novalueRestrictionLabel(id: string): string {
  return hash('md5', `owl:complementOf-${id}`, 'hex');
}

/**
 * A property's own triples go to `own` (its datatype and predicate links, on the entity), the declarations of its
 * predicates and its `wdno:` class to `decls` (other subjects, so that Turtle groups each subject once).
 */
export function propertyTriples<T>(own: T[], decls: T[], entity: T, property: IdentifiedProperty, t: RdfTerms<T>, e: EntityTerms<T>): void {
  const s = t.syntax;
  const v = t.vocabulary;
  const id = property.id;
  const p = t.property(id);
  const [direct, statementProp, qualifier, referenceProp] = p.simple;
  const [, statementValue, qualifierValue, referenceValue] = p.value;
  own.push(entity, e.propertyType, s.iri(datatypeIri(property.datatype)));
  own.push(entity, e.directClaim, direct, entity, e.claim, p.claim, entity, e.statementProperty, statementProp);
  own.push(entity, e.statementValue, statementValue, entity, e.qualifier, qualifier, entity, e.qualifierValue, qualifierValue);
  own.push(entity, e.reference, referenceProp, entity, e.referenceValue, referenceValue, entity, e.novalue, p.novalue);
  const normalized = NORMALIZED[property.datatype];
  const norm = normalized === undefined ? null : {
    direct: s.name(v.directNormalized, id),
    statement: s.name(v.statementValueNormalized, id),
    qualifier: s.name(v.qualifierValueNormalized, id),
    reference: s.name(v.referenceValueNormalized, id),
  };
  if (norm !== null) {
    own.push(entity, e.directClaimNormalized, norm.direct, entity, e.statementValueNormalized, norm.statement);
    own.push(entity, e.qualifierValueNormalized, norm.qualifier, entity, e.referenceValueNormalized, norm.reference);
  }
  const type = t.type;
  const kind = OBJECT_DATATYPES.has(property.datatype) ? e.objectProperty : e.datatypeProperty;
  for (const predicate of [p.claim, statementValue, qualifierValue, referenceValue]) decls.push(predicate, type, e.objectProperty);
  for (const predicate of [direct, statementProp, qualifier, referenceProp]) decls.push(predicate, type, kind);
  if (norm !== null) {
    for (const predicate of [norm.statement, norm.qualifier, norm.reference]) decls.push(predicate, type, e.objectProperty);
    decls.push(norm.direct, type, normalized === 'object' ? e.objectProperty : e.datatypeProperty);
  }
  const restriction = s.blank(novalueRestrictionLabel(id));
  decls.push(p.novalue, type, e.owlClass, p.novalue, e.complementOf, restriction);
  decls.push(restriction, type, e.restriction, restriction, e.onProperty, direct, restriction, e.someValuesFrom, e.thing);
}
