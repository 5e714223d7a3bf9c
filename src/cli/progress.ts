// A progress bar on stderr (cli-progress) while a long run goes on: only on a terminal and never with --quiet.
import cliProgress from 'cli-progress';
import type { Progress } from '../pipeline/index.js';
import type { CliIo } from './io.js';

export interface ProgressDisplay {
  update(progress: Progress): void;
  /** Writes a line (a diagnostic) above the bar. */
  log(text: string): void;
  /** Takes the bar off the screen, before the final summary line. */
  stop(): void;
}

const NONE = (io: CliIo): ProgressDisplay => ({ update() {}, log: (text) => io.stderr.write(text), stop() {} });

const count = new Intl.NumberFormat('en-US');

/** Rates and the time left settle after a second or two; before that they would only flicker. */
const SETTLED_SECONDS = 2;

function line(progress: Progress, seconds: number, bar: string, eta: string): string {
  const settled = seconds >= SETTLED_SECONDS;
  const rate = settled ? count.format(Math.round(progress.pages / seconds)) : '…';
  if (progress.phase === 'index') return `reading ahead: ${count.format(progress.pages)} pages (to merge each item's pages)`;
  const head = progress.totalPages === undefined ? '' : `${bar} ${Math.floor((100 * progress.pages) / Math.max(1, progress.totalPages))}% | `;
  const total = progress.totalPages === undefined ? '' : `/${count.format(progress.totalPages)}`;
  const tail = progress.totalPages === undefined ? '' : ` | ETA ${settled ? eta : '…'}`;
  return (
    `${head}${count.format(progress.pages)}${total} pages | ${rate} pages/s | ` +
    `${count.format(progress.entities)} entities | ${count.format(progress.errors)} errors, ${count.format(progress.warnings)} warnings${tail}`
  );
}

/** The display for this run: a bar when stderr is a terminal and the user did not ask for quiet; else nothing. */
export function progressDisplay(io: CliIo, quiet: boolean): ProgressDisplay {
  const tty = (io.stderr as { isTTY?: boolean }).isTTY === true;
  if (quiet || !tty) return NONE(io);
  // The rate counts from the start of the conversion proper, not of the first pass that reads ahead.
  let started = performance.now();
  let latest: Progress | null = null;
  const bar = new cliProgress.SingleBar({
    stream: io.stderr,
    hideCursor: true,
    clearOnComplete: true,
    barsize: 24,
    etaBuffer: 50,
    format: (options, params) =>
      latest === null
        ? ''
        : line(latest, (performance.now() - started) / 1000, cliProgress.Format.BarFormat(params.progress, options), cliProgress.Format.TimeFormat(params.eta, options, 1)),
  });
  let running = false;
  return {
    update(progress) {
      if (latest?.phase === 'index' && progress.phase === 'convert') started = performance.now();
      latest = progress;
      const total = progress.totalPages ?? 0;
      if (!running) {
        bar.start(total, progress.pages);
        running = true;
      } else {
        if (total !== bar.getTotal()) bar.setTotal(total);
        bar.update(progress.phase === 'index' ? 0 : progress.pages);
      }
    },
    log(text) {
      // The bar redraws itself on the next line at its next tick.
      io.stderr.write(running ? `\r\u001b[2K${text}` : text);
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
