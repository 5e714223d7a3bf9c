// Issue 14: what broke when upload met a real Wikibase, one test per numbered problem, on the fake made faithful
// to the recorded server (test/fake-wikibase/replay.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Item } from '../../src/model/index.js';
import { ApiClient } from '../../src/upload/api-client.js';
import { CookieSession, Http, VirtualClock } from '../../src/net/index.js';
import { itemKey } from '../../src/upload/item-key.js';
import { Journal } from '../../src/upload/journal.js';
import { DEFAULT_MERGE_RULES, type MergeRules } from '../../src/upload/merge-rules.js';
import { Pacer } from '../../src/upload/pacer.js';
import { Session } from '../../src/upload/session.js';
import { Uploader, type ItemReport } from '../../src/upload/uploader.js';
import { Wikibase } from '../../src/upload/wikibase.js';
import type { FakeWikibase, FakeWikibaseOptions } from '../support/fake-wikibase/index.js';
import { BOT_ENV, DEFAULT_BOT_PASSWORD, fake, newProject, quantity, runWithEnv, serverItems, tempDir, text, uploadArgs, writeItems } from './support.js';

const term = (value: string) => ({ en: { language: 'en', value } });
const EXISTING: Item = { type: 'item', id: 'Q1', labels: term('Existing'), descriptions: term('an existing project'), claims: { P835: [quantity('P835', '+1.00')] } };

let server: FakeWikibase;
let dir = '';
let remove = (): void => {};
let clock: VirtualClock;

async function start(options: FakeWikibaseOptions = {}): Promise<void> {
  clock = new VirtualClock(1_000_000);
  server = await fake({ entities: [EXISTING], now: () => clock.now(), ...options });
}

beforeEach(() => {
  ({ dir, remove } = tempDir());
});
afterEach(async () => {
  await server.close();
  remove();
});

interface Setup {
  readonly login?: { readonly username: string; readonly password: string };
  readonly onEdit?: (() => Promise<void> | void)[];
  readonly rules?: MergeRules;
  readonly duplicates?: 'adopt' | 'refuse';
  readonly journal?: string;
}

/** An uploader on the virtual clock (waits cost nothing), with the server's answers to every edit recorded. */
function uploader({ login = DEFAULT_BOT_PASSWORD, onEdit = [], rules = DEFAULT_MERGE_RULES, duplicates = 'refuse', journal: journalName = 'journal.ndjson' }: Setup = {}) {
  const answers: string[] = [];
  const instrumented: typeof fetch = async (url, init) => {
    const isEdit = init?.method === 'POST' && String(init.body).includes('action=wbeditentity');
    if (isEdit) await onEdit.shift()?.();
    const response = await fetch(url, init);
    if (isEdit) answers.push(await response.clone().text());
    return response;
  };
  const cookies = new CookieSession(clock);
  const http = new Http({ userAgent: 'wbimport-test', timeoutMs: 5000, auth: [cookies], fetch: instrumented });
  let rateLimited = 0;
  const api = new ApiClient({
    apiUrl: server.apiUrl,
    http,
    cookies,
    clock,
    random: () => 0.5,
    backoff: { initialDelayMs: 1000, maxDelayMs: 60_000, retries: 2, capRetryAfter: false },
    maxlag: 5,
    redact: (t) => t,
    onRateLimited: () => (rateLimited += 1),
  });
  const session = new Session(api, { kind: 'password', user: login.username, password: login.password }, (t) => t);
  const journalPath = join(dir, journalName);
  const { journal } = Journal.open(journalPath, { api: server.apiUrl, version: '0', readOnly: false });
  const reports: ItemReport[] = [];
  const up = new Uploader({
    wikibase: new Wikibase(api, session),
    journal,
    rules,
    links: null,
    duplicates,
    dryRun: null,
    print: () => {},
    tags: [],
    bot: true,
    pacer: new Pacer(1e9, clock),
    onReport: (r) => reports.push(r),
  });
  const run = async (...items: Item[]) => {
    for (const item of items) await up.add(item);
    await up.finish();
    journal.close();
    return reports;
  };
  return { run, tally: up.tally, answers, rateLimited: () => rateLimited, journalPath };
}

const journalRecords = (path: string): Array<Record<string, unknown>> =>
  readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('1. rate limits are waited out, never refusals', () => {
  const SLOW = { username: 'Slow@wbimport', password: 'slow-secret', grants: ['basic', 'editpage', 'createeditmovepage'] };

  it('creates past the id generator limit (no-automatic-entity-id) and edits past the edit limit (failed-save)', async () => {
    await start({ botPasswords: [SLOW], createRateLimit: { actions: 3, seconds: 60 }, editRateLimit: { actions: 2, seconds: 60 } });
    const up = uploader({ login: SLOW });
    const items = [1, 2, 3, 4, 5].map(newProject);
    const reports = await up.run(...items, { type: 'item', id: 'Q1', claims: { P841: [text('P841', 'Name')] } });
    expect(reports.map((r) => r.outcome)).toEqual(['created', 'created', 'created', 'created', 'created', 'edited']);
    expect(up.answers.some((a) => a.includes('"no-automatic-entity-id"'))).toBe(true);
    expect(up.answers.some((a) => a.includes('"failed-save"') && a.includes('actionthrottledtext'))).toBe(true);
    expect(up.rateLimited()).toBeGreaterThan(0);
    expect(up.tally.refused).toBe(0);
  });

  it('takes HTTP 429 as a rate limit too', async () => {
    await start();
    server.injectNext('ratelimit', 'ratelimit');
    const up = uploader();
    const [report] = await up.run(newProject(1));
    expect(report).toMatchObject({ outcome: 'created' });
    expect(up.rateLimited()).toBe(2);
  });
});

describe('2. an edit Wikibase patched is read back, completed, and journaled as done only then', () => {
  it('sends again what a self-conflict patch dropped', async () => {
    await start();
    const other = uploader({ journal: 'other.ndjson' });
    // The same account renames the item between our read and our write: Wikibase patches our edit onto that
    // revision, drops our label (it overlaps) and answers success with wikibase-self-conflict-patched.
    const up = uploader({ onEdit: [() => other.run({ type: 'item', id: 'Q1', labels: term('Renamed meanwhile') }).then(() => undefined)] });
    const [report] = await up.run({ type: 'item', id: 'Q1', labels: term('Ours'), claims: { P841: [text('P841', 'Name')] } });
    expect(up.answers[0]).toContain('wikibase-self-conflict-patched');
    expect(report).toMatchObject({ outcome: 'edited' });
    expect(up.tally.patched).toBe(1);
    const q1 = serverItems(server).get('Q1');
    expect(q1?.labels?.['en']?.value).toBe('Ours');
    expect(Object.keys(q1?.claims ?? {}).sort()).toEqual(['P835', 'P841']);
    const records = journalRecords(up.journalPath).filter((r) => r['type'] !== 'run' && r['key'] === 'Q1');
    // The patched edit is not journaled as done; the edit that completes it is.
    expect(records.map((r) => String(r['type']))).toEqual(['intent', 'intent', 'done']);
  });

  it('reports an item whose patched edits never hold, without journaling it as done', async () => {
    await start();
    const other = uploader({ journal: 'other.ndjson' });
    const rename = () => other.run({ type: 'item', id: 'Q1', labels: term(`Renamed ${Math.random()}`) }).then(() => undefined);
    const up = uploader({ onEdit: Array.from({ length: 5 }, () => rename) });
    const [report] = await up.run({ type: 'item', id: 'Q1', labels: term('Ours'), claims: { P841: [text('P841', 'Name')] } });
    expect(report).toMatchObject({ outcome: 'failed', code: 'patched-incomplete' });
    expect(report?.reason).toContain('label en');
    const ours = journalRecords(up.journalPath).filter((r) => r['key'] === 'Q1' && r['type'] === 'done' && r['patched'] === true);
    expect(ours).toEqual([]);
  });
});

describe('3. inputs that land on one item in one run', () => {
  it('are sent one after another, each diffed against a fresh read', async () => {
    await start();
    const later: Item = { type: 'item', labels: term('Renamed project'), claims: { P835: [quantity('P835', '+3.00')] } };
    // An earlier run created `later` as Q1 (its journal says so); this run also has Q1 by id.
    const { journal } = Journal.open(join(dir, 'journal.ndjson'), { api: server.apiUrl, version: '0', readOnly: false });
    journal.append({ type: 'done', op: 'create', key: itemKey(later), id: 'Q1' });
    journal.close();
    const rules: MergeRules = { ...DEFAULT_MERGE_RULES, merge: { P835: 'replace' } };
    const up = uploader({ rules });
    const reports = await up.run({ type: 'item', id: 'Q1', claims: { P835: [quantity('P835', '+2.00')] } }, later);
    expect(reports.map((r) => r.outcome)).toEqual(['edited', 'edited']);
    expect(up.answers.every((a) => a.includes('"success"') && !a.includes('patched'))).toBe(true);
    expect(serverItems(server).get('Q1')?.claims?.['P835']?.map((s) => s.mainsnak.snaktype === 'value' && s.mainsnak.datavalue.value)).toEqual([{ amount: '+3.00', unit: 'https://linkedopendata.eu/entity/Q226' }]);
  });
});

describe('4. merging with an existing item is never silent', () => {
  const twin = (): Item => ({ type: 'item', labels: term('Existing'), descriptions: term('an existing project'), claims: { P841: [text('P841', 'Twin')] } });

  it('refuses by default, naming the existing item', async () => {
    await start();
    const [report] = await uploader().run(twin());
    expect(report).toMatchObject({ outcome: 'refused', code: 'terms-taken' });
    expect(report?.reason).toContain('Q1');
    expect(server.editCount()).toBe(0);
  });

  it('adopts the existing item only when asked (--duplicates adopt)', async () => {
    await start();
    const [report] = await uploader({ duplicates: 'adopt' }).run(twin());
    expect(report).toMatchObject({ outcome: 'edited', id: 'Q1' });
  });

  it('reports two inputs of one run with the same terms, even with --duplicates adopt', async () => {
    await start();
    const a: Item = { type: 'item', labels: term('Same'), descriptions: term('same description'), claims: { P841: [text('P841', 'A')] } };
    const b: Item = { ...a, claims: { P841: [text('P841', 'B')] } };
    const c: Item = { ...a, labels: { ...term('Same'), de: { language: 'de', value: 'Anders' } } };
    const reports = await uploader({ duplicates: 'adopt' }).run(a, b, c);
    // b is told at once (same key as a); a is created when the batch is sent, then c meets a's pair.
    expect(reports.map((r) => [r.name, r.outcome, r.code])).toEqual([
      ['new item "Same"', 'refused', 'same-terms-in-run'],
      ['new item "Same"', 'created', undefined],
      ['new item "Same"', 'refused', 'same-terms-in-run'],
    ]);
    expect([...serverItems(server).values()].filter((i) => i.labels?.['en']?.value === 'Same')).toHaveLength(1);
  });
});

describe('5. refusals found before sending, and said in words', () => {
  it('refuses padded strings, texts over the wiki limit and values of the wrong type before sending', async () => {
    await start();
    const bad: Item = {
      type: 'item',
      id: 'Q1',
      claims: {
        P841: [text('P841', '  Padded  ')],
        P836: [{ mainsnak: { snaktype: 'value', property: 'P836', datavalue: { type: 'monolingualtext', value: { text: 'x'.repeat(401), language: 'en' } }, datatype: 'monolingualtext' }, type: 'statement', rank: 'normal' }],
        P20: [text('P20', '2020')],
      },
    };
    const path = writeItems(dir, 'bad.ndjson', [bad]);
    const result = await runWithEnv(BOT_ENV, [...uploadArgs(server, join(dir, 'j.ndjson'), '--diagnostics', 'json'), path]);
    expect(result.code).toBe(1);
    const report = result.stderr.split('\n').flatMap((l) => (l.startsWith('{"upload"') ? [(JSON.parse(l) as { upload: ItemReport }).upload] : []))[0];
    expect(report).toMatchObject({ outcome: 'refused', code: 'value-refused' });
    expect(report?.reason).toContain('P841 = "  Padded  "');
    expect(report?.reason).toContain("over the wiki's limit of 400");
    expect(report?.reason).toContain('P20');
    expect(server.log.filter((r) => r.action === 'wbeditentity')).toHaveLength(0);
  });

  it('names the statement and the reason of a refusal the server makes', async () => {
    await start();
    const up = uploader();
    const [report] = await up.run({ type: 'item', id: 'Q1', claims: { P889: [{ mainsnak: { snaktype: 'value', property: 'P889', datavalue: { type: 'wikibase-entityid', value: { 'entity-type': 'item', id: 'Q999', 'numeric-id': 999 } }, datatype: 'wikibase-item' }, type: 'statement', rank: 'normal' }] } });
    expect(report).toMatchObject({ outcome: 'refused', code: 'server-refused' });
    expect(report?.reason).toContain('statement P889 = Q999: Q999 does not exist on the wiki');
    expect(report?.reason).not.toContain('[[');
  });

  it('says a property the wiki has with another datatype once, before any edit (exit 2)', async () => {
    await start({ properties: { P841: 'time' } });
    const path = writeItems(dir, 'items.ndjson', [newProject(1), newProject(2)]);
    const result = await runWithEnv(BOT_ENV, [...uploadArgs(server, join(dir, 'j.ndjson')), path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('property P841 (beneficiary name) is time on the wiki, string in the profile');
    expect(result.stderr.match(/P841/gu)).toHaveLength(1);
    expect(server.log.filter((r) => r.action === 'wbeditentity')).toHaveLength(0);
  });
});

describe('6. a login without edit grants', () => {
  it.each([
    ['basic only: no edit right', ['basic'], '"edit" right'],
    ['no createpage: cannot create', ['basic', 'editpage'], '"createpage" right'],
  ])('%s ends with exit 2 before any edit', async (_name, grants, said) => {
    await start({ botPasswords: [{ username: 'Reader@wbimport', password: 'reader-secret', grants }] });
    const path = writeItems(dir, 'items.ndjson', [newProject(1)]);
    const result = await runWithEnv({ WBIMPORT_BOT_USER: 'Reader@wbimport', WBIMPORT_BOT_PASSWORD: 'reader-secret' }, [...uploadArgs(server, join(dir, 'j.ndjson')), path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(said);
    expect(server.log.filter((r) => r.action === 'wbeditentity')).toHaveLength(0);
  });
});

describe('7. the API URL is used as given', () => {
  it('reads and writes a wiki whose api.php is at the web root', async () => {
    await start({ apiPath: '/api.php' });
    expect(server.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\.php$/u);
    const path = writeItems(dir, 'items.ndjson', [{ type: 'item', id: 'Q1', claims: { P841: [text('P841', 'Name')] } }, newProject(1)]);
    const result = await runWithEnv(BOT_ENV, [...uploadArgs(server, join(dir, 'j.ndjson')), path]);
    expect(result.code, result.stderr).toBe(0);
    expect(server.log.filter((r) => r.status === 404)).toEqual([]);
    expect(server.log.some((r) => r.action === 'wbgetentities')).toBe(true);
  });
});
