// wbimport's library API: the pipeline stages, usable without the CLI.
export * from './model/index.js';
export * from './diagnostics/index.js';
export * from './profile/index.js';
export * from './source/index.js';
export * from './files/index.js';
export * from './parse/index.js';
export * from './interpret/index.js';
export * from './merge/index.js';
export * from './check/index.js';
export * from './emit/index.js';
export * from './pipeline/index.js';
