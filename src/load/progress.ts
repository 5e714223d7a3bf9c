// The load's progress line on a terminal (never on a pipe), with messages printed above it.
import { MultiBar, type SingleBar } from 'cli-progress';
import type { Writable } from 'node:stream';
import type { LoadStats } from './loader.js';

export interface Progress {
  /** Redraws with the latest counts (cli-progress throttles the drawing). */
  update(): void;
  /** Writes a line of text (ending in a newline) above the progress line. */
  log(text: string): void;
  stop(): void;
}

/** Counts only: the number of entities to come is unknown while they stream. */
const FORMAT = 'wbimport load: {items} items, {triples} triples | {requests} requests, {retries} retries | {duration_formatted}';

export function terminalProgress(stream: Writable, stats: LoadStats): Progress {
  const bars = new MultiBar({ stream: stream as NodeJS.WritableStream, format: FORMAT, hideCursor: true, fps: 5, clearOnComplete: true });
  const bar: SingleBar = bars.create(0, 0, stats.toJSON());
  // Once stopped, cli-progress drops what it is given to log: the summary is written straight to the stream.
  let stopped = false;
  return {
    update: () => {
      if (!stopped) bar.update(stats.items, stats.toJSON());
    },
    log: (text) => {
      if (stopped) stream.write(text);
      else bars.log(text);
    },
    stop: () => {
      stopped = true;
      bars.stop();
    },
  };
}

export function plainProgress(stream: Writable): Progress {
  return { update: () => {}, log: (text) => void stream.write(text), stop: () => {} };
}

/** Whether a stream is a terminal (process.stderr on a TTY; never a pipe, a file or a test's PassThrough). */
export function isTerminal(stream: Writable): boolean {
  return (stream as Partial<NodeJS.WriteStream>).isTTY === true;
}
