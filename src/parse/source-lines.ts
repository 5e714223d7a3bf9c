// A page's text as lines with spans that point back into the input file.
import type { Span } from '../diagnostics/index.js';
import type { PageSource } from '../source/index.js';
import type { SourceLine } from './page.js';

export function sourceLines(source: PageSource): SourceLine[] {
  const texts = source.text.split(/\r?\n/u);
  if (texts.length > 1 && texts.at(-1) === '') texts.pop();
  return texts.map((text, i) => ({ text, span: lineSpan(source, i + 1, text) }));
}

/** The span of page line `n` (1-based): a file line for plain files, a page line inside an NDJSON record. */
export function lineSpan(source: PageSource, n: number, text: string, column = 1, length?: number): Span {
  const base = source.inRecord
    ? { file: source.file, line: source.line, column, pageLine: (source.pageLine ?? 1) + n - 1, text }
    : { file: source.file, line: source.line + n - 1, column, text };
  return length === undefined ? base : { ...base, length };
}
