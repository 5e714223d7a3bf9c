// Local SPARQL over our RDF: the store, the predeclared prefixes, running a query, and writing its answer.
export * from './prefixes.js';
export * from './prologue.js';
export * from './query-error.js';
export * from './results.js';
export * from './graph-result.js';
export * from './run-query.js';
export * from './result-formats.js';
export * from './rdf-diagnostic.js';
export * from './rdf-files.js';
export * from './load-store.js';
export * from './save-store.js';
export * from './results-json.js';
export * from './results-csv.js';
export * from './results-tsv.js';
export * from './results-table.js';
export * from './results-rdf.js';
