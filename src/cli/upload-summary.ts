// The upload's counts in words: the tally (the progress line and the closing line) and the closing line's extras.
import { plural } from '../diagnostics/index.js';
import type { UploadTally } from '../upload/index.js';

const count = new Intl.NumberFormat('en-US');

export function tallyLine(t: UploadTally): string {
  return (
    `${count.format(t.items)} items: ${count.format(t.created)} created, ${count.format(t.edited)} edited, ` +
    `${count.format(t.unchanged)} unchanged, ${count.format(t.heldBack)} held back, ${count.format(t.refused)} refused, ` +
    `${count.format(t.failed)} failed; ${count.format(t.edits)} edit${t.edits === 1 ? '' : 's'}`
  );
}

/** What the requests cost beyond the edits: retries (rate limits among them) and edits the wiki patched. */
export function costLine(retries: number, rateLimited: number, patched: number): string {
  return (
    (retries === 0 ? '' : `, ${plural(retries, 'retried request')}`) +
    (rateLimited === 0 ? '' : ` (${rateLimited} rate-limited)`) +
    (patched === 0 ? '' : `, ${plural(patched, 'edit')} patched by the wiki and read back`)
  );
}
