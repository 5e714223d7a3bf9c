// Interpretation: parsed pages into item drafts, by the profile.
export * from './draft.js';
export * from './classify-value.js';
export * from './unit-table.js';
export * from './assign.js';
export * from './interpret-page.js';
export * from './labelled-page.js';
export * from './typed-value.js';
export * from './kohesio-page.js';
export * from './sitelinks.js';
