// NDJSON page records `{"url": "…", "text": "…"}`: recognised by their first line, read one line at a time.
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/index.js';
import type { NumberedLine } from './lines.js';
import type { PageSource } from '../input/index.js';

export const PageRecordSchema = z.object({
  url: z.string().min(1).optional(),
  text: z.string(),
});

/** Whether a file's first line is a page record, which is what makes it NDJSON input. */
export function looksLikePageRecord(firstLine: string): boolean {
  if (!firstLine.trimStart().startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(firstLine);
    return typeof value === 'object' && value !== null && 'text' in value;
  } catch {
    return false;
  }
}

export type RecordResult = { page: PageSource } | { diagnostic: Diagnostic } | null;

/** One NDJSON line as a page, a diagnostic, or null for a blank line. */
export function readPageRecord(file: string, { text, line }: NumberedLine): RecordResult {
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { diagnostic: { code: 'ndjson-invalid', severity: 'error', span: { file, line, column: 1, text }, reason } };
  }
  // The schema's checks, written out for the records that pass them (nearly all, and this runs per record); a
  // record that fails goes through the schema, whose issues name what is wrong.
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const { url, text: pageText } = value as { url?: unknown; text?: unknown };
    if (typeof pageText === 'string') {
      if (url === undefined) return { page: { text: pageText, file, line, inRecord: true } };
      if (typeof url === 'string' && url.length > 0) return { page: { text: pageText, file, line, inRecord: true, url } };
    }
  }
  const record = PageRecordSchema.safeParse(value);
  if (!record.success) {
    const reason = record.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
    return { diagnostic: { code: 'ndjson-invalid', severity: 'error', span: { file, line, column: 1, text }, reason } };
  }
  const { url, text: pageText } = record.data;
  return { page: { text: pageText, file, line, inRecord: true, ...(url === undefined ? {} : { url }) } };
}
