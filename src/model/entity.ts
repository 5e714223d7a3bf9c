// A Wikibase item: terms per language, statements per property, sitelinks.
import { z } from 'zod';
import { ItemIdSchema, PropertyIdSchema } from './ids.js';
import { StatementSchema } from './statement.js';

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
  id: ItemIdSchema,
  labels: termMap.default({}),
  descriptions: termMap.default({}),
  aliases: aliasMap.default({}),
  claims: mapOf(z.record(PropertyIdSchema, z.array(StatementSchema))).default({}),
  sitelinks: mapOf(z.record(z.string(), SitelinkSchema)).default({}),
});

export type Item = z.infer<typeof ItemSchema>;
export type Labels = Item['labels'];
export type Aliases = Item['aliases'];
export type Claims = Item['claims'];
