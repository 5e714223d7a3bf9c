// Emitters: entities out as Wikibase JSON or RDF.
export * from './emitter.js';
export * from './formats.js';
export * from './json/serialize.js';
export * from './rdf/settings.js';
export { readSiteTable, siteOf, wikimediaSite } from './rdf/sites.js';
export * from './rdf/vocabulary.js';
export * from './rdf/entity-rdf.js';
export * from './rdf/item-quads.js';
export * from './chunk-emitter.js';
export { entityGraph } from './rdf/rdf-emitter.js';
