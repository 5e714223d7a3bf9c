// Memory is bounded per page, not per batch: a page over --max-page-bytes is reported and skipped, and a worker
// thread that dies on a page is replaced, that page reported, and the run goes on.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConvert } from './run-convert.js';
import { ndjsonIds, seedPageOf } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'wbimport-mem-'));

/** 260 small records and, at record 100, one of 60 million characters (a summary line that never ends). */
function corpus(): { file: string; big: number } {
  const lines: string[] = [];
  for (let i = 1; i <= 260; i++) {
    const text = i === 100 ? seedPageOf(`Q${i}`).replace('0 references\nIn the', `0 references\n${'In the '.repeat(60_000_000 / 7)}`) : seedPageOf(`Q${i}`);
    lines.push(JSON.stringify({ url: `https://linkedopendata.eu/wiki/Item:Q${i}`, text }));
  }
  const file = join(dir, 'big.ndjson');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { file, big: 100 };
}

describe('a very large page', () => {
  const { file, big } = corpus();

  it.each([1, 2])('over --max-page-bytes is reported (page-too-large) and skipped, the rest converted (--jobs %i)', async (jobs) => {
    const run = await runConvert([file], 'ndjson', { jobs, tuning: { poolAfterPages: 0 } });
    expect(run.diagnostics.map((d) => [d.code, d.span?.line])).toEqual([['page-too-large', big]]);
    expect(ndjsonIds(run.stdout)).toHaveLength(259);
    expect(ndjsonIds(run.stdout)).not.toContain(`Q${big}`);
  }, 120_000);

  it('that kills a worker thread is reported (worker-failed); the worker is replaced and the run goes on', async () => {
    const run = await runConvert([file], 'ndjson', { jobs: 2, maxPageBytes: 1 << 30, tuning: { poolAfterPages: 0 } });
    const reported = run.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.span?.line]);
    expect(reported).toEqual([['worker-failed', big]]);
    const written = ndjsonIds(run.stdout);
    expect(written).toHaveLength(259);
    expect(written).toEqual(Array.from({ length: 260 }, (_, i) => `Q${i + 1}`).filter((id) => id !== `Q${big}`));
  }, 180_000);
});
