// A terms-table line's cells joined in one spelling, whatever the spaces the scraper left around each `|`.

/**
 * The trimmed line without its last `|` (and the spaces before it), each other `|` with the spaces around it
 * replaced by `separator`: what removing the pattern `\s*\|\s*$` and then replacing every `\s*\|\s*` with the
 * separator gives, without the two regular expressions (this runs on every terms-table line of every page).
 */
export function joinCells(trimmed: string, separator: string): string {
  const body = trimmed.endsWith('|') ? trimmed.slice(0, -1).trimEnd() : trimmed;
  const cells = body.split('|');
  const last = cells.length - 1;
  for (let i = 0; i <= last; i++) {
    let cell = cells[i] as string;
    if (i > 0) cell = cell.trimStart();
    if (i < last) cell = cell.trimEnd();
    cells[i] = cell;
  }
  return cells.join(separator);
}
