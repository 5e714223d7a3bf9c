// The upload's progress line: on a terminal it shows the counts and why the upload waits; elsewhere only lines written.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress.js';
import { uploadLabel } from '../../src/cli/progress-labels.js';
import { tallyLine } from '../../src/cli/upload-summary.js';
import { describeWait } from '../../src/upload/status.js';
import type { UploadTally } from '../../src/upload/uploader.js';

const tally: UploadTally = { items: 1200, created: 1000, edited: 150, unchanged: 40, heldBack: 5, refused: 3, failed: 2, patched: 0, edits: 1150 };

function stream(tty: boolean): { out: PassThrough & { isTTY?: boolean; columns?: number }; text: () => string } {
  const out: PassThrough & { isTTY?: boolean; columns?: number } = new PassThrough();
  if (tty) {
    out.isTTY = true;
    out.columns = 200;
  }
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  return { out, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('the progress display', () => {
  it('words the tally and the waits', () => {
    expect(tallyLine(tally)).toBe('1,200 items: 1,000 created, 150 edited, 40 unchanged, 5 held back, 3 refused, 2 failed; 1,150 edits');
    expect(describeWait({ kind: 'wait', reason: 'maxlag', ms: 5000, lag: 7 })).toBe('waiting 5.0 s: the database replicas lag (lag 7 s)');
    expect(describeWait({ kind: 'wait', reason: 'ratelimit', ms: 30_000 })).toBe('waiting 30 s: rate limited by the wiki');
  });

  it('draws on a terminal: the counts and the current wait', () => {
    const { out, text } = stream(true);
    const display = progressLine(out, false, uploadLabel());
    display.update(tally);
    display.status('waiting 5.0 s: the database replicas lag (lag 7 s)');
    display.stop();
    expect(text()).toContain('1,200 items: 1,000 created');
    expect(text()).toContain('waiting 5.0 s: the database replicas lag (lag 7 s)');
  });

  it.each([
    ['not a terminal', false, false],
    ['--quiet', true, true],
  ])('draws nothing when %s, and still writes lines', (_, tty, quiet) => {
    const { out, text } = stream(tty);
    const display = progressLine(out, quiet, uploadLabel());
    display.update(tally);
    display.status('waiting');
    display.log('a line\n');
    display.stop();
    expect(text()).toBe('a line\n');
  });
});
