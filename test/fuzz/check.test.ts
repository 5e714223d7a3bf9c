// The fuzz suite's own check sees a lost line: a line that is neither data nor named by a diagnostic.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_PAGE } from '../robustness/support.js';
import { lostLines } from './check.js';

describe('the lost-line check', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'wbimport-fuzz-check-')), 'page.txt');

  it('finds nothing lost on the seed page', async () => {
    writeFileSync(file, SEED_PAGE);
    expect(await lostLines(file, [])).toEqual([]);
  });

  it('finds the lines of a rejected value when no diagnostic names them', async () => {
    writeFileSync(file, SEED_PAGE.replace('1 September 2018', '31 February 2018\n0.24 Euro'));
    const lost = await lostLines(file, []);
    expect(lost.map((l) => l.split(' ').slice(1).join(' '))).toEqual(['"31 February 2018"', '"0.24 Euro"']);
  });
});
