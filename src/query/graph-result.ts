// CONSTRUCT and DESCRIBE answers as a set of triples in a stable order: oxigraph's quads turned into n3's, each
// triple once, sorted by their N-Triples form, blank nodes renamed b0, b1, … in that order.
import { DataFactory, Writer, type Quad } from 'n3';
import type * as ox from 'oxigraph';
import { QueryError } from './query-error.js';
import type { GraphResult } from './results.js';

const { namedNode, blankNode, literal, quad } = DataFactory;

type Subject = Quad['subject'];
type Predicate = Quad['predicate'];
type ObjectTerm = Quad['object'];
type AnyTerm = Subject | Predicate | ObjectTerm;
type OxTerm = ox.Quad_Subject | ox.Quad_Predicate | ox.Quad_Object;

function fromOxigraph(term: OxTerm): AnyTerm {
  switch (term.termType) {
    case 'NamedNode':
      return namedNode(term.value);
    case 'BlankNode':
      return blankNode(term.value);
    case 'Literal':
      return literal(term.value, term.language !== '' ? term.language : namedNode(term.datatype.value));
    case 'Quad':
      // n3, which writes our RDF, has no RDF 1.2 triple terms; our data never holds any.
      throw new QueryError({ message: 'the query builds a triple term (<<( … )>>), which Turtle and N-Triples output cannot write' });
    case 'Variable':
      throw new Error('a query answer cannot hold a variable');
  }
}

/** A triple (in the default graph) with each of its terms mapped. */
function triple<T extends { subject: unknown; predicate: unknown; object: unknown }>(q: T, map: (term: T['subject'] | T['predicate'] | T['object']) => AnyTerm): Quad {
  return quad(map(q.subject) as Subject, map(q.predicate) as Predicate, map(q.object) as ObjectTerm);
}

function renameBlankNodes(term: AnyTerm, rename: (label: string) => string): AnyTerm {
  return term.termType === 'BlankNode' ? blankNode(rename(term.value)) : term;
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
    const t = triple(q, fromOxigraph);
    unique.set(line(t), t);
  }
  const keyed = [...unique.values()].map((q) => ({ q, key: line(triple(q, (t) => renameBlankNodes(t, () => ''))) }));
  keyed.sort((a, b) => byBytes(a.key, b.key));
  const names = new Map<string, string>();
  const rename = (label: string): string => {
    let name = names.get(label);
    if (name === undefined) {
      name = `b${names.size}`;
      names.set(label, name);
    }
    return name;
  };
  return { kind: 'graph', triples: keyed.map(({ q }) => triple(q, (t) => renameBlankNodes(t, rename))) };
}
