// Problems of RDF files given to `query`, reported as the pipeline's diagnostics are (same text and NDJSON layout).
// The pipeline's diagnostic union has no RDF syntax error (convert never reads RDF), so it lives here.
import { formatDiagnosticJson, formatDiagnosticText, formatLocation, type Diagnostic, type Span } from '../diagnostics/index.js';
import { caretExcerpt } from './source-excerpt.js';

export interface RdfInvalid {
  readonly code: 'rdf-invalid';
  readonly severity: 'error';
  readonly span: Span;
  /** The RDF syntax the file was read as, e.g. "N-Quads". */
  readonly format: string;
  readonly reason: string;
}

/** What `query` reports while loading: the pipeline's diagnostics and its own. */
export type InputDiagnostic = Diagnostic | RdfInvalid;

export const isRdfInvalid = (d: InputDiagnostic): d is RdfInvalid => d.code === 'rdf-invalid' && !('check' in d);

function rdfMessage(d: RdfInvalid): string {
  return `not valid ${d.format}: ${d.reason}; nothing of this file is loaded`;
}

export function formatInputDiagnostic(d: InputDiagnostic, style: 'text' | 'json'): string {
  if (!isRdfInvalid(d)) return style === 'json' ? formatDiagnosticJson(d) : formatDiagnosticText(d);
  if (style === 'json') return JSON.stringify({ ...d, message: rdfMessage(d) });
  const head = `${formatLocation(d.span)}: ${d.severity} ${d.code}: ${rdfMessage(d)}`;
  return d.span.text === undefined ? head : `${head}\n${caretExcerpt(d.span.text, d.span.column, d.span.length)}`;
}
