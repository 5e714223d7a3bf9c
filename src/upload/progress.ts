// The upload's progress line on stderr (a terminal only, never with --quiet): counts, and why it is waiting.
import cliProgress from 'cli-progress';
import type { Writable } from 'node:stream';
import type { UploadTally } from './uploader.js';

export interface UploadDisplay {
  update(tally: UploadTally): void;
  /** What the upload waits for now ("waiting 5 s: the database replicas lag (lag 7 s)"), or null when it is not. */
  status(text: string | null): void;
  /** Writes a line above the bar. */
  log(text: string): void;
  stop(): void;
}

const count = new Intl.NumberFormat('en-US');

export function tallyLine(t: UploadTally): string {
  return (
    `${count.format(t.items)} items: ${count.format(t.created)} created, ${count.format(t.edited)} edited, ` +
    `${count.format(t.unchanged)} unchanged, ${count.format(t.heldBack)} held back, ${count.format(t.refused)} refused, ` +
    `${count.format(t.failed)} failed; ${count.format(t.edits)} edit${t.edits === 1 ? '' : 's'}`
  );
}

export function uploadDisplay(stderr: Writable, quiet: boolean): UploadDisplay {
  const tty = (stderr as { isTTY?: boolean }).isTTY === true;
  if (quiet || !tty) return { update() {}, status() {}, log: (text) => stderr.write(text), stop() {} };
  let latest: UploadTally | null = null;
  let waiting: string | null = null;
  const started = performance.now();
  const bar = new cliProgress.SingleBar({
    stream: stderr,
    hideCursor: true,
    clearOnComplete: true,
    format: () => {
      if (latest === null) return waiting ?? 'connecting…';
      const seconds = (performance.now() - started) / 1000;
      const rate = seconds > 0 ? (latest.edits * 60) / seconds : 0;
      return `${tallyLine(latest)} | ${rate.toFixed(0)} edits/min${waiting === null ? '' : ` | ${waiting}`}`;
    },
  });
  let running = false;
  const redraw = (): void => {
    if (!running) {
      bar.start(0, 0);
      running = true;
    } else {
      bar.update(latest?.items ?? 0);
    }
  };
  return {
    update(tally) {
      latest = { ...tally };
      redraw();
    },
    status(text) {
      waiting = text;
      redraw();
    },
    log(text) {
      stderr.write(running ? `\r\u001b[2K${text}` : text);
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
