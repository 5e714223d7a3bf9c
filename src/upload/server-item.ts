// An item as the target Wikibase holds it (from wbgetentities): its revision, terms, and statements with their ids.
import { isItemId, StatementSchema, type ItemId, type PropertyId, type Statement } from '../model/index.js';

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

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

function terms(value: unknown): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record(value)).flatMap(([language, term]) => {
      const v = record(term)['value'];
      return typeof v === 'string' ? [[language, v]] : [];
    }),
  );
}

function aliases(value: unknown): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(record(value)).map(([language, list]) => [
      language,
      (Array.isArray(list) ? list : []).flatMap((a) => {
        const v = record(a)['value'];
        return typeof v === 'string' ? [v] : [];
      }),
    ]),
  );
}

/** Reads one entity of a wbgetentities answer; an error names what is unreadable. */
export function readServerItem(json: unknown): ServerItem | { readonly error: string } {
  const entity = record(json);
  const id = entity['id'];
  if (!isItemId(id)) return { error: `not an item: ${JSON.stringify(id)}` };
  const lastrevid = entity['lastrevid'];
  if (typeof lastrevid !== 'number') return { error: `${id} has no lastrevid` };
  const claims = new Map<PropertyId, ServerStatement[]>();
  for (const [property, list] of Object.entries(record(entity['claims']))) {
    const statements = (Array.isArray(list) ? list : []).map((raw): ServerStatement => {
      const parsed = StatementSchema.safeParse(raw);
      const sid = record(raw)['id'];
      return { id: typeof sid === 'string' ? sid : '', statement: parsed.success ? parsed.data : null };
    });
    claims.set(property as PropertyId, statements);
  }
  return {
    id,
    lastrevid,
    labels: terms(entity['labels']),
    descriptions: terms(entity['descriptions']),
    aliases: aliases(entity['aliases']),
    claims,
  };
}

/** Reads a whole wbgetentities answer for the ids asked, following what Wikibase says of redirects. */
export function readEntities(answer: Record<string, unknown>, asked: readonly ItemId[]): Map<ItemId, Lookup | { readonly error: string }> {
  const out = new Map<ItemId, Lookup | { readonly error: string }>();
  for (const [key, value] of Object.entries(record(answer['entities']))) {
    const entity = record(value);
    const redirect = record(entity['redirects']);
    const from = typeof redirect['from'] === 'string' ? redirect['from'] : key;
    if (!isItemId(from)) continue;
    if ('missing' in entity) out.set(from, { kind: 'missing' });
    else if (typeof redirect['to'] === 'string' || (typeof entity['id'] === 'string' && entity['id'] !== from)) {
      out.set(from, { kind: 'redirect', to: String(redirect['to'] ?? entity['id']) });
    } else {
      const item = readServerItem(entity);
      out.set(from, 'error' in item ? item : { kind: 'item', item });
    }
  }
  for (const id of asked) if (!out.has(id)) out.set(id, { error: `the answer says nothing of ${id}` });
  return out;
}
