// A manifest ties input files to what their pages cannot say themselves: an address, or an item and a language.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { ItemIdSchema } from '../model/index.js';
import { EXIT, WbimportError } from '../diagnostics/errors.js';

export interface PageFacts {
  readonly url?: string;
  readonly item?: string;
  readonly language?: string;
}

export const ManifestEntrySchema = z
  .object({
    file: z.string().min(1),
    url: z.string().min(1).optional(),
    item: ItemIdSchema.optional(),
    language: z.string().regex(/^[a-z]{2,3}(?:-[a-z0-9]+)*$/u, 'expected a language code such as it').optional(),
  })
  .refine((e) => e.url !== undefined || e.item !== undefined || e.language !== undefined, {
    message: 'expected a url, an item or a language for the file',
  });

export interface Manifest {
  /** Absolute path → what is known of its page, in the manifest's order. */
  readonly entries: ReadonlyMap<string, PageFacts>;
}

export class ManifestError extends WbimportError {
  override readonly exitCode = EXIT.usage;
  override readonly name = 'ManifestError';
}

/** RFC 4180 fields of one CSV line (quotes doubled inside quoted fields). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/**
 * Reads a manifest: NDJSON (`{"file": "…", "url": "…"}` a line) or CSV with a header naming the columns
 * `file`, `url`, `item`, `language`. File paths are relative to the manifest. Problems name the manifest's line.
 */
export async function readManifest(path: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ManifestError(`cannot read manifest ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const isJson = lines.find((l) => l.trim() !== '')?.trimStart().startsWith('{') ?? false;
  const header = isJson ? [] : csvFields(lines[0] ?? '').map((h) => h.trim());
  if (!isJson && !header.includes('file')) throw new ManifestError(`${path}:1: expected a CSV header with a "file" column`);
  const entries = new Map<string, PageFacts>();
  lines.forEach((line, i) => {
    if (line.trim() === '' || (!isJson && i === 0)) return;
    let raw: unknown;
    try {
      raw = isJson ? JSON.parse(line) : Object.fromEntries(csvFields(line).map((v, k) => [header[k] ?? `column${k}`, v.trim()]).filter(([, v]) => v !== ''));
    } catch (error) {
      throw new ManifestError(`${path}:${i + 1}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const entry = ManifestEntrySchema.safeParse(raw);
    if (!entry.success) {
      throw new ManifestError(`${path}:${i + 1}: ${entry.error.issues.map((e) => `${e.path.join('.') || 'entry'}: ${e.message}`).join('; ')}`);
    }
    const { file, url, item, language } = entry.data;
    entries.set(resolve(dirname(path), file), {
      ...(url === undefined ? {} : { url }),
      ...(item === undefined ? {} : { item }),
      ...(language === undefined ? {} : { language }),
    });
  });
  return { entries };
}
