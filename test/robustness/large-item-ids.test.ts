// Item ids of 2³² and up are grouped like any other: the pages of one item are merged into one entity.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../support/run-cli.js';
import { ndjsonIds, seedPageOf } from './support.js';

describe('items whose ids do not fit 32 bits', () => {
  it.each(['Q4294967296', 'Q8589934593', 'Q123456789012345678901'])('are written once, with all their pages merged (%s)', async (id) => {
    const dir = mkdtempSync(join(tmpdir(), 'wbimport-ids-'));
    const file = join(dir, 'pages.txt');
    // The item's two pages apart, another item between; the second page's amount differs: a conflict to report.
    writeFileSync(file, seedPageOf(id) + seedPageOf('Q5') + seedPageOf(id).replace('488,705.11 Euro', '1.00 Euro'));
    const result = await runInProcess(['convert', file, '--to', 'ndjson', '--diagnostics', 'json']);
    expect(ndjsonIds(result.stdout).sort()).toEqual([id, 'Q5'].sort());
    expect(result.stderr).toContain('"value-conflict"');
  });
});
