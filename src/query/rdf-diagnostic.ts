// Problems of RDF files given to `query`: the pipeline's `rdf-invalid` diagnostic, formatted as every other one.
import { formatDiagnosticJson, formatDiagnosticText, type Diagnostic } from '../diagnostics/index.js';

export type RdfInvalid = Extract<Diagnostic, { code: 'rdf-invalid' }> & { readonly severity: 'error' };

/** What `query` reports while loading: the pipeline's diagnostics, `rdf-invalid` among them. */
export type InputDiagnostic = Diagnostic;

export const isRdfInvalid = (d: InputDiagnostic): d is RdfInvalid => d.code === 'rdf-invalid' && !('check' in d);

export function formatInputDiagnostic(d: InputDiagnostic, style: 'text' | 'json'): string {
  return style === 'json' ? formatDiagnosticJson(d) : formatDiagnosticText(d);
}
