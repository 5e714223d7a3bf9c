// An item as the target Wikibase holds it (from wbgetentities, read with zod): its revision, terms, and statements with their ids.
import { z } from 'zod';
import { isItemId, ItemIdSchema, PropertyIdSchema, StatementSchema, type ItemId, type PropertyId, type Statement } from '../model/index.js';

export interface ServerStatement {
  readonly id: string;
  /** Null when the model cannot read it (a value type of some extension): it then matches nothing of ours. */
  readonly statement: Statement | null;
}

export interface ServerItem {
  readonly id: ItemId;
  readonly lastrevid: number;
  readonly labels: Readonly<Record<string, string>>;
  readonly descriptions: Readonly<Record<string, string>>;
  readonly aliases: Readonly<Record<string, readonly string[]>>;
  readonly claims: ReadonlyMap<PropertyId, readonly ServerStatement[]>;
}

/** What wbgetentities said of a requested id. */
export type Lookup = { readonly kind: 'item'; readonly item: ServerItem } | { readonly kind: 'missing' } | { readonly kind: 'redirect'; readonly to: string };

/** A map; PHP writes an empty one as `[]` in some answers. */
const mapOf = <K extends z.ZodType<string, string>, T extends z.ZodType>(key: K, value: T) =>
  z.preprocess((v) => (Array.isArray(v) && v.length === 0 ? {} : v), z.record(key, value));

const TermSchema = z.object({ value: z.string() }).loose();

/**
 * One entity of a wbgetentities answer, as far as an upload reads it: statements are read one by one with the
 * model's schema afterwards, so one the model cannot read does not make the whole item unreadable.
 */
const ServerEntitySchema = z
  .object({
    id: ItemIdSchema,
    lastrevid: z.number().int().nonnegative(),
    labels: mapOf(z.string(), TermSchema).optional(),
    descriptions: mapOf(z.string(), TermSchema).optional(),
    aliases: mapOf(z.string(), z.array(TermSchema)).optional(),
    claims: mapOf(PropertyIdSchema, z.array(z.unknown())).optional(),
  })
  .loose();

const StatementIdOnly = z.object({ id: z.string() }).loose();

const values = (map: Readonly<Record<string, { readonly value: string }>> | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(map ?? {}).map(([language, term]) => [language, term.value]));

/** Reads one entity of a wbgetentities answer; an error names what is unreadable and where. */
export function readServerItem(json: unknown): ServerItem | { readonly error: string } {
  const parsed = ServerEntitySchema.safeParse(json);
  if (!parsed.success) {
    const id = StatementIdOnly.safeParse(json);
    const where = id.success ? id.data.id : 'the entity';
    return { error: `${where}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'entity'}: ${i.message}`).join('; ')}` };
  }
  const entity = parsed.data;
  const claims = new Map<PropertyId, ServerStatement[]>();
  for (const [property, list] of Object.entries(entity.claims ?? {})) {
    const statements = list.map((raw): ServerStatement => {
      const statement = StatementSchema.safeParse(raw);
      const sid = StatementIdOnly.safeParse(raw);
      return { id: sid.success ? sid.data.id : '', statement: statement.success ? statement.data : null };
    });
    claims.set(property as PropertyId, statements);
  }
  return {
    id: entity.id,
    lastrevid: entity.lastrevid,
    labels: values(entity.labels),
    descriptions: values(entity.descriptions),
    aliases: Object.fromEntries(Object.entries(entity.aliases ?? {}).map(([language, list]) => [language, list.map((a) => a.value)])),
    claims,
  };
}

/** What an answer says of each id asked: the entity, or that it is missing or a redirect. */
const EntitiesAnswerSchema = z.object({
  entities: mapOf(
    z.string(),
    z
      .object({
        id: z.string().optional(),
        missing: z.unknown().optional(),
        redirects: z.object({ from: z.string(), to: z.string() }).optional(),
      })
      .loose(),
  ),
});

/** Reads a whole wbgetentities answer for the ids asked, following what Wikibase says of redirects. */
export function readEntities(answer: Record<string, unknown>, asked: readonly ItemId[]): Map<ItemId, Lookup | { readonly error: string }> {
  const out = new Map<ItemId, Lookup | { readonly error: string }>();
  const parsed = EntitiesAnswerSchema.safeParse(answer);
  if (!parsed.success) {
    const problem = parsed.error.issues.map((i) => `${i.path.join('.') || 'answer'}: ${i.message}`).join('; ');
    for (const id of asked) out.set(id, { error: `not a wbgetentities answer (${problem})` });
    return out;
  }
  for (const [key, entity] of Object.entries(parsed.data.entities)) {
    const from = entity.redirects?.from ?? key;
    if (!isItemId(from)) continue;
    if ('missing' in entity) out.set(from, { kind: 'missing' });
    else if (entity.redirects !== undefined || (entity.id !== undefined && entity.id !== from)) {
      out.set(from, { kind: 'redirect', to: entity.redirects?.to ?? entity.id ?? '' });
    } else {
      const item = readServerItem(entity);
      out.set(from, 'error' in item ? item : { kind: 'item', item });
    }
  }
  for (const id of asked) if (!out.has(id)) out.set(id, { error: `the answer says nothing of ${id}` });
  return out;
}
