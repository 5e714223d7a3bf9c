// The one progress line of every long command (cli-progress on stderr): only on a terminal, never with --quiet;
// lines written above it. What it says is a label per command (progress-labels.ts); the stages only call back.
import type { Writable } from 'node:stream';
import { cliProgress as loadCliProgress } from '../util/packages.js';

/** What cli-progress knows when it draws: the bar, the time left and the time so far, formatted. */
export interface Frame {
  readonly bar: string;
  readonly eta: string;
  readonly elapsed: string;
  /** What the run waits for now ("waiting 5 s: …"), or null. */
  readonly status: string | null;
}

/** A command's wording of its progress: the line for the latest value, and where the bar stands. */
export interface ProgressLabel<T> {
  text(latest: T | null, frame: Frame): string;
  /** The bar's value of its total; a total of 0 draws counts only (the number to come is unknown). */
  position(latest: T): { readonly value: number; readonly total: number };
}

export interface ProgressLine<T> {
  update(value: T): void;
  /** What the run waits for now, or null when it no longer waits. */
  status(text: string | null): void;
  /** Writes a line (ending in a newline) above the progress line. */
  log(text: string): void;
  /** Takes the line off the screen, before the final summary. */
  stop(): void;
}

/** Whether a stream is a terminal (process.stderr on a TTY; never a pipe, a file or a test's PassThrough). */
export function isTerminal(stream: Writable): boolean {
  return (stream as { isTTY?: boolean }).isTTY === true;
}

/** No line at all: what is logged is written as it comes. */
export function plainProgress<T>(stream: Writable): ProgressLine<T> {
  return { update() {}, status() {}, log: (text) => void stream.write(text), stop() {} };
}

/** The progress line for this run: drawn when the stream is a terminal and the user did not ask for quiet. */
export function progressLine<T>(stream: Writable, quiet: boolean, label: ProgressLabel<T>): ProgressLine<T> {
  if (quiet || !isTerminal(stream)) return plainProgress(stream);
  let latest: T | null = null;
  let waiting: string | null = null;
  const started = performance.now();
  const cliProgress = loadCliProgress();
  const bar = new cliProgress.SingleBar({
    stream: stream as NodeJS.WritableStream,
    hideCursor: true,
    clearOnComplete: true,
    barsize: 24,
    etaBuffer: 50,
    format: (options, params) =>
      label.text(latest, {
        bar: cliProgress.Format.BarFormat(params.progress, options),
        eta: cliProgress.Format.TimeFormat(params.eta, options, 1),
        elapsed: cliProgress.Format.TimeFormat(Math.round((performance.now() - started) / 1000), options, 1),
        status: waiting,
      }),
  });
  let running = false;
  const redraw = (): void => {
    const { value, total } = latest === null ? { value: 0, total: 0 } : label.position(latest);
    if (!running) {
      bar.start(total, value);
      running = true;
      return;
    }
    if (total !== bar.getTotal()) bar.setTotal(total);
    bar.update(value);
  };
  return {
    update(value) {
      latest = value;
      redraw();
    },
    status(text) {
      waiting = text;
      redraw();
    },
    log(text) {
      // The bar redraws itself on the next line at its next tick; once stopped, the text goes straight out.
      stream.write(running ? `\r\u001b[2K${text}` : text);
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
