// Resolving what a page names by text to the items of a Wikibase.
export { NO_ITEM_LABELS, type ItemLabelLookup } from './item-labels.js';
export { LabelTable, labelKey, resolveItemLabel } from './label-table.js';
export { LinkEntrySchema, LinkMapError, parseLinkMap, type LinkEntry } from './link-map.js';
