// CONSTRUCT and DESCRIBE answers as a set of triples in a stable order: oxigraph's quads turned into n3's, each
// triple once, sorted by their N-Triples form, blank nodes renamed b0, b1, … in that order.
import { DataFactory, Writer, type Quad, type Term } from 'n3';
import type * as ox from 'oxigraph';
import type { GraphResult } from './results.js';

const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;

type OxTerm = ox.Quad_Subject | ox.Quad_Predicate | ox.Quad_Object;

function fromOxigraph(term: OxTerm): Term {
  switch (term.termType) {
    case 'NamedNode':
      return namedNode(term.value);
    case 'BlankNode':
      return blankNode(term.value);
    case 'Literal':
      return literal(term.value, term.language !== '' ? term.language : namedNode(term.datatype.value));
    case 'Quad':
      return quad(fromOxigraph(term.subject) as Quad['subject'], fromOxigraph(term.predicate) as Quad['predicate'], fromOxigraph(term.object) as Quad['object']);
    case 'Variable':
      throw new Error('a query answer cannot hold a variable');
  }
}

function mapBlankNodes(term: Term, rename: (label: string) => string): Term {
  if (term.termType === 'BlankNode') return blankNode(rename(term.value));
  if (term.termType === 'Quad') {
    const q = term as Quad;
    return quad(
      mapBlankNodes(q.subject, rename) as Quad['subject'],
      mapBlankNodes(q.predicate, rename) as Quad['predicate'],
      mapBlankNodes(q.object, rename) as Quad['object'],
    );
  }
  return term;
}

const nt = new Writer({ format: 'N-Triples' });
const line = (q: Quad): string => nt.quadToString(q.subject, q.predicate, q.object);
const byBytes = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * Each triple once, in code-point order of N-Triples lines. Blank node labels are oxigraph's own (fresh on every
 * load), so they are left out of the sort key and renamed afterwards in order of appearance.
 */
export function graphResult(quads: readonly ox.Quad[]): GraphResult {
  const unique = new Map<string, Quad>();
  for (const q of quads) {
    const triple = quad(
      fromOxigraph(q.subject) as Quad['subject'],
      fromOxigraph(q.predicate) as Quad['predicate'],
      fromOxigraph(q.object) as Quad['object'],
      defaultGraph(),
    );
    unique.set(line(triple), triple);
  }
  const anonymous = (q: Quad): string => line(mapBlankNodes(q, () => '') as Quad);
  const sorted = [...unique.values()].map((q) => ({ q, key: anonymous(q) })).sort((a, b) => byBytes(a.key, b.key));
  const names = new Map<string, string>();
  const rename = (label: string): string => {
    let name = names.get(label);
    if (name === undefined) {
      name = `b${names.size}`;
      names.set(label, name);
    }
    return name;
  };
  return { kind: 'graph', triples: sorted.map(({ q }) => mapBlankNodes(q, rename) as Quad) };
}
