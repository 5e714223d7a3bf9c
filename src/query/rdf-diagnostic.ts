// The `rdf-invalid` diagnostic of RDF files given to `query`, as the pipeline's diagnostic union defines it.
import type { Diagnostic } from '../diagnostics/index.js';

export type RdfInvalid = Extract<Diagnostic, { code: 'rdf-invalid' }> & { readonly severity: 'error' };
