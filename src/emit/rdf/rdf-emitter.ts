// RDF output through n3's writer: Turtle with the Wikibase prefixes, N-Triples, and, with one named graph per
// entity (its Special:EntityData document, so a triple store can replace an item's graph on re-import), N-Quads
// and TriG.
import { DataFactory, StreamWriter, type Quad } from 'n3';
import { drained, identified, type Emitter, type EmitterOptions } from '../emitter.js';
import { ItemRdf } from './item-rdf.js';

type RdfFormat = 'Turtle' | 'N-Triples' | 'N-Quads' | 'TriG';

const { namedNode, quad } = DataFactory;

function rdfEmitter(format: RdfFormat, { out, rdf }: EmitterOptions): Emitter {
  const mapping = new ItemRdf(rdf);
  const named = format === 'N-Quads' || format === 'TriG';
  const prefixes = format === 'Turtle' || format === 'TriG' ? { prefixes: mapping.vocabulary.prefixes } : {};
  const writer = new StreamWriter({ format, ...prefixes });
  writer.pipe(out, { end: false });
  return {
    async write(item) {
      const entity = identified(item);
      const graph = namedNode(entityGraph(mapping, entity.id));
      let room = true;
      for (const q of mapping.quads(entity)) room = writer.write(named ? inGraph(q, graph) : q);
      await drained(writer, room);
    },
    end() {
      return new Promise((resolve, reject) => {
        writer.once('end', () => resolve());
        writer.once('error', reject);
        writer.end();
      });
    },
  };
}

/** The named graph that holds an entity's triples: its data URI (`wdata:Q42`). */
export function entityGraph(mapping: ItemRdf, id: string): string {
  return `${mapping.vocabulary.data}${id}`;
}

function inGraph(q: Quad, graph: ReturnType<typeof namedNode>): Quad {
  return quad(q.subject, q.predicate, q.object, graph);
}

export const turtleEmitter = (options: EmitterOptions): Emitter => rdfEmitter('Turtle', options);
export const ntriplesEmitter = (options: EmitterOptions): Emitter => rdfEmitter('N-Triples', options);
export const nquadsEmitter = (options: EmitterOptions): Emitter => rdfEmitter('N-Quads', options);
export const trigEmitter = (options: EmitterOptions): Emitter => rdfEmitter('TriG', options);
