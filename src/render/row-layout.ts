// Where a terms-table row breaks over lines in the flattened text: after a cell, or between two words of a cell.

/** `afterCell` 0 breaks after the language's name, 1 after the label…; `inCell` breaks after word `afterWord` (1-based). */
export type RowBreak = { readonly afterCell: number } | { readonly inCell: number; readonly afterWord: number };

/** Chooses a row's breaks from its cells (language name, label, description, aliases) and language code. */
export type TermsRowLayout = (cells: readonly string[], language: string) => readonly RowBreak[];

/** Every row on one line. */
export const ONE_LINE: TermsRowLayout = () => [];

/** The seed page's layout: `English | <label> |`, then `<description> |` and the aliases on the next line. */
export const AFTER_LABEL: TermsRowLayout = () => [{ afterCell: 1 }];

/** Each cell on a line of its own (`German |`, `<label> |`, …), as in the terms-table fixture. */
export const AFTER_EACH_CELL: TermsRowLayout = (cells) => cells.map((_, i) => ({ afterCell: i }));

/**
 * The row `cell | cell | … |` as lines. Breaks replace a space of the one-line row, so joining the lines with a
 * space gives the row back; a break at no space of the row (past the last cell, beyond a cell's words) is ignored.
 */
export function layoutRow(cells: readonly string[], breaks: readonly RowBreak[]): string[] {
  // Each cell's words, the last one closed by ` |`; `separators[k]` follows token k.
  const tokens: string[] = [];
  const afterCell = new Map<number, number>();
  const inCell = new Map<string, number>();
  cells.forEach((cell, c) => {
    const words = cell.split(' ');
    words.forEach((word, w) => {
      const last = w === words.length - 1;
      tokens.push(last ? `${word} |` : word);
      if (last) afterCell.set(c, tokens.length - 1);
      else inCell.set(`${c}:${w + 1}`, tokens.length - 1);
    });
  });
  const breakAfter = new Set<number>();
  for (const b of breaks) {
    const at = 'afterCell' in b ? afterCell.get(b.afterCell) : inCell.get(`${b.inCell}:${b.afterWord}`);
    if (at !== undefined && at < tokens.length - 1) breakAfter.add(at);
  }
  const lines: string[] = [];
  let line = '';
  tokens.forEach((token, k) => {
    line = k === 0 || breakAfter.has(k - 1) ? token : `${line} ${token}`;
    if (breakAfter.has(k) || k === tokens.length - 1) lines.push(line);
  });
  return lines;
}
