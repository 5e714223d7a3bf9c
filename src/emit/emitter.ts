// What every output format provides: write entities one by one to a stream, then finish.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Diagnostic } from '../diagnostics/index.js';
import { isIdentified, type Entity, type IdentifiedEntity } from '../model/index.js';
import type { RdfSettings } from './rdf/settings.js';

/** Where an entity comes from: a JSON dump (an array, one entity a line), or a lone document or pages. */
export type EntityOrigin = 'dump' | 'document';

export interface Emitter {
  /** Resolves when the output can take more (so a slow pipe holds the pipeline back instead of filling memory). */
  write(entity: Entity, origin?: EntityOrigin): Promise<void>;
  /** Writes whatever closes the document and resolves once it is handed to the stream. */
  end(): Promise<void>;
}

export interface EmitterOptions {
  readonly out: Writable;
  readonly rdf: RdfSettings;
  /** Where a format reports what it cannot express (a `format-limit` diagnostic) instead of dropping it silently. */
  readonly onDiagnostic: (d: Diagnostic) => void;
}

export type EmitterFactory = (options: EmitterOptions) => Emitter;

/**
 * A format that writes each entity as a self-contained chunk of text, so that worker threads can serialize entities
 * and the main thread only joins the chunks: head, then the chunks with the separator between them, then tail.
 * Joined in this way, the chunks give the same bytes as the format's emitter.
 */
export interface ChunkSerializer {
  /** What comes before the first entity (prefixes, an envelope's opening); may be empty. */
  readonly head: string;
  /** What comes between two entities' chunks (a comma in the JSON envelope); may be empty. */
  readonly separator: string;
  /** What closes the document; may be empty. */
  readonly tail: string;
  /**
   * A header that entities of some origins need once, before the first of them (RDF's `wikibase:Dump` node for the
   * entities of a dump): its text, and whether an entity of that origin needs it.
   */
  readonly header?: { readonly text: string; readonly wanted: (origin: EntityOrigin) => boolean };
  /** One entity's text (in the shape its origin gives it); problems the format cannot express go to onDiagnostic. */
  entity(entity: Entity, origin?: EntityOrigin): string;
}

export type ChunkSerializerFactory = (options: Omit<EmitterOptions, 'out'>) => ChunkSerializer;

/** Waits for 'drain' when a stream's buffer is full. */
export async function drained(stream: Writable, wrote: boolean): Promise<void> {
  if (!wrote) await once(stream, 'drain');
}

/** For formats that name every entity by its id; the pipeline reports id-less entities before they get here. */
export function identified(entity: Entity): IdentifiedEntity {
  if (!isIdentified(entity)) throw new Error('this output format needs an entity id; the pipeline should have reported this entity');
  return entity as IdentifiedEntity;
}
