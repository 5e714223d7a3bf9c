// The Wikibase entity model: one import point for the schemas and types.
export * from './ids.js';
export * from './decimal.js';
export * from './datatype.js';
export * from './datavalue.js';
export * from './snak.js';
export * from './same-value.js';
export * from './statement.js';
export * from './entity.js';
export * from './statement-id.js';
export * from './json-schema.js';
export * from './read-entity.js';
export * from './rank.js';
export * from './language-code.js';
export * from './wikimedia-sites.js';
