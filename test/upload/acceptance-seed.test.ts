// Acceptance 2: the seed item (fixtures/seeds: its item page and its Kohesio page) uploads as one edit, whose
// payload is our Wikibase JSON for it, and the target then holds exactly that item.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item, Snak, Statement } from '../../src/model/index.js';
import type { FakeWikibase } from '../support/fake-wikibase/index.js';
import { REPO } from '../support/run-cli.js';
import { BOT_ENV, fake, runWithEnv, serverItems, tempDir, uploadArgs } from './support.js';

const SEED = join(REPO, 'fixtures/seeds/input.ndjson');
const ours = (JSON.parse(readFileSync(join(REPO, 'fixtures/seeds/expected.json'), 'utf8')) as { entities: Record<string, Item> }).entities['Q4295133'] as Item;

/** A statement as sent or compared by value: no id, no hashes (Wikibase makes those). */
function bare(statement: Statement): unknown {
  const snak = ({ hash: _h, ...rest }: Snak): unknown => rest;
  const { id: _id, ...rest } = statement;
  return {
    ...rest,
    mainsnak: snak(statement.mainsnak),
    ...(statement.qualifiers === undefined ? {} : { qualifiers: Object.fromEntries(Object.entries(statement.qualifiers).map(([p, l]) => [p, l.map(snak)])) }),
    ...(statement.references === undefined ? {} : { references: statement.references.map((r) => ({ snaks: Object.fromEntries(Object.entries(r.snaks).map(([p, l]) => [p, l.map(snak)])), 'snaks-order': r['snaks-order'] })) }),
  };
}
const bareClaims = (claims: Item['claims']): Record<string, unknown[]> => Object.fromEntries(Object.entries(claims ?? {}).map(([p, list]) => [p, list.map(bare)]));

describe('acceptance: the seed item uploads as one edit', () => {
  let server: FakeWikibase;
  let tmp: ReturnType<typeof tempDir>;
  let stderr = '';
  let code = -1;

  beforeAll(async () => {
    tmp = tempDir();
    // The item exists on the target (an id given by the input is never created): empty, as a fresh stub. The
    // summary is longer than stock Wikibase's 400 characters: the target allows 10,000, as the EU KG's must.
    server = await fake({ entities: [{ type: 'item', id: 'Q4295133' }], limits: { string: 10_000, monolingualtext: 10_000 } });
    ({ code, stderr } = await runWithEnv(BOT_ENV, [...uploadArgs(server, join(tmp.dir, 'journal.ndjson')), SEED]));
  });
  afterAll(async () => {
    await server.close();
    tmp.remove();
  });

  it('succeeds with one wbeditentity', () => {
    expect(code, stderr).toBe(0);
    expect(stderr).toContain('1 items: 0 created, 1 edited, 0 unchanged, 0 held back, 0 refused, 0 failed; 1 edit');
    expect(server.log.filter((r) => r.action === 'wbeditentity').map((r) => r.params['id'])).toEqual(['Q4295133']);
  });

  it('sends our Wikibase JSON for it: every term and statement, in our order, less the ids and hashes Wikibase makes', () => {
    const edit = server.log.find((r) => r.action === 'wbeditentity');
    const data = JSON.parse(edit?.params['data'] ?? '{}') as { labels: unknown; claims: Record<string, unknown[]> };
    expect(data).toEqual({ labels: ours.labels, claims: bareClaims(ours.claims) });
    expect(Object.keys(data.claims)).toEqual(Object.keys(ours.claims ?? {}));
    expect(edit?.params['baserevid']).toBe('1');
  });

  it('leaves the target holding exactly our item', () => {
    const item = serverItems(server).get('Q4295133');
    expect(item?.labels).toEqual(ours.labels);
    expect(bareClaims(item?.claims)).toEqual(bareClaims(ours.claims));
  });

  it('costs no edit the second time', async () => {
    const again = await runWithEnv(BOT_ENV, [...uploadArgs(server, join(tmp.dir, 'journal.ndjson')), SEED]);
    expect(again.stderr).toContain('1 unchanged');
    expect(server.editCount()).toBe(1);
  });
});
