// Builds a profile (properties, their label table per language, unit items) from what a Wikibase says of its own
// entities: Wikibase JSON (wbgetentities answers, dumps) or a SPARQL result (JSON or CSV). Pure: the CLI reads files.
import { z } from 'zod';
import { DATATYPES, isItemId, isPropertyId, type Datatype, type ItemId, type PropertyId } from '../model/index.js';
import { ProfileSchema, type ProfileInput } from './schema.js';
import { csvParse } from '../util/packages.js';

/** What is known of one entity: its datatype (properties) and its labels, per language. */
export interface EntityFacts {
  readonly id: PropertyId | ItemId;
  readonly datatype?: string;
  readonly labels: Readonly<Record<string, string>>;
}

/** A problem with one input record, as data (the CLI words it). */
export interface GenerateProblem {
  readonly source: string;
  readonly problem: string;
  /** A warning leaves something out on purpose (a shared label, an unknown datatype); an error is unreadable input. */
  readonly severity?: 'warning';
}

const Term = z.object({ language: z.string(), value: z.string() });
const WikibaseEntity = z.object({
  id: z.string(),
  type: z.string().optional(),
  datatype: z.string().optional(),
  labels: z.union([z.record(z.string(), Term), z.array(z.never())]).optional(),
});
const Envelope = z.object({ entities: z.record(z.string(), z.unknown()) });
const SparqlTerm = z.object({ type: z.string(), value: z.string(), 'xml:lang': z.string().optional() });
const SparqlJson = z.object({
  head: z.object({ vars: z.array(z.string()) }),
  results: z.object({ bindings: z.array(z.record(z.string(), SparqlTerm)) }),
});

/** Wikibase's RDF names for datatypes (`wikibase:WikibaseItem`) to its JSON names (`wikibase-item`). */
const ONTOLOGY_NAMES: Readonly<Record<string, Datatype>> = {
  WikibaseItem: 'wikibase-item',
  WikibaseProperty: 'wikibase-property',
  String: 'string',
  ExternalId: 'external-id',
  Url: 'url',
  CommonsMedia: 'commonsMedia',
  GeoShape: 'geo-shape',
  TabularData: 'tabular-data',
  Math: 'math',
  MusicalNotation: 'musical-notation',
  GlobeCoordinate: 'globe-coordinate',
  Monolingualtext: 'monolingualtext',
  Quantity: 'quantity',
  Time: 'time',
};

/** A datatype as any source writes it: `wikibase-item`, `WikibaseItem`, `http://wikiba.se/ontology#WikibaseItem`. */
export function datatypeName(text: string): Datatype | undefined {
  const name = text.slice(Math.max(text.lastIndexOf('#'), text.lastIndexOf('/'), text.lastIndexOf(':')) + 1);
  if ((DATATYPES as readonly string[]).includes(name)) return name as Datatype;
  return ONTOLOGY_NAMES[name];
}

/** An id as a SPARQL result or a CSV gives it: `P31`, or a concept URI ending in it. */
function entityId(text: string): PropertyId | ItemId | undefined {
  const id = text.slice(text.lastIndexOf('/') + 1);
  return isPropertyId(id) || isItemId(id) ? id : undefined;
}

function fromEntity(raw: unknown, source: string, problems: GenerateProblem[]): EntityFacts | null {
  const parsed = WikibaseEntity.safeParse(raw);
  if (!parsed.success) {
    problems.push({ source, problem: `not a Wikibase entity: ${parsed.error.issues[0]?.message ?? 'invalid'}` });
    return null;
  }
  const { id, datatype, labels } = parsed.data;
  if (!isPropertyId(id) && !isItemId(id)) {
    problems.push({ source, problem: `${id} is neither a property nor an item` });
    return null;
  }
  const byLanguage: Record<string, string> = {};
  for (const term of Array.isArray(labels) || labels === undefined ? [] : Object.values(labels)) byLanguage[term.language] = term.value;
  return { id, ...(datatype === undefined ? {} : { datatype }), labels: byLanguage };
}

/** Wikibase JSON: a wbgetentities answer, one entity, an array of them, or a dump (one entity per line). */
export function readWikibaseEntities(text: string, source: string, problems: GenerateProblem[]): EntityFacts[] {
  let whole: unknown;
  try {
    whole = JSON.parse(text);
  } catch {
    // A dump: `[`, then one entity per line each ending in a comma, then `]`.
    const out: EntityFacts[] = [];
    text.split('\n').forEach((line, k) => {
      const body = line.trim().replace(/,$/u, '');
      if (body === '' || body === '[' || body === ']') return;
      try {
        const facts = fromEntity(JSON.parse(body), `${source}:${k + 1}`, problems);
        if (facts !== null) out.push(facts);
      } catch (error) {
        problems.push({ source: `${source}:${k + 1}`, problem: `not JSON: ${error instanceof Error ? error.message : String(error)}` });
      }
    });
    return out;
  }
  const envelope = Envelope.safeParse(whole);
  const list = envelope.success ? Object.values(envelope.data.entities) : Array.isArray(whole) ? whole : [whole];
  return list.map((e) => fromEntity(e, source, problems)).filter((e): e is EntityFacts => e !== null);
}

/** The columns of a SPARQL result that hold the id, the label (and its language) and the datatype, by their values. */
function columnsOf(rows: readonly Record<string, string | undefined>[], vars: readonly string[]): { id?: string; label?: string; datatype?: string; language?: string } {
  const first = rows[0] ?? {};
  const id = vars.find((v) => entityId(first[v] ?? '') !== undefined);
  const looksTyped = (v: string): boolean => v !== id && datatypeName(first[v] ?? '') !== undefined;
  const datatype = vars.find((v) => /type/iu.test(v) && looksTyped(v)) ?? vars.find(looksTyped);
  const language = vars.find((v) => /^(?:lang|language)$/iu.test(v));
  const label = vars.find((v) => v !== id && v !== datatype && v !== language && /label|name/iu.test(v)) ?? vars.find((v) => v !== id && v !== datatype && v !== language);
  return { ...(id === undefined ? {} : { id }), ...(label === undefined ? {} : { label }), ...(datatype === undefined ? {} : { datatype }), ...(language === undefined ? {} : { language }) };
}

function fromRows(
  rows: readonly { values: Record<string, string | undefined>; languages: Record<string, string | undefined> }[],
  vars: readonly string[],
  source: string,
  defaultLanguage: string,
  problems: GenerateProblem[],
): EntityFacts[] {
  const columns = columnsOf(rows.map((r) => r.values), vars);
  if (columns.id === undefined || columns.label === undefined) {
    problems.push({ source, problem: 'no column holds property ids (P31 or …/entity/P31) and labels' });
    return [];
  }
  const byId = new Map<string, { id: PropertyId | ItemId; datatype?: string; labels: Record<string, string> }>();
  rows.forEach((row, k) => {
    const id = entityId(row.values[columns.id as string] ?? '');
    const label = row.values[columns.label as string];
    if (id === undefined || label === undefined || label === '') {
      problems.push({ source: `${source}:${k + 1}`, problem: 'a row without an id or a label' });
      return;
    }
    const language = (columns.language === undefined ? undefined : row.values[columns.language]) ?? row.languages[columns.label as string] ?? defaultLanguage;
    const entry = byId.get(id) ?? { id, labels: {} };
    const datatype = columns.datatype === undefined ? undefined : row.values[columns.datatype];
    if (datatype !== undefined && datatype !== '') entry.datatype = datatype;
    entry.labels[language] = label;
    byId.set(id, entry);
  });
  return [...byId.values()];
}

/** A SPARQL JSON result (`?property ?propertyLabel ?datatype`, labels language-tagged). */
export function readSparqlJson(text: string, source: string, defaultLanguage: string, problems: GenerateProblem[]): EntityFacts[] | null {
  let whole: unknown;
  try {
    whole = JSON.parse(text);
  } catch {
    return null;
  }
  const result = SparqlJson.safeParse(whole);
  if (!result.success) return null;
  const rows = result.data.results.bindings.map((b) => ({
    values: Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])),
    languages: Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v['xml:lang']])),
  }));
  return fromRows(rows, result.data.head.vars, source, defaultLanguage, problems);
}

/** A SPARQL CSV (or TSV) result: a header row, then one row per property (and language, with a `lang` column). */
export function readSparqlCsv(text: string, source: string, defaultLanguage: string, problems: GenerateProblem[]): EntityFacts[] {
  const firstLine = text.slice(0, text.indexOf('\n'));
  const delimiter = firstLine.includes('\t') ? '\t' : ',';
  let records: Record<string, string>[];
  try {
    // SPARQL TSV writes terms in their own syntax (`"label"@en`): no CSV quoting there.
    const quote = delimiter === '\t' ? false : '"';
    records = csvParse().parse(text, { columns: true, skip_empty_lines: true, delimiter, bom: true, trim: true, quote }) as Record<string, string>[];
  } catch (error) {
    problems.push({ source, problem: `not CSV: ${error instanceof Error ? error.message : String(error)}` });
    return [];
  }
  // A TSV result writes terms as SPARQL does: `"instance of"@en`, `<http://…/P31>`.
  const rows = records.map((r) => {
    const values: Record<string, string | undefined> = {};
    const languages: Record<string, string | undefined> = {};
    for (const [k, raw] of Object.entries(r)) {
      const key = k.replace(/^\?/u, '');
      const tagged = /^"(.*)"@([a-z]{2,3}(?:-[a-z0-9]+)*)$/isu.exec(raw);
      values[key] = tagged?.[1] ?? raw.replace(/^<(.*)>$/u, '$1').replace(/^"(.*)"$/su, '$1');
      languages[key] = tagged?.[2]?.toLowerCase();
    }
    return { values, languages };
  });
  const vars = Object.keys(rows[0]?.values ?? {});
  return fromRows(rows, vars, source, defaultLanguage, problems);
}

export interface GenerateOptions {
  readonly name: string;
  readonly title: string;
  readonly conceptUriBase: string;
  readonly dataUriBase?: string;
  readonly api?: string;
  readonly sparql?: string;
}

/**
 * The profile: every property with its datatype and its first label (English if it has one), the label table per
 * language, and the items given as units. A label two properties share in a language maps to both (a page
 * showing it is reported as ambiguous), and is reported here too.
 */
export function generateProfile(entities: readonly EntityFacts[], options: GenerateOptions, problems: GenerateProblem[]): ProfileInput {
  const properties: Record<string, { label: string; datatype: Datatype; multiple: boolean }> = {};
  const table: Record<string, Record<string, PropertyId | PropertyId[]>> = {};
  const units: { item: ItemId; labels: Record<string, string[]> }[] = [];
  const sorted = [...entities].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  for (const entity of sorted) {
    if (isItemId(entity.id)) {
      const labels = Object.fromEntries(Object.entries(entity.labels).map(([l, v]) => [l, [v]]));
      if (Object.keys(labels).length > 0) units.push({ item: entity.id, labels });
      continue;
    }
    const id = entity.id as PropertyId;
    const datatype = entity.datatype === undefined ? undefined : datatypeName(entity.datatype);
    if (datatype === undefined) {
      problems.push({ source: id, problem: `datatype ${entity.datatype ?? '(none given)'} is not one wbimport reads; the property is left out`, severity: 'warning' });
      continue;
    }
    // Wikibase lets any property hold several values (only constraints, which this does not read, say otherwise).
    properties[id] = { label: entity.labels['en'] ?? Object.values(entity.labels)[0] ?? id, datatype, multiple: true };
    for (const [language, label] of Object.entries(entity.labels)) {
      const byLabel = (table[language] ??= {});
      const before = byLabel[label];
      if (before === undefined) {
        byLabel[label] = id;
        continue;
      }
      // Wikibase keeps labels unique per language; a source may not: the table keeps every property that shares one.
      byLabel[label] = [...(typeof before === 'string' ? [before] : before), id];
      problems.push({ source: id, problem: `the ${language} label "${label}" is also ${[before].flat().join(', ')}'s: pages showing it cannot tell which`, severity: 'warning' });
    }
  }
  const base = options.conceptUriBase;
  const profile: ProfileInput = {
    name: options.name,
    title: options.title,
    wikibase: {
      conceptUriBase: base,
      dataUriBase: options.dataUriBase ?? base.replace(/entity\/$/u, 'wiki/Special:EntityData/'),
      ...(options.api === undefined ? {} : { api: options.api }),
      ...(options.sparql === undefined ? {} : { sparql: options.sparql }),
    },
    properties,
    propertyLabels: table,
    units,
    addresses: [],
    assignments: [],
  };
  // The result is a profile as any other: validated before it is written.
  ProfileSchema.parse(profile);
  return profile;
}
