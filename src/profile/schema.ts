// The profile: how one Wikibase's pages map to its properties, units and checks (data, never code).
import { z } from 'zod';
import { DatatypeSchema, DecimalStringSchema, ItemIdSchema, PropertyIdSchema, RankSchema } from '../model/index.js';
import { InfoPageSchema, ItemLabelTableSchema } from './info-page-schema.js';
import { RegexStringSchema } from './regex-string.js';

/** The kinds of value a flattened page shows, as the interpreter classifies them. */
export const VALUE_KINDS = ['quantity', 'time', 'monolingualtext', 'string', 'external-id', 'globe-coordinate'] as const;
export const ValueKindSchema = z.enum(VALUE_KINDS);
export type ValueKind = z.infer<typeof ValueKindSchema>;


const LanguageCodeSchema = z.string().regex(/^[a-z]{2,3}(-[a-z0-9]+)*$/u, 'expected a language code such as en or zh-hant');

export const AddressSchema = z.object({
  kind: z.enum(['item', 'portal']),
  /** A regular expression over the whole address, with a named group `id` and, for portal pages, `lang`. */
  pattern: RegexStringSchema.refine((s) => s.includes('(?<id>'), { message: 'the pattern needs a named group (?<id>…)' }),
});

export const UnitSchema = z.object({
  item: ItemIdSchema,
  /** The unit item's labels as pages show them, per UI language. */
  labels: z.record(z.string(), z.array(z.string().min(1)).min(1)),
  /** An ISO 4217 code: the currency's names in every UI language (from Intl) are accepted too. */
  currency: z.string().regex(/^[A-Z]{3}$/u).optional(),
  /** A unit Intl knows (`percent`): its long name in every UI language is accepted too. */
  intlUnit: z.string().regex(/^[a-z-]+$/u).optional(),
});

const valueMatch = {
  kind: ValueKindSchema,
  /** For quantities: only values in these units match this rule. */
  units: z.array(ItemIdSchema).min(1).optional(),
  /** For strings and external ids: only values matching this regular expression match this rule. */
  pattern: RegexStringSchema.optional(),
  /** The nth matching value goes to the nth property here. */
  properties: z.array(PropertyIdSchema).min(1),
  /** Further matching values all go to the last property (for multi-valued properties). */
  repeatLast: z.boolean().default(false),
  description: z.string().optional(),
};

/** Qualifier values (the lines between a statement's value and its references line), by kind and order. */
export const QualifierAssignmentSchema = z.object(valueMatch);

export const AssignmentSchema = z.object({
  ...valueMatch,
  /** true: only statements that show qualifier values; false: only those that show none; absent: either. */
  qualified: z.boolean().optional(),
  /** The rank the statements get (a flattened page does not show ranks; a pattern like the non-euro one does). */
  rank: RankSchema.default('normal'),
  /** How the statement's qualifier values map to properties. */
  qualifiers: z.array(QualifierAssignmentSchema).default([]),
});

const checkBase = {
  code: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a kebab-case code'),
  /** `off` turns a rule of an extended profile off. */
  severity: z.enum(['error', 'warning', 'info', 'off']),
  /** The message; `{property}`, `{value}`, `{left}`, `{right}`, `{expected}`… are replaced by the values concerned. */
  message: z.string(),
  /**
   * `convert`: also checked while converting (contradictions between values); `validate`: only by `wbimport
   * validate` (what a complete item must have), so a partial dump still converts cleanly.
   */
  stage: z.enum(['convert', 'validate']).default('validate'),
};

/** A bound of a range: a decimal for quantities, a timestamp for times. */
const BoundSchema = z.string().regex(/^[-+]\d/u, 'expected a decimal such as +0 or a time such as +1990-01-01T00:00:00Z');

/** The rules a profile states about items, each with its own code and severity (data, never code). */
export const CheckSchema = z.discriminatedUnion('kind', [
  /** left ≤ right, for quantities in the same unit or for times (at the coarser precision). */
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
  /** Each of these properties has at least one statement. */
  z.object({ kind: z.literal('required'), ...checkBase, properties: z.array(PropertyIdSchema).min(1) }),
  /** Quantities of these properties are in one of these units. */
  z.object({
    kind: z.literal('units'),
    ...checkBase,
    properties: z.array(PropertyIdSchema).min(1),
    units: z.array(ItemIdSchema).min(1),
  }),
  /** Quantities (or times) of these properties lie within [min, max]. */
  z.object({
    kind: z.literal('range'),
    ...checkBase,
    properties: z.array(PropertyIdSchema).min(1),
    min: BoundSchema.optional(),
    max: BoundSchema.optional(),
  }),
  /** A property that is not `multiple` has one best-rank statement (per language, for monolingual texts). */
  z.object({ kind: z.literal('single-value'), ...checkBase }),
  /** Every value has the kind its property's datatype stores. */
  z.object({ kind: z.literal('datatype'), ...checkBase }),
  /** String and external-id values of these properties match a regular expression. */
  z.object({ kind: z.literal('pattern'), ...checkBase, properties: z.array(PropertyIdSchema).min(1), pattern: z.string() }),
]);
export type Check = z.infer<typeof CheckSchema>;

export const PropertySchema = z.object({
  label: z.string(),
  datatype: DatatypeSchema,
  /** Whether an item may hold several different values (otherwise a second value is a conflict). */
  multiple: z.boolean().default(false),
});

/** How our statements of a property meet an existing item's: see docs/upload.md. */
export const MergeRuleSchema = z.enum(['add', 'replace', 'keep']);
export type MergeRule = z.infer<typeof MergeRuleSchema>;

/** An item named by a label in a string statement, linked with an item-valued statement once resolved. */
export const UploadLinkSchema = z.object({
  /** The item-valued property that links to the resolved item, e.g. P889 beneficiary. */
  property: PropertyIdSchema,
  /** The string property whose value is the label to resolve, e.g. P841 beneficiary name. */
  labelFrom: PropertyIdSchema,
  /** The language the label is searched and created in (default en). */
  language: z.string().regex(/^[a-z]{2,3}(-[a-z0-9]+)*$/u).optional(),
  /** Descriptions given to an item created for a label (they also tell candidates apart), per language. */
  descriptions: z.record(z.string(), z.string().min(1)).optional(),
});
export type UploadLink = z.infer<typeof UploadLinkSchema>;

/** How `wbimport upload` writes to this Wikibase; every field is optional, with the defaults in docs/upload.md. */
export const UploadSettingsSchema = z.object({
  /** The merge rule of the properties not listed in `merge` (default add). */
  defaultMerge: MergeRuleSchema.optional(),
  /** The merge rule per property: add missing values, replace the property's statements, or keep existing ones. */
  merge: z.record(PropertyIdSchema, MergeRuleSchema).optional(),
  /** Labels and descriptions: replace the item's value in a language (default), or keep it when it has one. */
  labels: z.enum(['replace', 'keep']).optional(),
  descriptions: z.enum(['replace', 'keep']).optional(),
  /** Aliases: add ours to the item's (default), replace them, or keep them when it has some. */
  aliases: MergeRuleSchema.optional(),
  /** The maxlag sent with every request, in seconds (default 5). */
  maxlag: z.number().int().positive().optional(),
  /** The ceiling on edits per minute (default 30). */
  editsPerMinute: z.number().positive().optional(),
  /** The default edit summary. */
  summary: z.string().optional(),
  /** Change tags added to every edit (they must be defined on the wiki). */
  tags: z.array(z.string().min(1)).optional(),
  /** Items referenced by label, resolved with --link-map, --link-search or --link-create. */
  links: z.array(UploadLinkSchema).optional(),
});
export type UploadSettings = z.infer<typeof UploadSettingsSchema>;

/** Longest texts a wiki takes, in characters (code points); absent: not limited, or not known. */
export const WikiLimitsSchema = z
  .object({
    string: z.number().int().positive().optional(),
    monolingualtext: z.number().int().positive().optional(),
    url: z.number().int().positive().optional(),
  })
  .strict();

export type WikiLimits = z.infer<typeof WikiLimitsSchema>;

export const ProfileSchema = z
  .object({
    $schema: z.string().optional(),
    /** The profile this one extends: a built-in name or a path relative to this file (see extend.ts). */
    extends: z.string().optional(),
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    title: z.string(),
    wikibase: z.object({
      /**
       * The wiki's string limits (its `string-limits`: stock 400 characters for strings and monolingual texts),
       * for `validate` and as a floor for `upload`, which also asks the wiki.
       */
      limits: WikiLimitsSchema.optional(),
      /** Concept URI base, e.g. https://linkedopendata.eu/entity/ */
      conceptUriBase: z.url(),
      /** Where Special:EntityData lives, the subject of each entity's schema:Dataset node. */
      dataUriBase: z.url(),
      license: z.url().optional(),
      api: z.url().optional(),
      sparql: z.url().optional(),
    }),
    properties: z.record(PropertyIdSchema, PropertySchema),
    /**
     * Property labels as item pages show them, per UI language: label → property. What makes a page that keeps
     * its property labels (a Wikidata page copied from a browser, `flat-links`) readable; `wbimport profile`
     * writes it from the Wikibase's own properties.
     */
    propertyLabels: z
      .record(LanguageCodeSchema, z.record(z.string().min(1), z.union([PropertyIdSchema, z.array(PropertyIdSchema).min(2)])))
      .default({}),
    units: z.array(UnitSchema),
    addresses: z.array(AddressSchema),
    /** The property that takes a Kohesio-style portal page's text, in the page's language (none: such pages are reported). */
    portalProperty: PropertyIdSchema.optional(),
    assignments: z.array(AssignmentSchema),
    checks: z.array(CheckSchema).default([]),
    /** Portal project pages with an info block (Kohesio's): their labels per language and what each maps to. */
    infoPage: InfoPageSchema.optional(),
    /** Items the profile itself knows by label, per language: the link map (--link-map) comes first. */
    itemLabels: ItemLabelTableSchema.default({}),
    /** How `wbimport upload` writes items to this Wikibase. */
    upload: UploadSettingsSchema.optional(),
  })
  .superRefine((profile, ctx) => {
    const known = (p: string, path: (string | number)[]): void => {
      if (!(p in profile.properties)) {
        ctx.addIssue({ code: 'custom', path, message: `${p} is not declared under "properties"` });
      }
    };
    profile.assignments.forEach((a, i) => {
      a.properties.forEach((p, j) => known(p, ['assignments', i, 'properties', j]));
      a.qualifiers.forEach((q, k) => q.properties.forEach((p, j) => known(p, ['assignments', i, 'qualifiers', k, 'properties', j])));
    });
    if (profile.portalProperty !== undefined) known(profile.portalProperty, ['portalProperty']);
    for (const [language, table] of Object.entries(profile.propertyLabels)) {
      for (const [label, p] of Object.entries(table)) {
        for (const id of typeof p === 'string' ? [p] : p) known(id, ['propertyLabels', language, label]);
      }
    }
    const info = profile.infoPage;
    info?.fields.forEach((f, i) => {
      if (f.kind !== 'info') known(f.property, ['infoPage', 'fields', i, 'property']);
      if (f.kind === 'amount' && f.rate !== undefined) known(f.rate.property, ['infoPage', 'fields', i, 'rate', 'property']);
    });
    info?.lists.forEach((l, i) => {
      known(l.property, ['infoPage', 'lists', i, 'property']);
      if (l.nameProperty !== undefined) known(l.nameProperty, ['infoPage', 'lists', i, 'nameProperty']);
    });
    if (info?.location !== undefined) {
      known(info.location.country, ['infoPage', 'location', 'country']);
      known(info.location.region, ['infoPage', 'location', 'region']);
    }
    // Every language's table names every field and list the page kind maps, so no label is read in one language only.
    for (const [language, labels] of Object.entries(info?.labels ?? {})) {
      const path = ['infoPage', 'labels', language];
      for (const f of info?.fields ?? []) {
        if (!(f.key in labels.fields)) ctx.addIssue({ code: 'custom', path: [...path, 'fields'], message: `no label for the field "${f.key}"` });
      }
      for (const l of info?.lists ?? []) {
        if (!(l.key in labels.lists)) ctx.addIssue({ code: 'custom', path: [...path, 'lists'], message: `no heading for the list "${l.key}"` });
      }
    }
    profile.upload?.links?.forEach((l, i) => {
      known(l.property, ['upload', 'links', i, 'property']);
      known(l.labelFrom, ['upload', 'links', i, 'labelFrom']);
    });
    profile.checks.forEach((c, i) => {
      const fields: [string, string][] =
        c.kind === 'order'
          ? [['left', c.left], ['right', c.right]]
          : c.kind === 'ratio'
            ? [['value', c.value], ['numerator', c.numerator], ['denominator', c.denominator]]
            : 'properties' in c
              ? c.properties.map((p, j): [string, string] => [`properties.${j}`, p])
              : [];
      for (const [field, p] of fields) known(p, ['checks', i, ...field.split('.').map((k) => (/^\d+$/u.test(k) ? Number(k) : k))]);
      if (c.kind === 'pattern') {
        try {
          new RegExp(c.pattern, 'u');
        } catch {
          ctx.addIssue({ code: 'custom', path: ['checks', i, 'pattern'], message: 'expected a valid regular expression' });
        }
      }
    });
  });

export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;
export type Assignment = z.infer<typeof AssignmentSchema>;
export type QualifierAssignment = z.infer<typeof QualifierAssignmentSchema>;
