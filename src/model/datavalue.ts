// Wikibase data values (the `datavalue` of a snak), one schema per value type, refusing what Wikibase refuses: a
// value that passes can be hashed, serialized and written as RDF without a throw.
import { z } from 'zod';
import { DECIMAL_PATTERN, DecimalStringSchema, compareDecimal, parseDecimal } from './decimal.js';
import { isLanguageCode, LANGUAGE_CODE_PROBLEM } from './language-code.js';

export const StringValueSchema = z.object({ value: z.string(), type: z.literal('string') });

export const MonolingualTextValueSchema = z.object({
  value: z.object({ text: z.string(), language: z.string().refine(isLanguageCode, LANGUAGE_CODE_PROBLEM) }),
  type: z.literal('monolingualtext'),
});

/**
 * Units, calendar models and globes are concept URIs: absolute, with nothing an IRI may not hold (PHP's json_encode,
 * which value hashes go through, fails on a lone surrogate, so none is taken).
 */
const CONCEPT_URI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`\uD800-\uDFFF]+$/iu;
const ConceptUriSchema = z.string().regex(CONCEPT_URI, 'expected an absolute IRI such as http://www.wikidata.org/entity/Q2');

/** Unit is a concept URI, or "1" for a unitless quantity; bounds come both or not at all, around the amount. */
export const QuantityValueSchema = z.object({
  value: z
    .object({
      amount: DecimalStringSchema,
      unit: z.union([z.literal('1'), ConceptUriSchema]),
      upperBound: DecimalStringSchema.optional(),
      lowerBound: DecimalStringSchema.optional(),
    })
    .superRefine((q, ctx) => {
      const { upperBound: upper, lowerBound: lower } = q;
      if ((upper === undefined) !== (lower === undefined)) {
        const missing = upper === undefined ? 'upperBound' : 'lowerBound';
        ctx.addIssue({ code: 'custom', path: [missing], message: 'a quantity has both bounds or neither' });
        return;
      }
      if (upper === undefined || lower === undefined || !DECIMAL_PATTERN.test(q.amount)) return;
      if (!DECIMAL_PATTERN.test(upper) || !DECIMAL_PATTERN.test(lower)) return;
      const amount = parseDecimal(q.amount);
      if (compareDecimal(parseDecimal(lower), amount) > 0) {
        ctx.addIssue({ code: 'custom', path: ['lowerBound'], message: 'the lower bound is above the amount' });
      }
      if (compareDecimal(parseDecimal(upper), amount) < 0) {
        ctx.addIssue({ code: 'custom', path: ['upperBound'], message: 'the upper bound is below the amount' });
      }
    }),
  type: z.literal('quantity'),
});

export const TIME_PATTERN = /^[-+]\d{1,16}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

/** What DataValues' TimeValue takes: fields in range, no day without a month, no time of day without a day. */
function timestampProblem(time: string): string | null {
  const m = /^[-+]\d+-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)Z$/u.exec(time);
  if (m === null) return null;
  const [month, day, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (month > 12) return `month ${month} is out of range`;
  if (day > 31) return `day ${day} is out of range`;
  if (hour > 23 || minute > 59 || second > 61) return 'the time of day is out of range';
  if (month === 0 && day > 0) return 'a day with no month';
  if (day === 0 && hour + minute + second > 0) return 'a time of day with no day';
  return null;
}

/** TimeValue's bounds on the timezone (checked against seconds, though the field counts minutes). */
const TIMEZONE_MIN = -12 * 3600;
const TIMEZONE_MAX = 14 * 3600;

export const TimeValueSchema = z.object({
  value: z.object({
    time: z
      .string()
      .regex(TIME_PATTERN, 'expected a time such as +2018-09-01T00:00:00Z')
      .superRefine((time, ctx) => {
        const problem = timestampProblem(time);
        if (problem !== null) ctx.addIssue({ code: 'custom', message: `${problem} in ${time}` });
      }),
    timezone: z.number().int().min(TIMEZONE_MIN).max(TIMEZONE_MAX),
    before: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    after: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    precision: z.number().int().min(0).max(14),
    calendarmodel: ConceptUriSchema,
  }),
  type: z.literal('time'),
});

/** LatLongValue takes angles within ±360 degrees. */
const Angle = z.number().min(-360).max(360);

export const GlobeCoordinateValueSchema = z.object({
  value: z.object({
    latitude: Angle,
    longitude: Angle,
    altitude: z.number().nullable().optional(),
    precision: z.number().nullable(),
    globe: ConceptUriSchema,
  }),
  type: z.literal('globecoordinate'),
});

/** The entity types a stock Wikibase (with Lexeme and MediaInfo) names in values, and the ids each has. */
const ENTITY_ID_PATTERNS: Readonly<Record<string, RegExp>> = {
  item: /^Q[1-9]\d{0,9}$/u,
  property: /^P[1-9]\d{0,9}$/u,
  lexeme: /^L[1-9]\d{0,9}$/u,
  form: /^L[1-9]\d{0,9}-F[1-9]\d{0,9}$/u,
  sense: /^L[1-9]\d{0,9}-S[1-9]\d{0,9}$/u,
  mediainfo: /^M[1-9]\d{0,9}$/u,
};
const NUMERIC_PREFIX: Readonly<Record<string, string>> = { item: 'Q', property: 'P' };

export const EntityIdValueSchema = z.object({
  value: z
    .object({
      'entity-type': z.string(),
      'numeric-id': z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
      id: z.string().optional(),
    })
    .superRefine((v, ctx) => {
      const type = v['entity-type'];
      const pattern = ENTITY_ID_PATTERNS[type];
      if (pattern === undefined) {
        ctx.addIssue({ code: 'custom', path: ['entity-type'], message: `unknown entity type "${type}"` });
        return;
      }
      const prefix = NUMERIC_PREFIX[type];
      if (v.id === undefined) {
        if (v['numeric-id'] === undefined || prefix === undefined) {
          ctx.addIssue({ code: 'custom', path: ['id'], message: `a ${type} value needs its id` });
        }
        return;
      }
      if (!pattern.test(v.id)) ctx.addIssue({ code: 'custom', path: ['id'], message: `"${v.id}" is not a ${type} id` });
      else if (v['numeric-id'] !== undefined && `${prefix ?? ''}${v['numeric-id']}` !== v.id) {
        ctx.addIssue({ code: 'custom', path: ['numeric-id'], message: `numeric-id ${v['numeric-id']} does not match id ${v.id}` });
      }
    }),
  type: z.literal('wikibase-entityid'),
});

/**
 * The entity id a value names: its `id`, or (older JSON, which the schema takes for items and properties only) its
 * type's letter and its `numeric-id`.
 */
export function entityIdOf(value: EntityIdValue['value']): string {
  if (value.id !== undefined) return value.id;
  return `${NUMERIC_PREFIX[value['entity-type']] ?? ''}${value['numeric-id'] ?? ''}`;
}

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
