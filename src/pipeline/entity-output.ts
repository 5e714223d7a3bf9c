// Where the pipeline's finished entities go, one interface for the three ways: joined text chunks that worker
// threads wrote (most formats), an emitter on this thread (a format that needs whole entities, or when a consumer
// wants the entities too), or nowhere but the consumer (validate, upload, load).
import type { Writable } from 'node:stream';
import type { Diagnostic } from '../diagnostics/index.js';
import { drained, type ChunkSerializer, type Emitter, type OutputFormat, type RdfSettings } from '../emit/index.js';
import type { Entity } from '../model/index.js';
import type { EntityOut } from './task.js';

export interface ConvertOutput {
  readonly format: OutputFormat;
  readonly out: Writable;
  readonly rdf: RdfSettings;
}

export interface EntityOutput {
  /** Whether the workers hand entities back as data (for an emitter or a consumer) rather than as text. */
  readonly wantItems: boolean;
  /** Takes one result's entities, in output order; resolves when the output can take more. */
  take(entities: readonly EntityOut[]): Promise<void>;
  /** Writes what closes the document. */
  end(): Promise<void>;
}

type Consumer = ((entity: Entity) => Promise<void>) | undefined;

/** About how much text is gathered before it is written (characters and bytes counted alike). */
const WRITE_BYTES = 64 * 1024;

/** No output: each entity goes to the consumer, if any. */
function consumerOnly(onEntity: Consumer): EntityOutput {
  return {
    wantItems: onEntity !== undefined,
    async take(entities) {
      for (const entity of entities) if (entity.item !== undefined) await onEntity?.(entity.item);
    },
    end: async () => {},
  };
}

/** An emitter on this thread; it opens its document as it is made. */
function emitted(emitter: Emitter, onEntity: Consumer): EntityOutput {
  return {
    wantItems: true,
    async take(entities) {
      for (const entity of entities) {
        if (entity.item === undefined) continue;
        await emitter.write(entity.item, entity.origin ?? 'document');
        await onEntity?.(entity.item);
      }
    },
    end: () => emitter.end(),
  };
}

/** The workers' text chunks, joined: head (written now), the chunks with separators (a dump's header once), tail. */
function chunked(out: Writable, chunks: ChunkSerializer): EntityOutput {
  if (chunks.head !== '') out.write(chunks.head);
  let first = true;
  // A dump's header goes once, before the first entity that needs it.
  let header = chunks.header;
  const before = (entity: EntityOut): string => {
    let text = first ? '' : chunks.separator;
    first = false;
    if (header?.wanted(entity.origin ?? 'document') === true) {
      text += header.text;
      header = undefined;
    }
    return text;
  };
  // Entities are written in pieces of about WRITE_BYTES, not one write each: a write costs the main thread a call
  // into the file system's queue whatever its size (0.7 s of a 10,000-page run, written entity by entity). A piece's
  // parts go corked, as one vectored write (a file's, a pipe's), not copied into one buffer first: every buffer made
  // here counts against this thread's old generation until its next full collection (see cli/heap-growth.ts).
  let parts: (string | Uint8Array)[] = [];
  let size = 0;
  const add = (part: string | Uint8Array): void => {
    parts.push(part);
    size += part.length;
  };
  const flush = async (): Promise<void> => {
    if (parts.length === 0) return;
    const piece = parts;
    parts = [];
    size = 0;
    out.cork();
    let roomLeft = true;
    for (const part of piece) roomLeft = out.write(part);
    out.uncork();
    await drained(out, roomLeft);
  };
  return {
    wantItems: false,
    async take(entities) {
      for (const entity of entities) {
        if (entity.text !== undefined) {
          add(before(entity) + entity.text);
        } else if (entity.bytes !== undefined) {
          const prefix = before(entity);
          if (prefix !== '') add(prefix);
          add(entity.bytes);
        }
      }
      if (size >= WRITE_BYTES) await flush();
    },
    async end() {
      await flush();
      if (chunks.tail !== '') out.write(chunks.tail);
    },
  };
}

/**
 * The output for a run: chunks from the workers when the format can be written entity by entity and no consumer
 * wants the entities; else an emitter here; with no output, only the consumer.
 */
export function entityOutput(output: ConvertOutput | null, onEntity: Consumer, report: (d: Diagnostic) => void): EntityOutput {
  if (output === null) return consumerOnly(onEntity);
  const factory = output.format.serializer;
  if (onEntity === undefined && factory !== undefined) return chunked(output.out, factory({ rdf: output.rdf, onDiagnostic: report }));
  return emitted(output.format.create({ out: output.out, rdf: output.rdf, onDiagnostic: report }), onEntity);
}
