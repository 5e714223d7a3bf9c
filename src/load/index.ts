// Loading our RDF into a triple store over HTTP: Graph Store Protocol or SPARQL Update, batched, retried, verified.
export * from './authenticator.js';
export * from './challenge.js';
export * from './credentials.js';
export * from './digest.js';
export * from './endpoints.js';
export * from './loader.js';
export * from './payload.js';
export * from './requests.js';
export * from './retry.js';
export * from './store-client.js';
export * from './verify.js';
