// Rendering: entities back into the flattened pages wbimport reads (for round-trip tests and fixtures).
export * from './number.js';
export * from './rounding.js';
export * from './date.js';
export * from './quantity.js';
export * from './monolingual.js';
export * from './coordinates.js';
export * from './value.js';
export * from './row-layout.js';
export * from './terms-table.js';
export * from './statements.js';
export * from './item-page.js';
export * from './portal-page.js';
export * from './wikibase-page.js';
