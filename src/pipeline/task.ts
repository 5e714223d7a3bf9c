// The units of work the pipeline hands to a processor (in this thread or a worker), and what comes back.
import type { CheckStage } from '../check/index.js';
import type { Diagnostic } from '../diagnostics/index.js';
import type { RdfSettings } from '../emit/index.js';
import type { Entity } from '../model/index.js';
import type { Profile } from '../profile/index.js';
import type { LinkEntry } from '../resolve/link-map.js';
import type { EntitySource } from '../source/index.js';
import type { TaskPage } from './held-page.js';

export type Task =
  /** The pages of one item (or one page that names no item), in input order; those that waited, as UTF-8. */
  | { readonly kind: 'pages'; readonly pages: readonly TaskPage[] }
  /** A Wikibase JSON entity: complete already, validated, checked and written as it comes. */
  | { readonly kind: 'entity'; readonly source: EntitySource }
  /** A problem the reader found (an unreadable file, a bad record), kept in its place among the tasks. */
  | { readonly kind: 'diagnostic'; readonly diagnostic: Diagnostic };

/** A page or entity as read: where it starts, and the item it names when that is known. */
export interface InputRead {
  readonly kind: 'page' | 'entity';
  readonly file: string;
  readonly line: number;
  readonly item?: string;
}

export type TaskEvent = { readonly input: InputRead } | { readonly diagnostic: Diagnostic };

/** One entity built by a task: its text in the output format, or the entity itself for the main thread. */
export interface EntityOut {
  readonly statements: number;
  /** Set for an entity of a JSON dump, which some formats write after a dump header (see ChunkSerializer.header). */
  readonly origin?: 'dump';
  readonly text?: string;
  /** The text as UTF-8, for a result that waits for earlier ones (off the heap, a byte a character). */
  readonly bytes?: Uint8Array;
  readonly item?: Entity;
}

export interface TaskResult {
  /** Inputs read and diagnostics, in the order they arose. */
  readonly events: readonly TaskEvent[];
  readonly pages: number;
  readonly entities: readonly EntityOut[];
}

/**
 * The result with each entity's text as UTF-8 bytes made by `encode`, all else kept (an entity's origin decides where
 * a dump's header goes): the one way a worker's results and those waiting in the main thread are turned into bytes.
 */
export function resultAsBytes(result: TaskResult, encode: (text: string) => Uint8Array): TaskResult {
  if (!result.entities.some((e) => e.text !== undefined)) return result;
  const entities = result.entities.map(({ text, ...rest }) => (text === undefined ? rest : { ...rest, bytes: encode(text) }));
  return { ...result, entities };
}

/** What a processor needs to know; plain data, so that it can be sent to a worker thread. */
export interface ProcessorConfig {
  readonly profile: Profile;
  readonly uiLanguage?: string;
  readonly checks?: CheckStage;
  /** Items named by label (--link-map): plain entries, so they reach worker threads. */
  readonly linkMap?: readonly LinkEntry[];
  /** Whether each page's classification (site, kind, flattening) is reported as an info diagnostic. */
  readonly classify?: boolean;
  /**
   * The output format (by name: a worker looks it up in the table) and whether it names every entity by its id;
   * null when nothing is written.
   */
  readonly output: { readonly format: string; readonly rdf: RdfSettings; readonly needsId: boolean } | null;
  /** Whether entities come back as data (for an emitter or consumer on the main thread) rather than as text. */
  readonly wantItems: boolean;
}
