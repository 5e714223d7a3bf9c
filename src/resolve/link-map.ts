// Reads a link map's text (--link-map): labels → items, per language or for any, as JSON or CSV, every row validated.
import { z } from 'zod';
import { ItemIdSchema, type ItemId } from '../model/index.js';
import { EXIT, WbimportError } from '../diagnostics/errors.js';
import { csvParse } from '../util/packages.js';

/** One label → item pair; plain data, so a link map can be sent to worker threads. */
export interface LinkEntry {
  readonly label: string;
  readonly item: ItemId;
  /** The language the label is in; absent: any language. */
  readonly language?: string;
}

const LanguageSchema = z.string().regex(/^[a-z]{2,3}(-[a-z0-9]+)*$/u, 'expected a language code such as pl');
const LabelSchema = z.string().trim().min(1, 'expected a label');

export const LinkEntrySchema = z.object({ label: LabelSchema, item: ItemIdSchema, language: LanguageSchema.optional() });

/** {"label": "Q1"}, or per language {"pl": {"label": "Q1"}}, the two mixed as needed. */
const JsonObjectSchema = z.record(z.string(), z.union([ItemIdSchema, z.record(z.string(), ItemIdSchema)]));
/** [{"label": "…", "item": "Q1", "language": "pl"}, …] */
const JsonArraySchema = z.array(LinkEntrySchema);

export class LinkMapError extends WbimportError {
  override readonly exitCode = EXIT.usage;
  override readonly name = 'LinkMapError';
}

const problems = (error: z.ZodError): string => error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ');

function fromJson(raw: unknown, path: string): LinkEntry[] {
  if (Array.isArray(raw)) {
    const result = JsonArraySchema.safeParse(raw);
    if (!result.success) throw new LinkMapError(`${path}: ${problems(result.error)}`);
    return result.data.map((e) => ({ label: e.label, item: e.item, ...(e.language === undefined ? {} : { language: e.language }) }));
  }
  const result = JsonObjectSchema.safeParse(raw);
  if (!result.success) throw new LinkMapError(`${path}: expected {"label": "Q…"} or {"<language>": {"label": "Q…"}}: ${problems(result.error)}`);
  const entries: LinkEntry[] = [];
  for (const [key, value] of Object.entries(result.data)) {
    if (typeof value === 'string') {
      entries.push({ label: key, item: value });
      continue;
    }
    const language = LanguageSchema.safeParse(key);
    if (!language.success) throw new LinkMapError(`${path}: "${key}" holds labels, so it must be a language code such as pl`);
    for (const [label, item] of Object.entries(value)) entries.push({ label, item, language: language.data });
  }
  return entries;
}

/** A CSV with a header naming `label` and `item` (and `language`, optional), in any order. */
function fromCsv(text: string, path: string): LinkEntry[] {
  let rows: Record<string, string>[];
  try {
    rows = csvParse().parse(text, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), bom: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new LinkMapError(`${path}: not valid CSV: ${error instanceof Error ? error.message : String(error)}`);
  }
  const [first] = rows;
  if (first !== undefined && (!('label' in first) || !('item' in first))) {
    throw new LinkMapError(`${path}:1: expected a JSON object or a CSV whose header names the columns label,item (and language)`);
  }
  return rows.map((row, i) => {
    const { label, item, language } = row;
    const result = LinkEntrySchema.safeParse({ label, item, ...(language === undefined || language === '' ? {} : { language }) });
    // The header is line 1; rows are counted from line 2 (a label spanning lines would shift this, as in any CSV).
    if (!result.success) throw new LinkMapError(`${path}:${i + 2}: ${problems(result.error)}`);
    const e = result.data;
    return { label: e.label, item: e.item, ...(e.language === undefined ? {} : { language: e.language }) };
  });
}

/** Parses a link map's text: JSON when it starts with `{` or `[`, else CSV. */
export function parseLinkMap(text: string, path: string): LinkEntry[] {
  const body = text.replace(/^\uFEFF/u, '');
  const start = body.trimStart()[0];
  if (start === '{' || start === '[') {
    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch (error) {
      throw new LinkMapError(`${path}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    return fromJson(raw, path);
  }
  return fromCsv(body, path);
}
