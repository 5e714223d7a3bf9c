// What the RDF formats wrote before they were written by hand: n3's Writer over the mapping's quads, with the
// Wikibase prefixes for Turtle and TriG and each entity's data URI as its graph for N-Quads and TriG. Also the
// serializers and emitters run over a list of items, and n3's Parser, for the tests that compare them.
import { Writable } from 'node:stream';
import { DataFactory, Parser, Writer, type Quad } from 'n3';
import type { Diagnostic } from '../../src/diagnostics/index.js';
import { entityGraph, ItemRdf, OUTPUT_FORMATS, type RdfSettings } from '../../src/emit/index.js';
import type { IdentifiedItem, Item } from '../../src/model/index.js';

export const RDF_SYNTAX = { turtle: 'Turtle', ntriples: 'N-Triples', nquads: 'N-Quads', trig: 'TriG' } as const;
export type RdfFormat = keyof typeof RDF_SYNTAX;
export const STREAMING_FORMATS = ['json', 'ndjson', 'turtle', 'ntriples', 'nquads', 'trig'] as const;
export type StreamingFormat = (typeof STREAMING_FORMATS)[number];

/** n3's Writer over `ItemRdf.quads`, as the RDF emitters did before (a string, as Node would encode it to UTF-8). */
export function n3Written(format: RdfFormat, items: readonly IdentifiedItem[], rdf: RdfSettings): string {
  const mapping = new ItemRdf(rdf);
  const syntax = RDF_SYNTAX[format];
  const named = format === 'nquads' || format === 'trig';
  const prefixed = format === 'turtle' || format === 'trig';
  const writer = new Writer({ format: syntax, ...(prefixed ? { prefixes: mapping.vocabulary.prefixes } : {}) });
  for (const item of items) {
    const graph = DataFactory.namedNode(entityGraph(mapping, item.id));
    for (const q of mapping.quads(item)) writer.addQuad(named ? DataFactory.quad(q.subject, q.predicate, q.object, graph) : q);
  }
  let text = '';
  writer.end((error: Error | null, result: string) => {
    if (error !== null) throw error;
    text = result;
  });
  return utf8(text);
}

/** The text as it reads back from the bytes Node writes for it (lone surrogates become U+FFFD). */
export function utf8(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** Head, chunks with separators, tail: what the main thread will join from the workers' chunks. */
export function serialized(format: StreamingFormat, items: readonly Item[], rdf: RdfSettings): { text: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const serializer = OUTPUT_FORMATS[format].serializer({ rdf, onDiagnostic: (d) => diagnostics.push(d) });
  return { text: serializer.head + items.map((item) => serializer.entity(item)).join(serializer.separator) + serializer.tail, diagnostics };
}

/** Through the format's emitter (`create`), onto a stream. */
export async function emitted(format: StreamingFormat, items: readonly Item[], rdf: RdfSettings): Promise<string> {
  let text = '';
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  const emitter = OUTPUT_FORMATS[format].create({ out, rdf, onDiagnostic: () => {} });
  for (const item of items) await emitter.write(item);
  await emitter.end();
  return text;
}

/** Every quad, blank nodes keeping their labels, as sorted N-Quads-like keys (without graphs if asked). */
export function parsedQuads(format: RdfFormat, text: string, { dropGraphs = false } = {}): string[] {
  const quads: Quad[] = new Parser({ format: RDF_SYNTAX[format], blankNodePrefix: '' }).parse(text);
  const graph = (q: Quad): string => (dropGraphs || q.graph.termType === 'DefaultGraph' ? '' : ` ${q.graph.id}`);
  return quads.map((q) => `${q.subject.id} ${q.predicate.id} ${q.object.id}${graph(q)}`).sort();
}
