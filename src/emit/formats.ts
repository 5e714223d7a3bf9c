// The table of output formats: a name, what it writes, and the emitter that writes it.
import type { EmitterFactory } from './emitter.js';
import { jsonEmitter, ndjsonEmitter } from './json/json-emitter.js';
import { quickStatementsCsvEmitter, quickStatementsEmitter } from './quickstatements/index.js';
import { nquadsEmitter, ntriplesEmitter, trigEmitter, turtleEmitter } from './rdf/rdf-emitter.js';

export interface OutputFormat {
  readonly name: string;
  readonly description: string;
  /** Whether every entity must have an id (RDF names it; the JSON envelope keys by it). */
  readonly needsId: boolean;
  readonly create: EmitterFactory;
}

export const OUTPUT_FORMATS = {
  json: {
    name: 'json',
    description: 'Wikibase JSON as Special:EntityData serves it ({"entities": {…}})',
    needsId: true,
    create: jsonEmitter,
  },
  ndjson: {
    name: 'ndjson',
    description: 'Wikibase JSON, one entity per line, as in JSON dumps and as wbeditentity takes it',
    needsId: false,
    create: ndjsonEmitter,
  },
  turtle: {
    name: 'turtle',
    description: "RDF in Wikibase's mapping, as Turtle with the Wikibase prefixes",
    needsId: true,
    create: turtleEmitter,
  },
  ntriples: { name: 'ntriples', description: "RDF in Wikibase's mapping, as N-Triples", needsId: true, create: ntriplesEmitter },
  nquads: {
    name: 'nquads',
    description: "RDF in Wikibase's mapping as N-Quads, one named graph per entity (its data URI)",
    needsId: true,
    create: nquadsEmitter,
  },
  trig: {
    name: 'trig',
    description: "RDF in Wikibase's mapping as TriG, one named graph per entity (its data URI)",
    needsId: true,
    create: trigEmitter,
  },
  quickstatements: {
    name: 'quickstatements',
    description: 'QuickStatements V1 commands (CREATE/LAST for new items); what V1 cannot say is reported',
    needsId: false,
    create: quickStatementsEmitter,
  },
  'quickstatements-csv': {
    name: 'quickstatements-csv',
    description: "QuickStatements' CSV import format, one row per item (written at the end of the run)",
    needsId: false,
    create: quickStatementsCsvEmitter,
  },
} as const satisfies Record<string, OutputFormat>;

export type OutputFormatName = keyof typeof OUTPUT_FORMATS;

export function isOutputFormatName(name: string): name is OutputFormatName {
  return Object.hasOwn(OUTPUT_FORMATS, name);
}
