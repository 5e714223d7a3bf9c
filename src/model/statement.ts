// Statements with their rank, qualifiers and references.
import { z } from 'zod';
import { PropertyIdSchema, StatementIdSchema } from './ids.js';
import { SnakSchema } from './snak.js';

export const RANKS = ['preferred', 'normal', 'deprecated'] as const;
export const RankSchema = z.enum(RANKS);
export type Rank = z.infer<typeof RankSchema>;

/** Snaks grouped by property, the shape of `qualifiers` and of a reference's `snaks`. */
export const SnakMapSchema = z.record(PropertyIdSchema, z.array(SnakSchema));
export type SnakMap = z.infer<typeof SnakMapSchema>;

export const ReferenceSchema = z.object({
  hash: z.string().optional(),
  snaks: SnakMapSchema,
  'snaks-order': z.array(PropertyIdSchema),
});
export type Reference = z.infer<typeof ReferenceSchema>;

export const StatementSchema = z.object({
  mainsnak: SnakSchema,
  type: z.literal('statement'),
  qualifiers: SnakMapSchema.optional(),
  'qualifiers-order': z.array(PropertyIdSchema).optional(),
  /** Absent on a statement still to be added (as `wbeditentity` takes it); Wikibase then gives it a GUID. */
  id: StatementIdSchema.optional(),
  rank: RankSchema,
  references: z.array(ReferenceSchema).optional(),
});
export type Statement = z.infer<typeof StatementSchema>;
