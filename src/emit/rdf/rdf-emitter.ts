// RDF output through n3's writer: Turtle with the Wikibase prefixes, or N-Triples.
import { StreamWriter } from 'n3';
import { drained, identified, type Emitter, type EmitterOptions } from '../emitter.js';
import { ItemRdf } from './item-rdf.js';

function rdfEmitter(format: 'Turtle' | 'N-Triples', { out, rdf }: EmitterOptions): Emitter {
  const mapping = new ItemRdf(rdf);
  const prefixes = format === 'Turtle' ? { prefixes: mapping.vocabulary.prefixes } : {};
  const writer = new StreamWriter({ format, ...prefixes });
  writer.pipe(out, { end: false });
  return {
    async write(item) {
      let room = true;
      for (const q of mapping.quads(identified(item))) room = writer.write(q);
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

export const turtleEmitter = (options: EmitterOptions): Emitter => rdfEmitter('Turtle', options);
export const ntriplesEmitter = (options: EmitterOptions): Emitter => rdfEmitter('N-Triples', options);
