// Sources: where pages come from (files, directories, standard input, NDJSON records).
export * from '../input/index.js';
export * from './read-inputs.js';
export * from './ndjson.js';
export * from './wikibase-json.js';
export * from './manifest.js';
