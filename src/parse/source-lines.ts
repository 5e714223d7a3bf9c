// A page's text as lines with spans that point back into the input file.
import type { Span } from '../diagnostics/index.js';
import type { PageSource } from '../input/index.js';
import type { SourceLine } from './page.js';

/**
 * `text.split(/\r?\n/u)`, without the regular expression: splitting on one character is V8's fast path, and every
 * page is split at least once.
 */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  const last = lines.length - 1;
  for (let i = 0; i < last; i++) {
    const line = lines[i] as string;
    if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
  }
  return lines;
}

/** A page's lines (a final empty line, after the last line break, dropped), each with its span. */
export function sourceLines(source: PageSource, texts: string[] = splitLines(source.text)): SourceLine[] {
  const count = texts.length > 1 && texts[texts.length - 1] === '' ? texts.length - 1 : texts.length;
  const lines: SourceLine[] = [];
  for (let i = 0; i < count; i++) {
    const text = texts[i] as string;
    lines.push({ text, span: lineSpan(source, i + 1, text) });
  }
  return lines;
}

/** The span of page line `n` (1-based): a file line for plain files, a page line inside an NDJSON record. */
export function lineSpan(source: PageSource, n: number, text: string, column = 1, length?: number): Span {
  const base = source.inRecord
    ? { file: source.file, line: source.line, column, pageLine: (source.pageLine ?? 1) + n - 1, text }
    : { file: source.file, line: source.line + n - 1, column, text };
  return length === undefined ? base : { ...base, length };
}
