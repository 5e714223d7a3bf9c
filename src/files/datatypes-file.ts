// Reading a datatypes file (--datatypes): a JSON object of property ids to datatypes, checked by a zod schema.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { EXIT, WbimportError } from '../diagnostics/errors.js';
import { PropertyIdSchema, type PropertyId } from '../model/index.js';

/**
 * Property id → datatype, as Wikibase names it (`wikibase-item`, `quantity`…). Any non-empty name is taken: a
 * Wikibase may have datatypes beyond the stock ones, and a snak's own `datatype` field is kept the same way.
 */
export const DatatypesFileSchema = z.record(PropertyIdSchema, z.string().min(1, 'expected a datatype name such as "wikibase-item"'));

export type DatatypeTable = Readonly<Partial<Record<PropertyId, string>>>;

/** A datatypes file that cannot be read or is not such an object; the message names the file and the place. */
export class DatatypesFileError extends WbimportError {
  override readonly exitCode = EXIT.usage;
  override readonly name = 'DatatypesFileError';
}

const EXAMPLE = 'expected a JSON object of property ids to datatypes, e.g. {"P31": "wikibase-item"}';

/** Parses the text of a datatypes file named `path` (for messages). */
export function parseDatatypes(text: string, path: string): DatatypeTable {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new DatatypesFileError(`${path}: not JSON (${error instanceof Error ? error.message : String(error)}); ${EXAMPLE}`);
  }
  const parsed = DatatypesFileSchema.safeParse(raw);
  if (parsed.success) return parsed.data as DatatypeTable;
  const problems = parsed.error.issues.slice(0, 3).map((issue) => {
    const key = issue.path.map(String).join('.');
    if (issue.code === 'invalid_key') return `"${key}" is not a property id such as P31`;
    return `${key === '' ? '' : `at "${key}": `}${issue.message}`;
  });
  throw new DatatypesFileError(`${path}: ${problems.join('; ')}; ${EXAMPLE}`);
}

export async function readDatatypesFile(path: string): Promise<DatatypeTable> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new DatatypesFileError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseDatatypes(text, path);
}
