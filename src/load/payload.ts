// What is sent for one entity: its named graph and its triples as N-Triples, written by the same serializer as
// `convert --to ntriples` (so a store holds byte for byte what a file would).
import type { Diagnostic } from '../diagnostics/index.js';
import { entityGraph, OUTPUT_FORMATS, vocabulary, type ChunkSerializer, type RdfSettings, type Vocabulary } from '../emit/index.js';
import type { IdentifiedEntity } from '../model/index.js';

export interface GraphPayload {
  /** The entity's id, for messages. */
  readonly item: string;
  /** The graph's IRI: the entity's data URI, as our N-Quads output names it. */
  readonly graph: string;
  /** N-Triples, one triple a line, each line ending in a newline; no line twice. */
  readonly ntriples: string;
  readonly triples: number;
  /**
   * Whether some triple holds a blank node (somevalue snaks): SPARQL's INSERT DATA cannot carry those into
   * Virtuoso 7, so the update method writes such graphs with INSERT … WHERE {} instead.
   */
  readonly blankNodes: boolean;
}

// A blank node is a subject, or an object after a subject and a predicate (IRIs hold no spaces in N-Triples).
const BLANK_NODE = /^(?:_:|\S+ <[^>]*> _:)/mu;

/** N-Triples text without repeated lines, how many lines that is, and whether a blank node occurs. */
export function ntriplesPayload(text: string): Pick<GraphPayload, 'ntriples' | 'triples' | 'blankNodes'> {
  const lines = new Set(text.split('\n'));
  lines.delete('');
  const ntriples = lines.size === 0 ? '' : `${[...lines].join('\n')}\n`;
  return { ntriples, triples: lines.size, blankNodes: BLANK_NODE.test(ntriples) };
}

/** Builds each entity's payload; what RDF cannot say is reported as `format-limit` warnings. */
export class PayloadBuilder {
  private readonly serializer: ChunkSerializer;
  private readonly mapping: { readonly vocabulary: Vocabulary };

  constructor(settings: RdfSettings, onDiagnostic: (d: Diagnostic) => void) {
    this.serializer = OUTPUT_FORMATS.ntriples.serializer({ rdf: settings, onDiagnostic });
    this.mapping = { vocabulary: vocabulary(settings.conceptUriBase, settings.dataUriBase) };
  }

  payload(item: IdentifiedEntity): GraphPayload {
    return { item: item.id, graph: entityGraph(this.mapping, item.id), ...ntriplesPayload(this.serializer.entity(item)) };
  }
}
