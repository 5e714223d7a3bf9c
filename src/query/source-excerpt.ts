// One source line with a caret under a column, drawn as wbimport's diagnostics draw it, for problems that are not
// pipeline diagnostics (query errors, RDF syntax errors).

const WIDTH = 100;

/** `  | <line>` and `  | <caret>`; the column counts code points from 1, long lines are cut around it. */
export function caretExcerpt(line: string, column: number, length = 1): string {
  const chars = Array.from(line.replace(/\t/gu, ' '));
  const at = Math.max(0, Math.min(column - 1, chars.length));
  const start = Math.max(0, at - 40);
  const shown = chars.slice(start, start + WIDTH).join('');
  const before = start > 0 ? '…' : '';
  const after = chars.length > start + WIDTH ? '…' : '';
  const carets = '^'.repeat(Math.max(1, Math.min(length, chars.length - at)));
  return `  | ${before}${shown}${after}\n  | ${' '.repeat(at - start + before.length)}${carets}`;
}

/** The 1-based line of a text (LF or CRLF endings), or undefined past its end. */
export function lineOf(text: string, line: number): string | undefined {
  let start = 0;
  for (let n = 1; n < line; n += 1) {
    const next = text.indexOf('\n', start);
    if (next < 0) return undefined;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? undefined : end).replace(/\r$/u, '');
}
