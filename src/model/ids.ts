// Entity and property ids as template-literal types, checked with wikibase-sdk's guards.
import { isItemId, isPropertyId, isGuid } from 'wikibase-sdk';
import type { ItemId, PropertyId } from 'wikibase-sdk';
import { z } from 'zod';

export type { ItemId, PropertyId };

export const ItemIdSchema = z.custom<ItemId>((v) => isItemId(v), { message: 'expected an item id such as Q42' });
export const PropertyIdSchema = z.custom<PropertyId>((v) => isPropertyId(v), {
  message: 'expected a property id such as P31',
});
/** Statement ids are `Q42$<uuid>` on a real Wikibase; imported dumps and test data may use other forms. */
export const StatementIdSchema = z.string().min(1);

export { isItemId, isPropertyId, isGuid };
