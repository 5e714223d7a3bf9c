// Builds the store a query runs over: pages and Wikibase JSON through the real convert pipeline (as N-Quads, one
// named graph per entity, held in memory and loaded at once), RDF files as they are; then the default graph made
// the merge of every graph.
import { Writable, type Readable } from 'node:stream';
import type { Store } from 'oxigraph';
import type { Diagnostic } from '../diagnostics/index.js';
import { OUTPUT_FORMATS, type RdfSettings } from '../emit/index.js';
import { convert, type RunSummary } from '../pipeline/index.js';
import type { Profile } from '../profile/index.js';
import { oxigraph } from '../util/packages.js';
import { loadRdfFile, rdfSyntaxOf } from './rdf-files.js';

export interface LoadOptions {
  readonly profile: Profile;
  readonly rdf: RdfSettings;
  /** The address of the page, when exactly one page input is read. */
  readonly url?: string;
  /** The pages' UI language; told from each page when absent. */
  readonly uiLanguage?: string;
  readonly stdin?: Readable;
  readonly onDiagnostic: (d: Diagnostic) => void;
}

export interface LoadReport {
  readonly store: Store;
  /** The pipeline's counts, when some input went through it. */
  readonly pipeline: RunSummary | null;
  /** RDF files loaded, and RDF files left out for a syntax error. */
  readonly rdfFiles: number;
  readonly rdfInvalid: number;
  /** Some input could not be read at all (as `convert` counts it: exit 2). */
  readonly unreadable: boolean;
}

/** Collects what the pipeline writes, so that it is loaded in one go (blank nodes are scoped to one load). */
class Chunks extends Writable {
  readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    done();
  }
}

/** Named inputs with an RDF extension are RDF files; everything else (pages, JSON, directories, `-`) is converted. */
export function splitInputs(inputs: readonly string[]): { rdf: string[]; pages: string[] } {
  const rdf = inputs.filter((input) => input !== '-' && rdfSyntaxOf(input) !== null);
  return { rdf, pages: inputs.filter((input) => !rdf.includes(input)) };
}

export async function loadStore(inputs: readonly string[], options: LoadOptions): Promise<LoadReport> {
  const store = new (oxigraph().Store)();
  const { rdf, pages } = splitInputs(inputs);
  let unreadable = false;
  const report = (d: Diagnostic): void => {
    if (d.code === 'input-unreadable') unreadable = true;
    options.onDiagnostic(d);
  };

  let pipeline: RunSummary | null = null;
  if (pages.length > 0) {
    const sink = new Chunks();
    pipeline = await convert(pages, { format: OUTPUT_FORMATS.nquads, out: sink, rdf: options.rdf }, {
      profile: options.profile,
      onDiagnostic: report,
      ...(options.url === undefined ? {} : { facts: { url: options.url } }),
      ...(options.uiLanguage === undefined ? {} : { uiLanguage: options.uiLanguage }),
      ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
    });
    // Our own N-Quads: a syntax error here is a bug in wbimport, and surfaces as an internal error. Lenient, as
    // language tags are written as Wikibase stores them (`@zh-classical`), which N-Quads' grammar allows and
    // oxigraph's BCP 47 check (subtags of eight characters at most) does not.
    if (sink.chunks.length > 0) store.load(sink.chunks, { format: 'application/n-quads', lenient: true });
  }

  let rdfFiles = 0;
  let rdfInvalid = 0;
  for (const path of rdf) {
    const problem = await loadRdfFile(store, path, rdfSyntaxOf(path) ?? { name: 'N-Triples', mediaType: 'application/n-triples' });
    if (problem === null) rdfFiles += 1;
    else {
      if (problem.code === 'rdf-invalid') rdfInvalid += 1;
      report(problem);
    }
  }
  return { store, pipeline, rdfFiles, rdfInvalid, unreadable };
}

/**
 * Adds every triple of every named graph to the default graph, so that a query without GRAPH sees everything, each
 * triple once. oxigraph's `use_default_graph_as_union` would do it without the copy, but in oxigraph 0.5 it counts a
 * triple once per graph that holds it (oxigraph issue #1919, still so in 0.5.11; fixed upstream by PR #1920): our
 * entity graphs share value and reference nodes, so COUNT, SUM and plain SELECTs would repeat them.
 */
export function mergeGraphsIntoDefault(store: Store): void {
  store.update('INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }');
}
