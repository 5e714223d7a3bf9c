// RDF output as text, written by hand from the mapping's terms: N-Triples, Turtle with the Wikibase prefixes, and,
// with one named graph per entity (its Special:EntityData document, so a triple store can replace an item's graph
// on re-import), N-Quads and TriG. Byte for byte what n3's writer wrote, but valid where n3's was not (see escape.ts).
import { chunkEmitter } from '../chunk-emitter.js';
import type { Entity } from '../../model/index.js';
import { identified, type ChunkSerializer, type ChunkSerializerFactory, type EmitterOptions, type EntityOrigin } from '../emitter.js';
import { RdfMapping } from './entity-rdf.js';
import type { RdfFlavor, RdfSettings } from './settings.js';
import { NTriplesTerms } from './syntax/ntriples-terms.js';
import { TurtleTerms } from './syntax/turtle-terms.js';
import { vocabulary, type Vocabulary } from './vocabulary.js';

type SerializerOptions = Omit<EmitterOptions, 'out'>;

/** The named graph that holds an entity's triples: its data URI (`wdata:Q42`). */
export function entityGraph(mapping: { readonly vocabulary: Vocabulary }, id: string): string {
  return `${mapping.vocabulary.data}${id}`;
}

/**
 * The flavour an entity is written in: the one asked for; else, in one document (N-Triples, Turtle), a dump's for a
 * dump's entities. With a graph per entity (N-Quads, TriG, and the stores `load` fills), each graph is by default
 * what Special:EntityData serves for that entity, whole in itself, so that it can be replaced on its own.
 */
export function flavorOf(settings: RdfSettings, origin: EntityOrigin, graphs = false): RdfFlavor {
  return settings.flavor ?? (origin === 'dump' && !graphs ? 'full-dump' : 'dump');
}

type Triples = (item: Entity, origin?: EntityOrigin) => { id: string; triples: string[] };

/** An entity's triples in one syntax, with what RDF cannot say reported as `format-limit` warnings. */
function entityTriples(mapping: RdfMapping<string>, format: string, { onDiagnostic, rdf }: SerializerOptions): Triples {
  const graphs = GRAPH_FORMATS.has(format);
  return (item, origin = 'document') => {
    const entity = identified(item);
    const report = (detail: string): void => onDiagnostic({ code: 'format-limit', severity: 'warning', format, item: entity.id, detail });
    return { id: entity.id, triples: mapping.triples(entity, report, flavorOf(rdf, origin, graphs)) };
  };
}

const GRAPH_FORMATS = new Set(['nquads', 'trig']);

/** The dump header, rendered by `render`, for the entities written in the `full-dump` flavour. */
function dumpHeader(
  mapping: RdfMapping<string>,
  format: string,
  options: SerializerOptions,
  render: (triples: string[]) => string,
): NonNullable<ChunkSerializer['header']> {
  const report = (detail: string): void => options.onDiagnostic({ code: 'format-limit', severity: 'warning', format, item: 'the dump', detail });
  const graphs = GRAPH_FORMATS.has(format);
  return { text: render(mapping.dumpHeader(report)), wanted: (origin) => flavorOf(options.rdf, origin, graphs) === 'full-dump' };
}
/** One triple a line; with `graph`, one quad a line. */
function lines(triples: readonly string[], graph: string): string {
  let text = '';
  const end = graph === '' ? ' .\n' : ` ${graph} .\n`;
  for (let i = 0; i < triples.length; i += 3) text += `${triples[i]} ${triples[i + 1]} ${triples[i + 2]}${end}`;
  return text;
}

/**
 * Turtle statements as n3 writes them: a subject once for its run of triples (`;`), a predicate once for its run
 * of objects (`,`), `a` for rdf:type; the last statement left open for the caller to close.
 */
function grouped(triples: readonly string[], type: string): string {
  let text = '';
  let subject: string | undefined;
  let predicate: string | undefined;
  for (let i = 0; i < triples.length; i += 3) {
    const s = triples[i] as string;
    const p = triples[i + 1] as string;
    const o = triples[i + 2] as string;
    if (s === subject) text += p === predicate ? `, ${o}` : `;\n    ${p === type ? 'a' : p} ${o}`;
    else text += `${subject === undefined ? '' : '.\n'}${s} ${p === type ? 'a' : p} ${o}`;
    subject = s;
    predicate = p;
  }
  return text;
}

export const ntriplesSerializer: ChunkSerializerFactory = (options) => {
  const mapping = new RdfMapping(options.rdf, new NTriplesTerms());
  const triplesOf = entityTriples(mapping, 'ntriples', options);
  return {
    head: '',
    separator: '',
    tail: '',
    header: dumpHeader(mapping, 'ntriples', options, (triples) => lines(triples, '')),
    entity: (item, origin) => lines(triplesOf(item, origin).triples, ''),
  };
};

export const nquadsSerializer: ChunkSerializerFactory = (options) => {
  const mapping = new RdfMapping(options.rdf, new NTriplesTerms());
  const triplesOf = entityTriples(mapping, 'nquads', options);
  const data = mapping.vocabulary.data;
  return {
    head: '',
    separator: '',
    tail: '',
    // The header is about the dump, not one entity: it goes in the default graph.
    header: dumpHeader(mapping, 'nquads', options, (triples) => lines(triples, '')),
    entity(item, origin) {
      const { id, triples } = triplesOf(item, origin);
      return lines(triples, mapping.terms.syntax.name(data, id));
    },
  };
};

/** The mapping in Turtle terms, and the document's head: the Wikibase prefixes that the terms use. */
function turtleMapping({ rdf }: SerializerOptions): { mapping: RdfMapping<string>; head: string } {
  const v = vocabulary(rdf.conceptUriBase, rdf.dataUriBase);
  const terms = new TurtleTerms(v.prefixes);
  return { mapping: new RdfMapping(rdf, terms, v), head: terms.head };
}

export const turtleSerializer: ChunkSerializerFactory = (options) => {
  const { mapping, head } = turtleMapping(options);
  const triplesOf = entityTriples(mapping, 'turtle', options);
  const type = mapping.terms.type;
  return {
    head,
    separator: '',
    tail: '',
    header: dumpHeader(mapping, 'turtle', options, (triples) => `${grouped(triples, type)}.\n`),
    entity: (item, origin) => `${grouped(triplesOf(item, origin).triples, type)}.\n`,
  };
};

export const trigSerializer: ChunkSerializerFactory = (options) => {
  const { mapping, head } = turtleMapping(options);
  const triplesOf = entityTriples(mapping, 'trig', options);
  const type = mapping.terms.type;
  const data = mapping.vocabulary.data;
  return {
    head,
    separator: '',
    tail: '',
    header: dumpHeader(mapping, 'trig', options, (triples) => `{\n${grouped(triples, type)}\n}\n`),
    entity(item, origin) {
      const { id, triples } = triplesOf(item, origin);
      return `${mapping.terms.syntax.name(data, id)} {\n${grouped(triples, type)}\n}\n`;
    },
  };
};

export const ntriplesEmitter = chunkEmitter(ntriplesSerializer);
export const nquadsEmitter = chunkEmitter(nquadsSerializer);
export const turtleEmitter = chunkEmitter(turtleSerializer);
export const trigEmitter = chunkEmitter(trigSerializer);
