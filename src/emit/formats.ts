// The table of output formats: a name, what it writes, the emitter that writes it, and for the formats that write
// each entity on its own, the serializer that the emitter is built from (and that worker threads can run).
import type { ChunkSerializerFactory, EmitterFactory } from './emitter.js';
import { jsonEmitter, jsonSerializer, ndjsonEmitter, ndjsonSerializer } from './json/json-emitter.js';
import { quickStatementsCsvEmitter, quickStatementsEmitter } from './quickstatements/index.js';
import {
  nquadsEmitter,
  nquadsSerializer,
  ntriplesEmitter,
  ntriplesSerializer,
  trigEmitter,
  trigSerializer,
  turtleEmitter,
  turtleSerializer,
} from './rdf/rdf-emitter.js';

export interface OutputFormat {
  readonly name: string;
  readonly description: string;
  /** Whether every entity must have an id (RDF names it; the JSON envelope keys by it). */
  readonly needsId: boolean;
  /**
   * Whether the format writes snaks' hashes (Wikibase JSON does; RDF and QuickStatements name nothing by them): a
   * format that does not is spared computing them for the entities built from pages.
   */
  readonly snakHashes: boolean;
  readonly create: EmitterFactory;
  /**
   * Present where each entity's text depends on that entity alone; `create` is then built from it. QuickStatements
   * numbers new items across the run and its CSV needs every row first: they have `create` only.
   */
  readonly serializer?: ChunkSerializerFactory;
}

export const OUTPUT_FORMATS = {
  json: {
    name: 'json',
    description: 'Wikibase JSON as Special:EntityData serves it ({"entities": {…}})',
    needsId: true,
    snakHashes: true,
    create: jsonEmitter,
    serializer: jsonSerializer,
  },
  ndjson: {
    name: 'ndjson',
    description: 'Wikibase JSON, one entity per line, as in JSON dumps and as wbeditentity takes it',
    needsId: false,
    snakHashes: true,
    create: ndjsonEmitter,
    serializer: ndjsonSerializer,
  },
  turtle: {
    name: 'turtle',
    description: "RDF in Wikibase's mapping, as Turtle with the Wikibase prefixes",
    needsId: true,
    snakHashes: false,
    create: turtleEmitter,
    serializer: turtleSerializer,
  },
  ntriples: {
    name: 'ntriples',
    description: "RDF in Wikibase's mapping, as N-Triples",
    needsId: true,
    snakHashes: false,
    create: ntriplesEmitter,
    serializer: ntriplesSerializer,
  },
  nquads: {
    name: 'nquads',
    description: "RDF in Wikibase's mapping as N-Quads, one named graph per entity (its data URI)",
    needsId: true,
    snakHashes: false,
    create: nquadsEmitter,
    serializer: nquadsSerializer,
  },
  trig: {
    name: 'trig',
    description: "RDF in Wikibase's mapping as TriG, one named graph per entity (its data URI)",
    needsId: true,
    snakHashes: false,
    create: trigEmitter,
    serializer: trigSerializer,
  },
  quickstatements: {
    name: 'quickstatements',
    description: 'QuickStatements V1 commands (CREATE/LAST for new items); what V1 cannot say is reported',
    needsId: false,
    snakHashes: false,
    create: quickStatementsEmitter,
  },
  'quickstatements-csv': {
    name: 'quickstatements-csv',
    description: "QuickStatements' CSV import format, one row per item (written at the end of the run)",
    needsId: false,
    snakHashes: false,
    create: quickStatementsCsvEmitter,
  },
} as const satisfies Record<string, OutputFormat>;

export type OutputFormatName = keyof typeof OUTPUT_FORMATS;

export function isOutputFormatName(name: string): name is OutputFormatName {
  return Object.hasOwn(OUTPUT_FORMATS, name);
}
