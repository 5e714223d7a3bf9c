// What an input gives before parsing (a page's text, an entity's JSON) and where it stood: the leaf vocabulary
// shared by the sources that read inputs and the stages that parse them, so neither imports the other.
export * from './page-source.js';
export * from './entity-source.js';
