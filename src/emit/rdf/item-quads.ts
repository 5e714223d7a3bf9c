// The RDF mapping as n3's RDF/JS quads, for code that wants terms rather than text (tests, n3's writers). Apart from
// the mapping so that a worker thread, which writes text, never loads n3.
import { DataFactory, type Quad, type Quad_Object, type Quad_Predicate, type Quad_Subject, type Term } from 'n3';
import type { IdentifiedEntity } from '../../model/index.js';
import { RdfMapping } from './entity-rdf.js';
import type { RdfSettings } from './settings.js';
import { N3Terms } from './syntax/n3-terms.js';
import type { Vocabulary } from './vocabulary.js';

function toQuads(terms: readonly Term[]): Quad[] {
  const quads: Quad[] = [];
  for (let i = 0; i < terms.length; i += 3) {
    quads.push(DataFactory.quad(terms[i] as Quad_Subject, terms[i + 1] as Quad_Predicate, terms[i + 2] as Quad_Object));
  }
  return quads;
}

/** The mapping as RDF/JS quads (n3's), for code that wants terms rather than text. */
export class ItemRdf {
  readonly vocabulary: Vocabulary;
  readonly #mapping: RdfMapping<Term>;

  constructor(settings: RdfSettings) {
    this.#mapping = new RdfMapping(settings, new N3Terms());
    this.vocabulary = this.#mapping.vocabulary;
  }

  quads(item: IdentifiedEntity): Quad[] {
    return toQuads(this.#mapping.triples(item));
  }

  datasetQuads(item: IdentifiedEntity): Quad[] {
    const terms: Term[] = [];
    this.#mapping.datasetTriples(terms, item);
    return toQuads(terms);
  }
}
