// n3 terms, for callers that want the mapping's triples as RDF/JS quads (`ItemRdf.quads`) rather than as text.
import { DataFactory, type Term } from 'n3';
import type { TermSyntax } from './term-syntax.js';

const { namedNode, blankNode, literal } = DataFactory;

export class N3Terms implements TermSyntax<Term> {
  iri(iri: string): Term {
    return namedNode(iri);
  }

  name(namespace: string, local: string): Term {
    return namedNode(`${namespace}${local}`);
  }

  blank(label: string): Term {
    return blankNode(label);
  }

  plain(value: string): Term {
    return literal(value);
  }

  lang(value: string, language: string): Term {
    return literal(value, language);
  }

  typed(value: string, datatype: string): Term {
    return literal(value, namedNode(datatype));
  }
}
