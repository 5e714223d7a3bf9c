// Our Wikibase JSON is what wikibase-sdk's parsing helpers expect, and they read the seed's values from it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, simplifyEntity, type Item, type WbGetEntitiesResponse } from 'wikibase-sdk';
import { REPO, runInProcess } from '../support/run-cli.js';

describe('wikibase-sdk reading our JSON for the seed', () => {
  it('parses the entities envelope and simplifies the item to the seed values', async () => {
    const result = await runInProcess(['convert', 'fixtures/seeds/input.ndjson', '--to', 'json']);
    const response = { ...(JSON.parse(result.stdout) as object), success: 1 } as WbGetEntitiesResponse;
    const parsed = parse.entities(response);
    const simple = parsed['Q4295133'] as { claims: Record<string, unknown[]>; labels: Record<string, string> };
    const title = readFileSync(join(REPO, 'fixtures/seed-item-page/input.txt'), 'utf8').split('\n')[0]?.replace(' (Q4295133)', '');
    expect(simple.labels).toEqual({ en: title });
    // wikibase-sdk turns amounts into numbers: fine for reading, never on our import path.
    expect(simple.claims['P835']).toEqual([488705.11]);
    expect(simple.claims['P474']).toEqual([574947.19]);
    expect(simple.claims['P837']).toEqual([85]);
    expect(simple.claims['P20']).toEqual(['2018-09-01T00:00:00.000Z']);
    expect(simple.claims['P33']).toEqual(['2020-09-30T00:00:00.000Z']);
    expect(simple.claims['P841']).toEqual(['Scienific Reserch Centre Bistra Ptuj']);
    expect(simple.claims['P836']).toHaveLength(2);

    const item = (JSON.parse(result.stdout) as { entities: { Q4295133: Item } }).entities.Q4295133;
    const rich = simplifyEntity(item, { keepIds: true, keepTypes: true, keepQualifiers: true, keepRanks: true });
    expect(rich.claims?.['P835']).toEqual([
      expect.objectContaining({ value: 488705.11, rank: 'normal', id: expect.stringMatching(/^Q4295133\$/u) as unknown }),
    ]);
  });
});
