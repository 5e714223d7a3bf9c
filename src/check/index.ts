// Checks: the profile's rules about how an item's values must agree.
export * from './run-checks.js';
export * from './statement-values.js';
