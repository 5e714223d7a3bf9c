// Diagnostics: what went wrong, where, and how to say it.
export * from './span.js';
export * from './diagnostic.js';
export * from './messages.js';
export * from './format.js';
export * from './errors.js';
export * from './plural.js';
