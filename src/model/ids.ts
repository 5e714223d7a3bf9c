// Entity and property ids as template-literal types, checked with wikibase-sdk's guards.
import { isItemId, isPropertyId, isGuid } from 'wikibase-sdk';
import type { ItemId, PropertyId } from 'wikibase-sdk';
import { z } from 'zod';

export type { ItemId, PropertyId };

/**
 * Ids are strings with a pattern (so JSON Schema can say so) checked by wikibase-sdk's guards, and typed as
 * its template-literal types.
 */
export const ItemIdSchema = z
  .string()
  .regex(/^Q[1-9]\d{0,9}$/u, 'expected an item id such as Q42')
  .refine((v) => isItemId(v)) as unknown as z.ZodType<ItemId, string>;
export const PropertyIdSchema = z
  .string()
  .regex(/^P[1-9]\d{0,9}$/u, 'expected a property id such as P31')
  .refine((v) => isPropertyId(v)) as unknown as z.ZodType<PropertyId, string>;
/** Statement ids are `Q42$<uuid>` on a real Wikibase; imported dumps and test data may use other forms. */
export const StatementIdSchema = z.string().min(1);

export { isItemId, isPropertyId, isGuid };
