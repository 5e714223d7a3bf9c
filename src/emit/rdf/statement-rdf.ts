// Full statements: the statement node with rank, main value, qualifiers, references and value nodes.
import { createHash } from 'node:crypto';
import { DataFactory, type NamedNode, type Quad, type Quad_Subject } from 'n3';
import { referenceHash } from '../../hash/reference-hash.js';
import type { PropertyId, Rank, Reference, Snak, Statement } from '../../model/index.js';

type NamedStatement = Statement & { readonly id: string };
import { simpleValue, valueNode } from './values/index.js';
import { PROV, RDF, WIKIBASE, type Vocabulary } from './vocabulary.js';

const { namedNode, blankNode, quad } = DataFactory;

export interface StatementContext {
  readonly vocabulary: Vocabulary;
  readonly datatypeOf: (property: PropertyId, snak: Snak) => string | undefined;
  /** Value and reference nodes already written for this entity: each is written once. */
  readonly written: Set<string>;
}

const RANK_NODE: Record<Rank, string> = {
  preferred: `${WIKIBASE}PreferredRank`,
  normal: `${WIKIBASE}NormalRank`,
  deprecated: `${WIKIBASE}DeprecatedRank`,
};

/** Wikibase names statement nodes by their GUID with every character outside [A-Za-z0-9_-] made a `-`. */
export function statementNode(statement: NamedStatement, v: Vocabulary): NamedNode {
  return namedNode(`${v.statement}${statement.id.replace(/[^\w-]/gu, '-')}`);
}

/** "Some value" is a blank node, named stably from where it stands so output is deterministic. */
export function someValueNode(...where: string[]): Quad['object'] {
  return blankNode(createHash('md5').update(where.join('\u0000')).digest('hex'));
}

/** The namespaces a snak's triples use; an empty `value` (truthy triples) writes no value node. */
type SnakRole = { simple: string; value: string };

/** A snak's triples on `subject`: the simple value, and the value node when the value is complex. */
export function snakQuads(subject: Quad_Subject, snak: Snak, role: SnakRole, ctx: StatementContext, where: string): Quad[] {
  const v = ctx.vocabulary;
  const p = snak.property;
  if (snak.snaktype === 'novalue') return [quad(subject, namedNode(`${RDF}type`), namedNode(`${v.novalue}${p}`))];
  if (snak.snaktype === 'somevalue') {
    return [quad(subject, namedNode(`${role.simple}${p}`), someValueNode(where, p, 'somevalue'))];
  }
  const quads = [quad(subject, namedNode(`${role.simple}${p}`), simpleValue(ctx.datatypeOf(p, snak), snak.datavalue, v))];
  const complex = role.value === '' ? null : valueNode(snak.datavalue, v);
  if (complex !== null) {
    quads.push(quad(subject, namedNode(`${role.value}${p}`), complex.node));
    if (!ctx.written.has(complex.node.value)) {
      ctx.written.add(complex.node.value);
      quads.push(...complex.quads);
    }
  }
  return quads;
}

function snaksInOrder(reference: Reference): Snak[] {
  const order = reference['snaks-order'].length > 0 ? reference['snaks-order'] : (Object.keys(reference.snaks) as PropertyId[]);
  return order.flatMap((p) => reference.snaks[p] ?? []);
}

function referenceQuads(node: NamedNode, reference: Reference, ctx: StatementContext): Quad[] {
  const v = ctx.vocabulary;
  const hash = reference.hash ?? referenceHash(snaksInOrder(reference));
  const ref = namedNode(`${v.reference}${hash}`);
  const quads = [quad(node, namedNode(`${PROV}wasDerivedFrom`), ref)];
  if (ctx.written.has(ref.value)) return quads;
  ctx.written.add(ref.value);
  quads.push(quad(ref, namedNode(`${RDF}type`), namedNode(`${WIKIBASE}Reference`)));
  for (const snak of snaksInOrder(reference)) {
    quads.push(...snakQuads(ref, snak, { simple: v.referenceProp, value: v.referenceValue }, ctx, hash));
  }
  return quads;
}

export function statementQuads(entity: NamedNode, statement: NamedStatement, best: boolean, ctx: StatementContext): Quad[] {
  const v = ctx.vocabulary;
  const node = statementNode(statement, v);
  const p = statement.mainsnak.property;
  const quads = [
    quad(entity, namedNode(`${v.claim}${p}`), node),
    quad(node, namedNode(`${RDF}type`), namedNode(`${WIKIBASE}Statement`)),
  ];
  if (best) quads.push(quad(node, namedNode(`${RDF}type`), namedNode(`${WIKIBASE}BestRank`)));
  quads.push(quad(node, namedNode(`${WIKIBASE}rank`), namedNode(RANK_NODE[statement.rank])));
  quads.push(...snakQuads(node, statement.mainsnak, { simple: v.statementProp, value: v.statementValue }, ctx, statement.id));
  const qualifierOrder = statement['qualifiers-order'] ?? (Object.keys(statement.qualifiers ?? {}) as PropertyId[]);
  for (const q of qualifierOrder) {
    for (const snak of statement.qualifiers?.[q] ?? []) {
      quads.push(...snakQuads(node, snak, { simple: v.qualifier, value: v.qualifierValue }, ctx, `${statement.id}-q`));
    }
  }
  for (const reference of statement.references ?? []) quads.push(...referenceQuads(node, reference, ctx));
  // The statement node's own triples together, then the value and reference nodes it points to.
  const own = (q: Quad): boolean => q.subject.equals(entity) || q.subject.equals(node);
  return [...quads.filter(own), ...quads.filter((q) => !own(q))];
}
