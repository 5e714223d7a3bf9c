// Full statements: the statement node with rank, main value, qualifiers, references and value nodes.
import { hash as digest } from 'node:crypto';
import { referenceHash } from '../../hash/reference-hash.js';
import type { PropertyId, Reference, Snak, Statement } from '../../model/index.js';
import { MAIN, QUALIFIER, REFERENCE, TRUTHY, type RdfTerms, type SnakRole } from './rdf-terms.js';
import { LANGUAGE_TAG } from './syntax/escape.js';
import { hasValueNode, simpleValue, valueNodeName, valueNodeTriples } from './values/index.js';

export interface StatementContext<T> {
  readonly terms: RdfTerms<T>;
  readonly datatypeOf: (property: PropertyId, snak: Snak) => string | undefined;
  /** Value and reference nodes already written for this entity (by IRI): each is written once. */
  readonly written: Set<string>;
  /** Tells what RDF cannot say (a language tag or an IRI that is none); the triple is left out. */
  readonly report: (detail: string) => void;
}

/** Wikibase names statement nodes by their GUID with every character outside [A-Za-z0-9_-] made a `-`. */
export function statementNodeName(id: string): string {
  // Most ids are `Q42$<uuid>`: one `$` to replace.
  const dollar = id.indexOf('$');
  const once = dollar < 0 ? id : `${id.slice(0, dollar)}-${id.slice(dollar + 1)}`;
  return NODE_NAME.test(once) ? once : id.replace(/[^\w-]/gu, '-');
}

const NODE_NAME = /^[\w-]*$/u;

/** "Some value" is a blank node, named stably from where it stands so output is deterministic. */
export function someValueLabel(...where: string[]): string {
  return digest('md5', where.join('\u0000'), 'hex');
}

/** Whether RDF can carry a language tag; if not, it says so (about `what`) and the triple is left out. */
export function languageWritable(language: string, what: string, report: (detail: string) => void): boolean {
  if (LANGUAGE_TAG.test(language)) return true;
  report(`${what}: its language tag ${JSON.stringify(language)} is not one RDF takes (BCP 47, such as "en" or "de-CH"), so that triple is not written`);
  return false;
}

/**
 * A snak's triples on `subject`: the simple value and the link to the value node go to `own`, the value node's own
 * triples (the first time it is met in the entity) to `nodes`.
 */
function snakTriples<T>(own: T[], nodes: T[], subject: T, snak: Snak, role: SnakRole, ctx: StatementContext<T>, where: string): void {
  const t = ctx.terms;
  const s = t.syntax;
  const p = snak.property;
  const predicates = t.property(p);
  if (snak.snaktype === 'novalue') {
    own.push(subject, t.type, predicates.novalue);
    return;
  }
  if (snak.snaktype === 'somevalue') {
    own.push(subject, predicates.simple[role], s.blank(someValueLabel(where, p, 'somevalue')));
    return;
  }
  const dv = snak.datavalue;
  if (dv.type === 'monolingualtext' && !languageWritable(dv.value.language, `a value of ${p}`, ctx.report)) return;
  const report = (detail: string): void => ctx.report(`a value of ${p}: ${detail}`);
  const simple = simpleValue(ctx.datatypeOf(p, snak), dv, t, report);
  if (simple !== null) own.push(subject, predicates.simple[role], simple);
  const valuePredicate = predicates.value[role];
  if (valuePredicate === null || !hasValueNode(dv)) return;
  const hash = valueNodeName(dv);
  const node = s.name(t.vocabulary.value, hash);
  own.push(subject, valuePredicate, node);
  const key = `${t.vocabulary.value}${hash}`;
  if (ctx.written.has(key)) return;
  ctx.written.add(key);
  valueNodeTriples(nodes, node, dv, t, report);
}

function snaksInOrder(reference: Reference): Snak[] {
  const order = reference['snaks-order'].length > 0 ? reference['snaks-order'] : (Object.keys(reference.snaks) as PropertyId[]);
  return order.flatMap((p) => reference.snaks[p] ?? []);
}

function referenceTriples<T>(own: T[], nodes: T[], node: T, reference: Reference, ctx: StatementContext<T>): void {
  const t = ctx.terms;
  const v = t.vocabulary;
  const hash = reference.hash ?? referenceHash(snaksInOrder(reference));
  const ref = t.syntax.name(v.reference, hash);
  own.push(node, t.wasDerivedFrom, ref);
  const key = `${v.reference}${hash}`;
  if (ctx.written.has(key)) return;
  ctx.written.add(key);
  nodes.push(ref, t.type, t.reference);
  for (const snak of snaksInOrder(reference)) snakTriples(nodes, nodes, ref, snak, REFERENCE, ctx, hash);
}

/** A truthy statement's triples (the simple value under `wdt:`, no value node), on the entity. */
export function truthyTriples<T>(out: T[], entity: T, statement: Statement, id: string, ctx: StatementContext<T>): void {
  snakTriples(out, out, entity, statement.mainsnak, TRUTHY, ctx, `${id}-truthy`);
}

/**
 * A full statement: the entity's `p:` link goes to `head`; to `nodes`, the statement node's own triples, then the
 * value and reference nodes it points to (so that Turtle groups each subject once).
 */
export function statementTriples<T>(
  head: T[],
  nodes: T[],
  entity: T,
  statement: Statement,
  id: string,
  best: boolean,
  ctx: StatementContext<T>,
): void {
  const t = ctx.terms;
  const v = t.vocabulary;
  const s = t.syntax;
  const node = s.name(v.statement, statementNodeName(id));
  const p = statement.mainsnak.property;
  head.push(entity, t.property(p).claim, node);
  nodes.push(node, t.type, t.statement);
  if (best) nodes.push(node, t.type, t.bestRank);
  nodes.push(node, t.rank, t.ranks[statement.rank]);
  const after: T[] = [];
  snakTriples(nodes, after, node, statement.mainsnak, MAIN, ctx, id);
  const qualifierOrder = statement['qualifiers-order'] ?? (Object.keys(statement.qualifiers ?? {}) as PropertyId[]);
  if (qualifierOrder.length > 0) {
    const where = `${id}-q`;
    for (const q of qualifierOrder) {
      for (const snak of statement.qualifiers?.[q] ?? []) snakTriples(nodes, after, node, snak, QUALIFIER, ctx, where);
    }
  }
  for (const reference of statement.references ?? []) referenceTriples(nodes, after, node, reference, ctx);
  for (const term of after) nodes.push(term);
}
