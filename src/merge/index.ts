// Merging: all pages of one item into one entity.
export * from './entity-builder.js';
