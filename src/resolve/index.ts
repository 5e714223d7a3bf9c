// Resolving what a page names by text to the items of a Wikibase.
export { NO_ITEM_LABELS, type ItemLabelLookup } from './item-labels.js';
