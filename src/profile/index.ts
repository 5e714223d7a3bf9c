// Profiles: the data that ties pages to one Wikibase.
export * from './schema.js';
export * from './info-page-schema.js';
export * from './parse-profile.js';
export * from './json-schema.js';
export { profileRegex } from './regex-string.js';
