// Wikibase JSON inputs: a lone entity, the {"entities": …} envelope, JSON dumps (an array, one entity a line)
// and NDJSON; dumps and NDJSON are read a line at a time, other documents whole.
import type { Diagnostic } from '../diagnostics/index.js';
import type { EntitySource } from '../input/index.js';
import type { NumberedLine } from './lines.js';

export type JsonItem = { entity: EntitySource } | { diagnostic: Diagnostic };

/** JSON input starts with an object or an array (page records, which also start with `{`, are told apart first). */
export function looksLikeJson(firstLine: string): boolean {
  return /^\s*[[{]/u.test(firstLine);
}

function jsonError(file: string, text: string, startLine: number, error: unknown, indent = 0): JsonItem {
  const reason = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/u.exec(reason)?.[1];
  let line = startLine;
  let column = 1;
  if (position !== undefined) {
    const before = text.slice(0, Number(position));
    line += before.split('\n').length - 1;
    column = Number(position) - before.lastIndexOf('\n') + (line === startLine ? indent : 0);
  }
  const lineText = text.split('\n')[line - startLine] ?? '';
  return { diagnostic: { code: 'json-invalid', severity: 'error', span: { file, line, column, text: lineText }, reason } };
}

/** The entities a parsed document holds: itself, the envelope's values, or an array's elements. */
function* entitiesOf(doc: unknown, file: string, line: number, text: string, lone: 'dump' | 'document' = 'document'): Generator<JsonItem> {
  const lineOf = (id: string): number => {
    const at = text.indexOf(`"${id}"`);
    return at === -1 ? line : line + text.slice(0, at).split('\n').length - 1;
  };
  if (Array.isArray(doc)) {
    for (const [i, json] of doc.entries()) yield { entity: { json, file, line, path: `[${i}]`, origin: 'dump' } };
  } else if (typeof doc === 'object' && doc !== null && 'entities' in doc && typeof doc.entities === 'object' && doc.entities !== null) {
    for (const [key, json] of Object.entries(doc.entities)) {
      yield { entity: { json, file, line: lineOf(key), path: `entities.${key}`, origin: 'document' } };
    }
  } else if (typeof doc === 'object' && doc !== null && 'type' in doc) {
    yield { entity: { json: doc, file, line, path: '', origin: lone } };
  } else {
    yield {
      diagnostic: {
        code: 'json-unrecognised',
        severity: 'error',
        span: { file, line, column: 1 },
      },
    };
  }
}

function parse(file: string, text: string, line: number, indent = 0): { doc: unknown } | { error: JsonItem } {
  try {
    return { doc: JSON.parse(text) };
  } catch (error) {
    return { error: jsonError(file, text, line, error, indent) };
  }
}

/** Reads the rest of a JSON input whose first line is `first`. */
export async function* readWikibaseJson(
  file: string,
  first: NumberedLine,
  rest: AsyncIterator<NumberedLine>,
): AsyncGenerator<JsonItem> {
  const lines = { [Symbol.asyncIterator]: () => rest };
  const whole = async function* (parts: string[], startLine: number): AsyncGenerator<JsonItem> {
    for await (const { text } of lines) parts.push(text);
    const text = parts.join('\n');
    const result = parse(file, text, startLine);
    if ('error' in result) yield result.error;
    else yield* entitiesOf(result.doc, file, startLine, text);
  };

  if (first.text.trim() === '[') {
    // A JSON dump: `[`, then one entity a line, each but the last followed by a comma, then `]`.
    const held: string[] = [first.text];
    for await (const line of lines) {
      const body = line.text.trim().replace(/,$/u, '');
      if (body === '' || body === ']') continue;
      const result = parse(file, body, line.line, line.text.length - line.text.trimStart().length);
      if ('error' in result && held.length === 1 && (body === '{' || !body.startsWith('{'))) {
        // Not one entity a line after all (a pretty-printed array): read the document whole.
        held.push(line.text);
        yield* whole(held, first.line);
        return;
      }
      if ('error' in result) yield result.error;
      else yield* entitiesOf(result.doc, file, line.line, body, 'dump');
    }
    return;
  }

  const firstResult = parse(file, first.text, first.line);
  if ('error' in firstResult) {
    yield* whole([first.text], first.line);
    return;
  }
  // One JSON document a line (NDJSON of entities, a dump; or a one-line envelope). A lone entity on the only line
  // is a document: which it is shows once a second line comes.
  let held: JsonItem[] | null = [...entitiesOf(firstResult.doc, file, first.line, first.text, 'dump')];
  for await (const line of lines) {
    if (line.text.trim() === '') continue;
    if (held !== null) yield* held;
    held = null;
    const result = parse(file, line.text, line.line);
    if ('error' in result) yield result.error;
    else yield* entitiesOf(result.doc, file, line.line, line.text, 'dump');
  }
  if (held !== null) yield* entitiesOf(firstResult.doc, file, first.line, first.text, 'document');
}
