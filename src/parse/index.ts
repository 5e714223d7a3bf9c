// Parsing: raw page text into blocks with spans.
export * from './page.js';
export * from './ui-phrases.js';
export * from './plural-message.js';
export * from './item-page.js';
export * from './portal-page.js';
export * from './parse-page.js';
export * from './detect-ui-language.js';
export * from './split-pages.js';
export * from './source-lines.js';
export * from './page-item-id.js';
export * from './labelled-types.js';
export * from './labelled-page.js';
export * from './markdown.js';
export * from './html-page.js';
export * from './kohesio-page.js';
export * from './classify-page.js';
export * from './address.js';
