// validate --wiki-limits (or the profile's wikibase.limits): what the target wiki would refuse, found before sending.
import { describe, expect, it } from 'vitest';
import { valueProblems } from '../../src/check/index.js';
import type { Item } from '../../src/model/index.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInProcess } from '../support/run-cli.js';

const string = (property: `P${number}`, value: string) => ({ mainsnak: { snaktype: 'value' as const, property, datavalue: { type: 'string' as const, value }, datatype: 'string' }, type: 'statement' as const, rank: 'normal' as const });
const ITEM: Item = {
  type: 'item',
  id: 'Q5',
  claims: {
    P841: [string('P841', '  Padded '), string('P841', 'a\tb'), string('P841', 'Fine')],
    P836: [{ mainsnak: { snaktype: 'value', property: 'P836', datavalue: { type: 'monolingualtext', value: { text: 'y'.repeat(401), language: 'en' } }, datatype: 'monolingualtext' }, type: 'statement', rank: 'normal' }],
    P20: [string('P20', '2020')],
  },
};
const DATATYPES = { P841: 'string', P836: 'monolingualtext', P20: 'time' };

describe('valueProblems', () => {
  it('finds padded texts, tabs, texts over a limit and values of the wrong type', () => {
    expect(valueProblems(ITEM, { string: 400, monolingualtext: 400 }, DATATYPES).map((p) => [p.kind, p.property])).toEqual([
      ['value-whitespace', 'P841'],
      ['value-whitespace', 'P841'],
      ['value-too-long', 'P836'],
      ['value-type-mismatch', 'P20'],
    ]);
  });

  it('checks no length without a limit', () => {
    expect(valueProblems(ITEM, {}, DATATYPES).map((p) => p.kind)).not.toContain('value-too-long');
  });
});

describe('validate --wiki-limits', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wbimport-limits-'));
  const path = join(dir, 'item.ndjson');
  writeFileSync(path, `${JSON.stringify(ITEM)}\n`);

  it.each([
    ['stock', true],
    ['string=1000,monolingualtext=1000', false],
  ])('%s', async (limits, tooLong) => {
    const result = await runInProcess(['validate', path, '--wiki-limits', limits, '--format', 'json']);
    expect(result.code).toBe(1);
    const codes = (result.stdout.match(/"value-[a-z-]+"/gu) ?? []).map((c) => c.slice(1, -1));
    expect(codes.includes('value-too-long')).toBe(tooLong);
    expect(codes).toContain('value-whitespace');
  });

  it('refuses limits it cannot read (exit 2)', async () => {
    expect((await runInProcess(['validate', path, '--wiki-limits', 'string=-4'])).code).toBe(2);
  });
});
