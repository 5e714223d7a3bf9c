// What every output format provides: write entities one by one to a stream, then finish.
import type { Writable } from 'node:stream';
import type { Item } from '../model/index.js';
import type { RdfSettings } from './rdf/settings.js';

export interface Emitter {
  write(item: Item): void;
  /** Writes whatever closes the document and resolves once it is handed to the stream. */
  end(): Promise<void>;
}

export interface EmitterOptions {
  readonly out: Writable;
  readonly rdf: RdfSettings;
}

export type EmitterFactory = (options: EmitterOptions) => Emitter;
