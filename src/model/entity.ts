// A Wikibase item: terms per language, statements per property, sitelinks.
import { z } from 'zod';
import { ItemIdSchema, PropertyIdSchema, type ItemId, type PropertyId } from './ids.js';
import { StatementSchema, type Statement } from './statement.js';

export const TermSchema = z.object({ language: z.string().min(1), value: z.string() });
export type Term = z.infer<typeof TermSchema>;

/** Wikibase serialises an empty map as `{}`, but PHP's empty arrays make older dumps say `[]`: both are read. */
function mapOf<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (Array.isArray(v) && v.length === 0 ? {} : v), schema);
}
const termMap = mapOf(z.record(z.string(), TermSchema));
const aliasMap = mapOf(z.record(z.string(), z.array(TermSchema)));

export const SitelinkSchema = z.object({
  site: z.string(),
  title: z.string(),
  badges: z.array(z.string()).default([]),
  url: z.string().optional(),
});

export const ItemSchema = z.object({
  pageid: z.number().int().optional(),
  ns: z.number().int().optional(),
  title: z.string().optional(),
  lastrevid: z.number().int().optional(),
  modified: z.string().optional(),
  type: z.literal('item'),
  /** Absent for an item still to be created (as `wbeditentity` with `new=item` takes it). */
  id: ItemIdSchema.optional(),
  labels: termMap.optional(),
  descriptions: termMap.optional(),
  aliases: aliasMap.optional(),
  claims: mapOf(z.record(PropertyIdSchema, z.array(StatementSchema))).optional(),
  sitelinks: mapOf(z.record(z.string(), SitelinkSchema)).optional(),
});

/** The maps an item may leave out are kept out, so that Wikibase JSON read and written again is the same. */
export type Item = z.infer<typeof ItemSchema>;
/** An item that exists on its Wikibase: the only kind RDF and the `{"entities": …}` envelope can name. */
export type IdentifiedItem = Item & { readonly id: ItemId };
/** An item with every map present, as the pipeline builds them from pages. */
export type CompleteItem = IdentifiedItem & {
  readonly [K in 'labels' | 'descriptions' | 'aliases' | 'sitelinks']-?: NonNullable<Item[K]>;
} & { readonly claims: Record<PropertyId, (Statement & { readonly id: string })[]> };
export type Labels = NonNullable<Item['labels']>;
export type Aliases = NonNullable<Item['aliases']>;
export type Claims = NonNullable<Item['claims']>;

export function isIdentified(item: Item): item is IdentifiedItem {
  return item.id !== undefined;
}
