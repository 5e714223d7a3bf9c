// Cuts `convert --to nquads` text into batches of whole entity graphs, for the paths that send many graphs at once
// (a store's bulk loader, N-Quads posted to a dataset): each batch knows its graphs, their triple counts, and
// whether each replaces what the store holds or adds to what this run already wrote.
import { Writable } from 'node:stream';
import { ownString } from '../util/own-string.js';
import { SeenGraphs } from './seen-graphs.js';

export interface BatchGraph {
  /** The entity's id (the graph IRI's last segment), for messages. */
  readonly item: string;
  /** Distinct triples the batch holds in this graph. */
  readonly triples: number;
  /**
   * `replace`: the graph's first appearance in this run, so the store's old triples go first; `add`: met again (a
   * dump listing an entity twice), added to what this run already wrote, as N-Quads output would hold both.
   */
  readonly mode: 'replace' | 'add';
}

export interface GraphBatch {
  /** 1, 2, … in the order the batches were cut. */
  readonly index: number;
  /**
   * N-Quads, one quad a line, no line twice, as UTF-8: a batch waits for the store (up to three are held), and as
   * text one character past Latin-1 would make it two bytes a character on the heap (28 MB for 50,000 quads).
   */
  readonly bytes: Uint8Array;
  readonly graphs: ReadonlyMap<string, BatchGraph>;
  readonly triples: number;
}

/** The graph IRI of an N-Quads line `<s> <p> <o> <g> .` as our writer makes it (the graph always named). */
export function quadGraph(line: string): string | undefined {
  if (!line.endsWith('> .')) return undefined;
  const start = line.lastIndexOf(' <', line.length - 4);
  return start < 0 ? undefined : line.slice(start + 2, line.length - 3);
}

/** The batch's N-Quads as text. */
export const batchText = (batch: GraphBatch): string => Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength).toString('utf8');

/**
 * Each graph's lines of the batch as N-Triples (to send the graphs one by one), the batch read through once: a
 * fallback sends every graph of a batch, and reading the whole batch again for each graph cost its graphs × its size.
 */
export function triplesByGraph(batch: GraphBatch): Map<string, string> {
  const byGraph = new Map<string, string>();
  for (const line of batchText(batch).split('\n')) {
    const graph = quadGraph(line);
    if (graph !== undefined) byGraph.set(graph, `${byGraph.get(graph) ?? ''}${line.slice(0, line.length - graph.length - 5)} .\n`);
  }
  return byGraph;
}

const itemOf = (graph: string): string => graph.slice(graph.lastIndexOf('/') + 1);

/**
 * Collects N-Quads text (whole entities per write, as the pipeline writes them) and hands a batch to `onBatch` once it
 * holds `batchTriples` triples or more; `onBatch` is awaited, so a slow store holds the pipeline back.
 */
export class QuadBatcher {
  private lines: string[] = [];
  private graphs = new Map<string, { item: string; lines: Set<string>; mode: 'replace' | 'add' }>();
  private triples = 0;
  private index = 0;
  /** Graphs already written in this run: the only memory that grows with the input (a bit per entity). */
  private readonly seen = new SeenGraphs();

  constructor(
    private readonly batchTriples: number,
    private readonly onBatch: (batch: GraphBatch) => Promise<void>,
  ) {}

  async write(text: string): Promise<void> {
    for (const line of text.split('\n')) {
      if (line === '') continue;
      const graph = quadGraph(line);
      if (graph === undefined) throw new Error(`not an N-Quads line with a named graph: ${line.slice(0, 200)}`);
      let entry = this.graphs.get(graph);
      if (entry === undefined) {
        // The batch's graphs outlive the text they were cut from (a batch waits for the store): kept as copies.
        const key = ownString(graph);
        entry = { item: itemOf(key), lines: new Set(), mode: this.seen.add(key) ? 'add' : 'replace' };
        this.graphs.set(key, entry);
      }
      if (entry.lines.has(line)) continue;
      entry.lines.add(line);
      this.lines.push(line);
      this.triples += 1;
    }
    // A write ends on an entity's boundary, so the batch may be cut here.
    if (this.triples >= this.batchTriples) await this.flush();
  }

  async end(): Promise<void> {
    await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.lines.length === 0) return;
    this.index += 1;
    const graphs = new Map<string, BatchGraph>();
    for (const [graph, entry] of this.graphs) graphs.set(graph, { item: entry.item, triples: entry.lines.size, mode: entry.mode });
    const batch: GraphBatch = { index: this.index, bytes: Buffer.from(`${this.lines.join('\n')}\n`, 'utf8'), graphs, triples: this.triples };
    this.lines = [];
    this.graphs = new Map();
    this.triples = 0;
    await this.onBatch(batch);
  }

  /** A stream for the pipeline's output: each write's text goes to `write`, ending it flushes the last batch. */
  writable(): Writable {
    return new Writable({
      // One write at a time: the pipeline waits for each (so a store's failure reaches it as the write's error at
      // once, and nothing is buffered behind a slow store).
      highWaterMark: 1,
      decodeStrings: false,
      write: (chunk: string | Buffer, _encoding, callback) => {
        this.write(typeof chunk === 'string' ? chunk : chunk.toString('utf8')).then(() => callback(), callback);
      },
      final: (callback) => {
        this.end().then(() => callback(), callback);
      },
    });
  }
}
