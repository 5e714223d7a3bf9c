// The profile: how one Wikibase's pages map to its properties, units and checks (data, never code).
import { z } from 'zod';
import { DatatypeSchema, DecimalStringSchema, ItemIdSchema, PropertyIdSchema } from '../model/index.js';

/** The kinds of value a flattened page shows, as the interpreter classifies them. */
export const VALUE_KINDS = ['quantity', 'time', 'monolingualtext', 'string', 'external-id'] as const;
export const ValueKindSchema = z.enum(VALUE_KINDS);
export type ValueKind = z.infer<typeof ValueKindSchema>;

const regexString = z.string().refine(
  (source) => {
    try {
      new RegExp(source, 'u');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'expected a valid regular expression' },
);

export const AddressSchema = z.object({
  kind: z.enum(['item', 'portal']),
  /** A regular expression over the whole address, with a named group `id` and, for portal pages, `lang`. */
  pattern: regexString.refine((s) => s.includes('(?<id>'), { message: 'the pattern needs a named group (?<id>…)' }),
});

export const UnitSchema = z.object({
  item: ItemIdSchema,
  /** The unit item's labels as pages show them, per UI language. */
  labels: z.record(z.string(), z.array(z.string().min(1)).min(1)),
});

export const AssignmentSchema = z.object({
  kind: ValueKindSchema,
  /** For quantities: only values in these units match this rule. */
  units: z.array(ItemIdSchema).min(1).optional(),
  /** The nth matching value on a page goes to the nth property here. */
  properties: z.array(PropertyIdSchema).min(1),
  /** Further matching values all go to the last property (for multi-valued properties). */
  repeatLast: z.boolean().default(false),
  description: z.string().optional(),
});

const checkBase = {
  code: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a kebab-case code'),
  severity: z.enum(['error', 'warning', 'info']),
  /** The message; `{left}`, `{right}`, `{value}`, `{expected}` are replaced by the values concerned. */
  message: z.string(),
};

export const CheckSchema = z.discriminatedUnion('kind', [
  /** left ≤ right, for quantities in the same unit or for times. */
  z.object({ kind: z.literal('order'), ...checkBase, left: PropertyIdSchema, right: PropertyIdSchema }),
  /** value ≈ numerator / denominator × scale, within the larger of `tolerance` and the rounding of `value`. */
  z.object({
    kind: z.literal('ratio'),
    ...checkBase,
    value: PropertyIdSchema,
    numerator: PropertyIdSchema,
    denominator: PropertyIdSchema,
    scale: DecimalStringSchema,
    tolerance: DecimalStringSchema,
  }),
]);
export type Check = z.infer<typeof CheckSchema>;

export const PropertySchema = z.object({
  label: z.string(),
  datatype: DatatypeSchema,
  /** Whether an item may hold several different values (otherwise a second value is a conflict). */
  multiple: z.boolean().default(false),
});

export const ProfileSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    title: z.string(),
    wikibase: z.object({
      /** Concept URI base, e.g. https://linkedopendata.eu/entity/ */
      conceptUriBase: z.url(),
      /** Where Special:EntityData lives, the subject of each entity's schema:Dataset node. */
      dataUriBase: z.url(),
      license: z.url().optional(),
      api: z.url().optional(),
      sparql: z.url().optional(),
    }),
    properties: z.record(PropertyIdSchema, PropertySchema),
    units: z.array(UnitSchema),
    addresses: z.array(AddressSchema),
    /** The property that takes a Kohesio-style portal page's text, in the page's language. */
    portalProperty: PropertyIdSchema,
    assignments: z.array(AssignmentSchema),
    checks: z.array(CheckSchema).default([]),
  })
  .superRefine((profile, ctx) => {
    const known = (p: string, path: (string | number)[]): void => {
      if (!(p in profile.properties)) {
        ctx.addIssue({ code: 'custom', path, message: `${p} is not declared under "properties"` });
      }
    };
    profile.assignments.forEach((a, i) => a.properties.forEach((p, j) => known(p, ['assignments', i, 'properties', j])));
    known(profile.portalProperty, ['portalProperty']);
    profile.checks.forEach((c, i) => {
      const fields: [string, string][] =
        c.kind === 'order'
          ? [['left', c.left], ['right', c.right]]
          : [['value', c.value], ['numerator', c.numerator], ['denominator', c.denominator]];
      for (const [field, p] of fields) known(p, ['checks', i, field]);
    });
  });

export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;
export type Assignment = z.infer<typeof AssignmentSchema>;
