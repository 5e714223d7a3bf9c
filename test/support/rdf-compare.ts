// Compares RDF as data: sets of triples with blank node labels masked, reporting what is missing and extra.
import { Parser, type Quad, type Term } from 'n3';

function termKey(term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return `<${term.value}>`;
    case 'BlankNode':
      return '_:b';
    case 'Literal': {
      const tail = term.language !== '' ? `@${term.language.toLowerCase()}` : `^^<${term.datatype.value}>`;
      return `${JSON.stringify(term.value)}${tail}`;
    }
    default:
      return `${term.termType}:${term.value}`;
  }
}

export function tripleKey(q: Quad, dropGraph = false): string {
  const graph = dropGraph || q.graph.termType === 'DefaultGraph' ? '' : ` ${termKey(q.graph)}`;
  return `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)}${graph} .`;
}

/** Parses N-Triples, Turtle, N-Quads or TriG into a set of triple keys (graphs dropped on request). */
export function tripleSet(text: string, format = 'N-Triples', options: { dropGraphs?: boolean } = {}): Set<string> {
  return new Set(new Parser({ format }).parse(text).map((q) => tripleKey(q, options.dropGraphs === true)));
}

export interface RdfDifference {
  readonly missing: string[];
  readonly extra: string[];
}

export function compareRdf(actual: Set<string>, expected: Set<string>): RdfDifference {
  return {
    missing: [...expected].filter((t) => !actual.has(t)).sort(),
    extra: [...actual].filter((t) => !expected.has(t)).sort(),
  };
}

export function describeDifference({ missing, extra }: RdfDifference): string {
  const list = (title: string, items: string[]): string =>
    items.length === 0 ? '' : `${title} (${items.length}):\n${items.map((t) => `  ${t}`).join('\n')}\n`;
  return `${list('missing', missing)}${list('extra', extra)}`;
}
