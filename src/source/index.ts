// Sources: where pages come from (files, directories, standard input, NDJSON records).
export * from './page-source.js';
export * from './read-inputs.js';
export * from './ndjson.js';
export * from './address.js';
export * from './entity-source.js';
export * from './wikibase-json.js';
export * from './manifest.js';
