// Snaks: a property with a value, "some value" (unknown) or "no value".
import { z } from 'zod';
import { DataValueSchema } from './datavalue.js';
import { PropertyIdSchema } from './ids.js';

/**
 * A snak's `datatype` is kept as given: Wikibases have datatypes beyond the common ones (and some dumps carry
 * odd values), and the property's datatype, not this field, decides how a value is written.
 */
const base = {
  property: PropertyIdSchema,
  hash: z.string().optional(),
  datatype: z.string().min(1).optional(),
};

export const ValueSnakSchema = z.object({ snaktype: z.literal('value'), ...base, datavalue: DataValueSchema });
export const SomeValueSnakSchema = z.object({ snaktype: z.literal('somevalue'), ...base });
export const NoValueSnakSchema = z.object({ snaktype: z.literal('novalue'), ...base });

export const SnakSchema = z.discriminatedUnion('snaktype', [ValueSnakSchema, SomeValueSnakSchema, NoValueSnakSchema]);

export type Snak = z.infer<typeof SnakSchema>;
export type ValueSnak = z.infer<typeof ValueSnakSchema>;

/** What a snak is apart from its hash and datatype field: what its hash and its identity are computed from. */
export type SnakCore =
  | { readonly snaktype: 'value'; readonly property: ValueSnak['property']; readonly datavalue: ValueSnak['datavalue'] }
  | { readonly snaktype: 'somevalue' | 'novalue'; readonly property: ValueSnak['property'] };
