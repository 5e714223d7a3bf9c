// Wikibase data values (the `datavalue` of a snak), one schema per value type.
import { z } from 'zod';
import { DecimalStringSchema } from './decimal.js';

export const StringValueSchema = z.object({ value: z.string(), type: z.literal('string') });

export const MonolingualTextValueSchema = z.object({
  value: z.object({ text: z.string(), language: z.string().min(1) }),
  type: z.literal('monolingualtext'),
});

/** Unit is a concept URI, or "1" for a unitless quantity. */
export const QuantityValueSchema = z.object({
  value: z.object({
    amount: DecimalStringSchema,
    unit: z.string().min(1),
    upperBound: DecimalStringSchema.optional(),
    lowerBound: DecimalStringSchema.optional(),
  }),
  type: z.literal('quantity'),
});

export const TIME_PATTERN = /^[-+]\d{1,16}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

export const TimeValueSchema = z.object({
  value: z.object({
    time: z.string().regex(TIME_PATTERN, 'expected a time such as +2018-09-01T00:00:00Z'),
    timezone: z.number().int(),
    before: z.number().int().nonnegative(),
    after: z.number().int().nonnegative(),
    precision: z.number().int().min(0).max(14),
    calendarmodel: z.string().min(1),
  }),
  type: z.literal('time'),
});

export const GlobeCoordinateValueSchema = z.object({
  value: z.object({
    latitude: z.number(),
    longitude: z.number(),
    altitude: z.number().nullable().optional(),
    precision: z.number().nullable(),
    globe: z.string().min(1),
  }),
  type: z.literal('globecoordinate'),
});

export const EntityIdValueSchema = z.object({
  value: z.object({
    'entity-type': z.string(),
    'numeric-id': z.number().int().nonnegative().optional(),
    id: z.string().optional(),
  }),
  type: z.literal('wikibase-entityid'),
});

export const DataValueSchema = z.discriminatedUnion('type', [
  StringValueSchema,
  MonolingualTextValueSchema,
  QuantityValueSchema,
  TimeValueSchema,
  GlobeCoordinateValueSchema,
  EntityIdValueSchema,
]);

export type DataValue = z.infer<typeof DataValueSchema>;
export type StringValue = z.infer<typeof StringValueSchema>;
export type MonolingualTextValue = z.infer<typeof MonolingualTextValueSchema>;
export type QuantityValue = z.infer<typeof QuantityValueSchema>;
export type TimeValue = z.infer<typeof TimeValueSchema>;
export type GlobeCoordinateValue = z.infer<typeof GlobeCoordinateValueSchema>;
export type EntityIdValue = z.infer<typeof EntityIdValueSchema>;

/** Calendar models and the globe stay on wikidata.org whatever the Wikibase. */
export const GREGORIAN = 'http://www.wikidata.org/entity/Q1985727';
export const JULIAN = 'http://www.wikidata.org/entity/Q1985786';
export const EARTH = 'http://www.wikidata.org/entity/Q2';
