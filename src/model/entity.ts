// Wikibase entities: items (terms, statements, sitelinks) and properties (a datatype, terms, statements), refusing
// what Wikibase refuses (a term filed under another language, a statement filed under another property).
import { z } from 'zod';
import { ItemIdSchema, PropertyIdSchema, type ItemId, type PropertyId } from './ids.js';
import { isLanguageCode, LANGUAGE_CODE_PROBLEM } from './language-code.js';
import { StatementSchema, type Statement } from './statement.js';

export const TermSchema = z.object({ language: z.string().min(1), value: z.string() });
export type Term = z.infer<typeof TermSchema>;

/** Wikibase serialises an empty map as `{}`, but PHP's empty arrays make older dumps say `[]`: both are read. */
function mapOf<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (Array.isArray(v) && v.length === 0 ? {} : v), schema);
}

/** A term is filed under its own language, which must be one Wikibase knows. */
function checkTerm(key: string, term: Term, path: PropertyKey[], ctx: z.RefinementCtx): void {
  if (term.language !== key) {
    ctx.addIssue({ code: 'custom', path: [...path, 'language'], message: `the term's language "${term.language}" differs from its key "${key}"` });
  } else if (!isLanguageCode(key)) {
    ctx.addIssue({ code: 'custom', path: [...path, 'language'], message: `"${key}": ${LANGUAGE_CODE_PROBLEM}` });
  }
}

const termMap = mapOf(
  z.record(z.string(), TermSchema).superRefine((map, ctx) => {
    for (const [key, term] of Object.entries(map)) checkTerm(key, term, [key], ctx);
  }),
);
const aliasMap = mapOf(
  z.record(z.string(), z.array(TermSchema)).superRefine((map, ctx) => {
    for (const [key, list] of Object.entries(map)) list.forEach((term, i) => checkTerm(key, term, [key, i], ctx));
  }),
);

/** Statements are filed under their main snak's property; qualifiers and reference snaks under theirs. */
const claimMap = mapOf(
  z.record(PropertyIdSchema, z.array(StatementSchema)).superRefine((map, ctx) => {
    for (const [key, list] of Object.entries(map)) {
      list.forEach((statement, i) => {
        if (statement.mainsnak.property !== key) {
          ctx.addIssue({
            code: 'custom',
            path: [key, i, 'mainsnak', 'property'],
            message: `a statement of ${statement.mainsnak.property} is filed under ${key}`,
          });
        }
        const snakMaps: [PropertyKey[], Record<string, { property: string }[]>][] = [[['qualifiers'], statement.qualifiers ?? {}]];
        (statement.references ?? []).forEach((r, j) => snakMaps.push([['references', j, 'snaks'], r.snaks]));
        for (const [path, snaks] of snakMaps) {
          for (const [p, group] of Object.entries(snaks)) {
            group.forEach((snak, k) => {
              if (snak.property !== p) {
                ctx.addIssue({ code: 'custom', path: [key, i, ...path, p, k, 'property'], message: `a snak of ${snak.property} is filed under ${p}` });
              }
            });
          }
        }
      });
    }
  }),
);

export const SitelinkSchema = z.object({
  site: z.string(),
  title: z.string(),
  badges: z.array(ItemIdSchema).default([]),
  url: z.string().optional(),
});

const sitelinkMap = mapOf(
  z.record(z.string(), SitelinkSchema).superRefine((map, ctx) => {
    for (const [key, link] of Object.entries(map)) {
      if (link.site !== key) ctx.addIssue({ code: 'custom', path: [key, 'site'], message: `a sitelink to "${link.site}" is filed under "${key}"` });
    }
  }),
);

/** What items and properties share: page facts, revision, terms and statements. */
const common = {
  pageid: z.number().int().optional(),
  ns: z.number().int().optional(),
  title: z.string().optional(),
  lastrevid: z.number().int().positive().optional(),
  modified: z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/u, 'expected a UTC time such as 2013-10-04T03:31:05Z').optional(),
  labels: termMap.optional(),
  descriptions: termMap.optional(),
  aliases: aliasMap.optional(),
  claims: claimMap.optional(),
};

export const ItemSchema = z.object({
  ...common,
  type: z.literal('item'),
  /** Absent for an item still to be created (as `wbeditentity` with `new=item` takes it). */
  id: ItemIdSchema.optional(),
  sitelinks: sitelinkMap.optional(),
});

/** A datatype id: a stock one (see DATATYPES) or one an extension adds, in the same form. */
const DatatypeIdSchema = z.string().regex(/^[a-zA-Z][a-zA-Z0-9-]*$/u, 'expected a datatype such as wikibase-item');

export const PropertyEntitySchema = z.object({
  ...common,
  type: z.literal('property'),
  datatype: DatatypeIdSchema,
  id: PropertyIdSchema.optional(),
});

/** The maps an item may leave out are kept out, so that Wikibase JSON read and written again is the same. */
export type Item = z.infer<typeof ItemSchema>;
export type Property = z.infer<typeof PropertyEntitySchema>;
/** Any entity the pipeline carries. */
export type Entity = Item | Property;
/** An item that exists on its Wikibase: the only kind RDF and the `{"entities": …}` envelope can name. */
export type IdentifiedItem = Item & { readonly id: ItemId };
export type IdentifiedProperty = Property & { readonly id: PropertyId };
export type IdentifiedEntity = IdentifiedItem | IdentifiedProperty;
/** An item with every map present, as the pipeline builds them from pages. */
export type CompleteItem = IdentifiedItem & {
  readonly [K in 'labels' | 'descriptions' | 'aliases' | 'sitelinks']-?: NonNullable<Item[K]>;
} & { readonly claims: Record<PropertyId, (Statement & { readonly id: string })[]> };
export type Labels = NonNullable<Item['labels']>;
export type Aliases = NonNullable<Item['aliases']>;
export type Claims = NonNullable<Item['claims']>;

export function isIdentified<E extends Entity>(entity: E): entity is E & { readonly id: E extends Item ? ItemId : PropertyId } {
  return entity.id !== undefined;
}

export function isProperty(entity: Entity): entity is Property {
  return entity.type === 'property';
}
