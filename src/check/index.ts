// Checks: the profile's rules about an item's values.
export * from './run-checks.js';
export * from './rule.js';
export * from './statement-values.js';
export { expectedRatio } from './rules/ratio.js';
export * from './wiki-limits.js';
