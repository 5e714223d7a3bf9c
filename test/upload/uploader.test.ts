// The driver's hard cases, with a fault placed on exactly the edit it is about: answers lost after the server
// applied a create or an edit, 500s, a conflicting edit by someone else, a race for a label+description pair.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Item } from '../../src/model/index.js';
import { ApiClient } from '../../src/upload/api-client.js';
import { CookieSession, Http, VirtualClock } from '../../src/net/index.js';
import { Journal } from '../../src/upload/journal.js';
import { DEFAULT_MERGE_RULES } from '../../src/upload/merge-rules.js';
import { Pacer } from '../../src/upload/pacer.js';
import { Session } from '../../src/upload/session.js';
import { Uploader, type ItemReport } from '../../src/upload/uploader.js';
import { Wikibase } from '../../src/upload/wikibase.js';
import type { FakeWikibase, FaultKind } from '../support/fake-wikibase/index.js';
import { DEFAULT_BOT_PASSWORD, fake, newProject, quantity, serverItems, tempDir, text } from './support.js';

let server: FakeWikibase;
let dir = '';
let remove = (): void => {};

beforeEach(async () => {
  ({ dir, remove } = tempDir());
  server = await fake({ entities: [{ type: 'item', id: 'Q1', labels: { en: { language: 'en', value: 'Existing' } }, claims: { P835: [quantity('P835', '+1.00')] } }] });
});
afterEach(async () => {
  await server.close();
  remove();
});

/** An uploader whose next wbeditentity meets `onEdit` first (a fault injected, or someone else's edit). */
function setup(onEdit: (() => Promise<void> | void)[] = []) {
  const clock = new VirtualClock();
  const instrumented: typeof fetch = async (url, init) => {
    if (init?.method === 'POST' && String(init.body).includes('action=wbeditentity')) await onEdit.shift()?.();
    return fetch(url, init);
  };
  const cookies = new CookieSession(clock);
  const http = new Http({ userAgent: 'wbimport-test', timeoutMs: 5000, auth: [cookies], fetch: instrumented });
  const backoff = { initialDelayMs: 1, maxDelayMs: 10, retries: 4, capRetryAfter: false };
  const api = new ApiClient({ apiUrl: server.apiUrl, http, cookies, clock, random: () => 0.5, backoff, maxlag: 5, redact: (t) => t });
  const session = new Session(api, { kind: 'password', user: DEFAULT_BOT_PASSWORD.username, password: DEFAULT_BOT_PASSWORD.password }, (t) => t);
  const { journal } = Journal.open(join(dir, 'journal.ndjson'), { api: server.apiUrl, version: '0', readOnly: false });
  const reports: ItemReport[] = [];
  const uploader = new Uploader({
    wikibase: new Wikibase(api, session),
    journal,
    rules: DEFAULT_MERGE_RULES,
    links: null,
    duplicates: 'refuse',
    dryRun: null,
    print: () => {},
    tags: [],
    bot: true,
    pacer: new Pacer(1e9, clock),
    onReport: (r) => reports.push(r),
  });
  const run = async (...items: Item[]) => {
    for (const item of items) await uploader.add(item);
    await uploader.finish();
    journal.close();
    return reports;
  };
  return { run, uploader };
}

const inject = (kind: FaultKind) => () => server.injectNext(kind);
const labelled = (label: string) => [...serverItems(server).values()].filter((i) => i.labels?.['en']?.value === label);

describe('Uploader', () => {
  it.each<[FaultKind, string]>([
    ['drop-after', 'applied, then the answer lost: found by its terms'],
    ['drop-before', 'never applied: created again'],
    ['server-error', 'a 500: looked for, then created again'],
  ])('a create meets %s (%s), and the item exists once', async (kind) => {
    const { run, uploader } = setup([inject(kind)]);
    const [report] = await run(newProject(1));
    expect(report).toMatchObject({ outcome: 'created', id: 'Q2' });
    expect(labelled('Project 1')).toHaveLength(1);
    expect(uploader.tally.edits).toBe(kind === 'drop-after' ? 0 : 1);
  });

  it('an edit whose answer was lost after it was applied is not sent again', async () => {
    const { run, uploader } = setup([inject('drop-after')]);
    const [report] = await run({ type: 'item', id: 'Q1', claims: { P841: [text('P841', 'Name')] } });
    expect(report).toMatchObject({ outcome: 'edited', id: 'Q1' });
    expect(server.editCount()).toBe(1);
    expect(uploader.tally.edits).toBe(0);
  });

  it("another edit between our read and our edit: Wikibase patches ours onto it, theirs kept, ours added", async () => {
    const other = setup();
    const { run } = setup([() => other.run({ type: 'item', id: 'Q1', claims: { P460: [text('P460', '2250')] } }).then(() => undefined)]);
    const [report] = await run({ type: 'item', id: 'Q1', claims: { P841: [text('P841', 'Name')] } });
    expect(report).toMatchObject({ outcome: 'edited' });
    expect(Object.keys(serverItems(server).get('Q1')?.claims ?? {}).sort()).toEqual(['P460', 'P835', 'P841']);
    expect(server.log.filter((r) => r.action === 'wbeditentity').map((r) => r.status === 200 ? 'ok' : r.status)).toEqual(['ok', 'ok']);
  });

  it('a create that loses the race for its label+description pair is refused, naming the winner', async () => {
    const other = setup();
    const { run } = setup([() => other.run(newProject(1)).then(() => undefined)]);
    const [report] = await run(newProject(1));
    expect(report).toMatchObject({ outcome: 'refused', code: 'terms-taken' });
    expect(report?.reason).toContain('existing Q2');
    expect(labelled('Project 1')).toHaveLength(1);
  });
});
