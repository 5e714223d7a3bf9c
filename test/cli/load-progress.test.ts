// The load's progress line: counts on a terminal, messages above them, the summary after; only text on a pipe.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LoadStats } from '../../src/load/index.js';
import { isTerminal, plainProgress, progressLine } from '../../src/cli/progress.js';
import { loadLabel } from '../../src/cli/progress-labels.js';

function terminal(): { stream: PassThrough; text: () => string } {
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('progress', () => {
  it('draws counts on a terminal, prints messages above them, and the summary after it stops', async () => {
    const { stream, text } = terminal();
    expect(isTerminal(stream)).toBe(true);
    const stats = new LoadStats();
    const progress = progressLine(stream, false, loadLabel());
    stats.items = 3;
    stats.triples = 471;
    stats.requests = 2;
    progress.update(stats);
    progress.log('wbimport: HTTP 503 from …: retry 1 of 10 in 0.5 s\n');
    // cli-progress redraws five times a second.
    await new Promise((resolve) => setTimeout(resolve, 250));
    progress.stop();
    progress.log('wbimport: loaded 3 items\n');
    const out = text();
    expect(out).toContain('wbimport load: 3 items, 471 triples | 2 requests, 0 retries');
    expect(out).toContain('retry 1 of 10');
    expect(out.trimEnd().endsWith('wbimport: loaded 3 items')).toBe(true);
  });

  it('is only text on a pipe', () => {
    const stream = new PassThrough();
    expect(isTerminal(stream)).toBe(false);
    const progress = plainProgress<LoadStats>(stream);
    progress.update(new LoadStats());
    progress.log('a line\n');
    progress.stop();
    expect(stream.read()?.toString()).toBe('a line\n');
  });
});
