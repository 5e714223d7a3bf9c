// Loading our RDF into a triple store: Virtuoso's bulk loader, N-Quads, Graph Store Protocol or SPARQL Update; batched, retried, verified.
export * from './batches.js';
export * from './endpoints.js';
export * from './loader.js';
export * from './method.js';
export * from './payload.js';
export * from './quads-loader.js';
export * from './requests.js';
export * from './store-client.js';
export * from './verify.js';
export * from './virtuoso-bulk.js';
export * from './virtuoso-sql.js';
