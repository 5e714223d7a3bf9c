// What each command's progress line says: convert and validate count pages, upload its tally and waits, load its
// requests. Each label is a pure wording of the counts the stages call back with.
import type { LoadStats } from '../load/index.js';
import type { Progress } from '../pipeline/index.js';
import type { UploadTally } from '../upload/index.js';
import type { ProgressLabel } from './progress.js';
import { tallyLine } from './upload-summary.js';

const count = new Intl.NumberFormat('en-US');

/** Rates and the time left settle after a second or two; before that they would only flicker. */
const SETTLED_SECONDS = 2;

/** Pages read, entities written and problems found; a bar and the time left once the first pass has counted the pages. */
export function pagesLabel(): ProgressLabel<Progress> {
  // The rate counts from the start of the conversion proper, not of the first pass that reads ahead.
  let started = performance.now();
  let phase: Progress['phase'] | null = null;
  return {
    position(progress) {
      if (phase === 'index' && progress.phase === 'convert') started = performance.now();
      phase = progress.phase;
      return { value: progress.phase === 'index' ? 0 : progress.pages, total: progress.totalPages ?? 0 };
    },
    text(progress, { bar, eta }) {
      if (progress === null) return '';
      if (progress.phase === 'index') return `reading ahead: ${count.format(progress.pages)} pages (to merge each item's pages)`;
      const seconds = (performance.now() - started) / 1000;
      const settled = seconds >= SETTLED_SECONDS;
      const rate = settled ? count.format(Math.round(progress.pages / seconds)) : '…';
      const total = progress.totalPages;
      const head = total === undefined ? '' : `${bar} ${Math.floor((100 * progress.pages) / Math.max(1, total))}% | `;
      const tail = total === undefined ? '' : ` | ETA ${settled ? eta : '…'}`;
      return (
        `${head}${count.format(progress.pages)}${total === undefined ? '' : `/${count.format(total)}`} pages | ${rate} pages/s | ` +
        `${count.format(progress.entities)} entities | ${count.format(progress.errors)} errors, ${count.format(progress.warnings)} warnings${tail}`
      );
    },
  };
}

/** The upload's tally, its pace, and why it waits (maxlag, a rate limit, pacing). */
export function uploadLabel(): ProgressLabel<UploadTally> {
  const started = performance.now();
  return {
    position: (tally) => ({ value: tally.items, total: 0 }),
    text(tally, { status }) {
      if (tally === null) return status ?? 'connecting…';
      const seconds = (performance.now() - started) / 1000;
      const rate = seconds > 0 ? (tally.edits * 60) / seconds : 0;
      return `${tallyLine(tally)} | ${rate.toFixed(0)} edits/min${status === null ? '' : ` | ${status}`}`;
    },
  };
}

/** The load's counts only: the number of entities to come is unknown while they stream. */
export function loadLabel(): ProgressLabel<LoadStats> {
  return {
    position: (stats) => ({ value: stats.items, total: 0 }),
    text(stats, { elapsed }) {
      const { items = 0, triples = 0, requests = 0, retries = 0 } = stats ?? {};
      return `wbimport load: ${items} items, ${triples} triples | ${requests} requests, ${retries} retries | ${elapsed}`;
    },
  };
}
