// A portal's project page with an info block (Kohesio's): the labels it shows per language and what each maps to.
import { z } from 'zod';
import { ItemIdSchema, PropertyIdSchema } from '../model/index.js';
import { RegexStringSchema } from './regex-string.js';

const text = z.string().min(1);
const texts = z.array(text).min(1);
const key = z.string().regex(/^[a-z][a-zA-Z0-9]*$/u, 'expected a camelCase key');


/** What a `Label: value` line of the info block holds, and where it goes. */
export const InfoFieldSchema = z.discriminatedUnion('kind', [
  /** A date in the page's language, written by `datePattern`; day precision. */
  z.object({ kind: z.literal('date'), key, property: PropertyIdSchema }),
  /** An amount written in `amounts.locale` with the currency sign; optionally followed by a rate ` (85%)`. */
  z.object({
    kind: z.literal('amount'),
    key,
    property: PropertyIdSchema,
    unit: ItemIdSchema,
    rate: z.object({ property: PropertyIdSchema, unit: ItemIdSchema }).optional(),
  }),
  /** An item named by its label (resolved by the link map or the profile's item table). */
  z.object({ kind: z.literal('item'), key, property: PropertyIdSchema, multiple: z.boolean().default(false) }),
  /** A fact about something else (the programme's period or managing authority): reported, never attached. */
  z.object({ kind: z.literal('info'), key }),
]);
export type InfoField = z.infer<typeof InfoFieldSchema>;

/** A heading followed by one value per line (beneficiaries): items by label, or their names as strings. */
export const InfoListSchema = z.object({
  key,
  property: PropertyIdSchema,
  /** A string property that takes the name when no item is known for it (beneficiary name); else it is reported. */
  nameProperty: PropertyIdSchema.optional(),
});
export type InfoList = z.infer<typeof InfoListSchema>;

/** The texts of one language's page, each as the portal shows it (field labels with their colon, no final space). */
export const InfoPageLabelsSchema = z.object({
  siteHeader: texts,
  /** Section headings that hold no value (`project info`, `funding`, every form of `programme(s)`). */
  headings: texts,
  /** Lines with no data: breadcrumbs, "read further" links, placeholders. */
  furniture: z.array(text).default([]),
  /** What a missing value shows (`n/a`). */
  na: texts,
  /** What shows instead of a summary the portal has no translation of. */
  noSummary: z.array(text).default([]),
  /** What the location line shows instead of a region (`Multiple locations`). */
  noRegion: z.array(text).default([]),
  /** Field key → its label (`Start date:`). */
  fields: z.record(key, texts),
  /** List key → the forms of its heading (`beneficiary`, `beneficiaries`). */
  lists: z.record(key, texts).default({}),
});
export type InfoPageLabels = z.infer<typeof InfoPageLabelsSchema>;

const htmlClass = z.string().regex(/^[A-Za-z_-][A-Za-z0-9_-]*$/u, 'expected one HTML class name');

/**
 * The portal page's HTML as its template builds it: the class of each element that holds a part of the page, so a
 * saved page is read by its structure (each element one line, as a flattening of it shows it).
 */
export const InfoPageHtmlSchema = z.object({
  /** A section's heading (`project info`, `funding`, `beneficiaries`). */
  heading: htmlClass,
  /** A `Label: value` row of a section, or one entry of a list section. */
  field: htmlClass,
  /** The project's title. */
  title: htmlClass,
  /** The summary: its paragraphs are separated by blank lines in the element's text, or are elements of their own. */
  summary: htmlClass,
  /** The location: a flag image whose alt text is the location line's start (`Flag of Poland`), then the region. */
  location: htmlClass,
});
export type InfoPageHtml = z.infer<typeof InfoPageHtmlSchema>;

export const InfoPageSchema = z.object({
  /** The site, as the page classification names it (`kohesio`). */
  site: z.string().regex(/^[a-z0-9][a-z0-9-]*$/u),
  /** The page kind, as the page classification names it (`project-page`). */
  kind: z.string().regex(/^[a-z0-9][a-z0-9-]*$/u),
  /** How dates are written, in Angular's DatePipe tokens (`d MMMM yyyy`), with month names from the page's locale. */
  datePattern: z.string().min(1),
  /** Amounts and rates are written in this locale whatever the page's language (Kohesio: `fr`). */
  amountLocale: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/u),
  /** The location line: patterns tried in order, with named groups `country` and `region` (region optional). */
  location: z
    .object({
      patterns: z.array(RegexStringSchema).min(1),
      country: PropertyIdSchema,
      region: PropertyIdSchema,
    })
    .optional(),
  fields: z.array(InfoFieldSchema),
  lists: z.array(InfoListSchema).default([]),
  /** The labels per page language. */
  labels: z.record(z.string().regex(/^[a-z]{2,3}$/u), InfoPageLabelsSchema),
  /** How the page's HTML holds the same parts, when saved pages are read too. */
  html: InfoPageHtmlSchema.optional(),
});
export type InfoPageProfile = z.infer<typeof InfoPageSchema>;

/** Items named by label that the profile itself knows, per language (`*`: any language). */
export const ItemLabelTableSchema = z.record(z.string().regex(/^(\*|[a-z]{2,3}(-[a-z0-9]+)*)$/u), z.record(z.string().min(1), ItemIdSchema));
export type ItemLabelTable = z.infer<typeof ItemLabelTableSchema>;
