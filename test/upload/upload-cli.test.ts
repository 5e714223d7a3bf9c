// `wbimport upload` end to end, in-process, against the fake Wikibase: what is created, edited, held back or
// refused, what a re-run and a resumed run do, dry runs, links by label, and the errors a user can meet.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Item } from '../../src/model/index.js';
import { itemKey } from '../../src/upload/item-key.js';
import type { FakeWikibase } from '../support/fake-wikibase/index.js';
import { BOT_ENV, DEFAULT_OAUTH_TOKEN, fake, newProject, quantity, runWithEnv, serverItems, tempDir, text, uploadArgs, writeItems } from './support.js';

let server: FakeWikibase;
let dir = '';
let remove = (): void => {};
let journal = '';

const existing: Item = {
  type: 'item',
  id: 'Q1',
  labels: { en: { language: 'en', value: 'Existing' } },
  descriptions: { en: { language: 'en', value: 'An existing project' } },
  claims: { P835: [quantity('P835', '+1.00')], P836: [] },
};

beforeEach(async () => {
  ({ dir, remove } = tempDir());
  journal = join(dir, 'journal.ndjson');
  server = await fake({ entities: [existing] });
});
afterEach(async () => {
  await server.close();
  remove();
});

const upload = (inputs: string[], ...flags: string[]) => runWithEnv(BOT_ENV, [...uploadArgs(server, journal, ...flags), ...inputs]);
const edits = (): Record<string, string>[] => server.log.filter((r) => r.action === 'wbeditentity' && r.status === 200).map((r) => r.params);
const records = (): Record<string, unknown>[] => readFileSync(journal, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
const labelled = (label: string) => [...serverItems(server).values()].filter((i) => i.labels?.['en']?.value === label);

describe('upload', () => {
  it('creates new items, sends existing ones only what they lack, one edit each; a re-run edits nothing', async () => {
    const input = writeItems(dir, 'items.ndjson', [
      newProject(1),
      { type: 'item', id: 'Q1', claims: { P835: [quantity('P835', '+2.00')], P841: [text('P841', 'Name')] } },
      { type: 'item', id: 'Q1', claims: { P841: [text('P841', 'Name')] } },
    ]);
    const first = await upload([input]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('3 items: 1 created, 1 edited, 1 unchanged, 0 held back, 0 refused, 0 failed; 2 edits');
    const sent = edits();
    expect(sent.map((p) => p['new'] ?? p['id'])).toEqual(['item', 'Q1']);
    // P835 is `replace` in the profile: the old amount removed by id; P841 added.
    const data = JSON.parse(sent[1]?.['data'] ?? '{}') as { claims: Record<string, unknown[]> };
    expect(data.claims['P835']).toEqual([quantity('P835', '+2.00'), { id: expect.stringMatching(/^Q1\$/u), remove: '' }]);
    expect(sent[1]?.['baserevid']).toBe('1');
    expect(Object.keys(serverItems(server).get('Q1')?.claims ?? {})).toEqual(['P835', 'P841']);

    const again = await upload([input]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('3 items: 0 created, 0 edited, 3 unchanged');
    expect(edits()).toHaveLength(2);
  });

  it('journals each intent and result', async () => {
    const item = newProject(1);
    await upload([writeItems(dir, 'items.ndjson', [item])]);
    expect(records().map((r) => [r['type'], r['op'], r['key'], r['id']])).toEqual([
      ['run', undefined, undefined, undefined],
      ['intent', 'create', itemKey(item), undefined],
      ['done', 'create', itemKey(item), 'Q2'],
    ]);
  });

  it('refuses an item whose id the target lacks (it is never created under another id)', async () => {
    const result = await upload([writeItems(dir, 'items.ndjson', [{ type: 'item', id: 'Q77', claims: { P841: [text('P841', 'x')] } }])]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('wbimport: Q77: refused: Q77 does not exist on the target: an item with an id is edited, never created');
    expect(edits()).toHaveLength(0);
  });

  it('refuses a new item without a label', async () => {
    const result = await upload([writeItems(dir, 'items.ndjson', [{ type: 'item', claims: { P841: [text('P841', 'x')] } }])]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('a new item needs a label');
  });

  it('re-reads an item after an edit conflict and sends what is still missing', async () => {
    server.injectNext('editconflict');
    const input = writeItems(dir, 'items.ndjson', [{ type: 'item', id: 'Q1', claims: { P841: [text('P841', 'Name')] } }]);
    const result = await upload([input]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('1 edited');
    expect(server.log.filter((r) => r.action === 'wbeditentity').map((r) => r.fault ?? r.status)).toEqual(['editconflict', 200]);
  });

  it('resumes a create journaled without its result: found when it was made, made when it was not', async () => {
    const made = newProject(1);
    const lost = newProject(2);
    writeFileSync(
      journal,
      [
        { type: 'run', api: server.apiUrl, version: '0', at: 'x' },
        { type: 'intent', op: 'create', key: itemKey(made), preexisting: [], at: 'x' },
        { type: 'intent', op: 'create', key: itemKey(lost), preexisting: [], at: 'x' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n') + '\n{"type":"done","op":"cr',
    );
    // The first create went through before the crash; its answer never reached the journal.
    await runWithEnv(BOT_ENV, [...uploadArgs(server, join(dir, 'other.ndjson')), writeItems(dir, 'made.ndjson', [made])]);
    const result = await upload([writeItems(dir, 'items.ndjson', [made, lost])]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('the last record was cut short');
    expect(result.stderr).toContain('2 items: 2 created');
    expect(labelled('Project 1')).toHaveLength(1);
    expect(labelled('Project 2')).toHaveLength(1);
  });

  it.each([
    ['adopt', 0, 'edited'],
    ['refuse', 1, 'refused'],
  ])('--duplicates %s: a new item whose label and description an item has', async (mode, code, outcome) => {
    const twin: Item = { ...newProject(5), labels: { en: { language: 'en', value: 'Existing' } }, descriptions: { en: { language: 'en', value: 'An existing project' } } };
    const result = await upload([writeItems(dir, 'items.ndjson', [twin])], '--duplicates', mode);
    expect(result.code, result.stderr).toBe(code);
    expect(result.stderr).toContain(`1 ${outcome}`);
    expect(serverItems(server).size).toBe(1);
  });
});

describe('upload --dry-run', () => {
  it('prints the exact wbeditentity parameters, needs no credentials, and sends no write', async () => {
    const input = writeItems(dir, 'items.ndjson', [newProject(1), { type: 'item', id: 'Q1', claims: { P841: [text('P841', 'Name')] } }]);
    const result = await runWithEnv({}, [...uploadArgs(server, journal, '--dry-run', '--summary', 'Test'), input]);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { item: string; params: Record<string, unknown> });
    expect(lines.map((l) => l.params)).toEqual([
      { action: 'wbeditentity', new: 'item', data: { labels: newProject(1).labels, descriptions: newProject(1).descriptions, claims: newProject(1).claims }, summary: 'Test', bot: '1' },
      { action: 'wbeditentity', id: 'Q1', baserevid: '1', data: { claims: { P841: [text('P841', 'Name')] } }, summary: 'Test', bot: '1' },
    ]);
    expect(result.stderr).toContain('(dry run: nothing was sent)');
    // The wiki's limits are learnt by a wbparsevalue POST that writes nothing; nothing else is posted.
    expect(server.log.filter((r) => r.method === 'POST' && r.action !== 'wbparsevalue')).toHaveLength(0);
    expect(() => readFileSync(journal)).toThrow();
  });

  it('takes the next argument as an input when it is one, not as its format', async () => {
    const result = await runWithEnv({}, [...uploadArgs(server, journal), '--dry-run', writeItems(dir, 'items.ndjson', [newProject(1)])]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ item: 'new item "Project 1"', params: { action: 'wbeditentity', new: 'item' } });
  });

  it('=diff prints a readable diff per item', async () => {
    const input = writeItems(dir, 'items.ndjson', [{ type: 'item', id: 'Q1', labels: { en: { language: 'en', value: 'Renamed' } }, claims: { P835: [quantity('P835', '+2.00')] } }]);
    const result = await runWithEnv({}, [...uploadArgs(server, journal, '--dry-run=diff'), input]);
    expect(result.stdout).toBe(
      ['Q1: edit (base revision 1)', '  ~ label en: "Existing" → "Renamed"', '  + P835 +2.00 Q226', '  - P835 +1.00 Q226', ''].join('\n'),
    );
  });
});

describe('upload: items referenced by label (P841 beneficiary name → P889 beneficiary)', () => {
  const withBeneficiary = (n: number, name: string): Item => ({ ...newProject(n), claims: { P841: [text('P841', name)] } });
  const links = (item: Item | undefined) => (item?.claims?.['P889'] ?? []).map((s) => (s.mainsnak.snaktype === 'value' ? s.mainsnak.datavalue.value : null));

  it('resolves labels through --link-map', async () => {
    const map = join(dir, 'map.csv');
    writeFileSync(map, 'label,item\n"Centre ""Bistra""",Q1\n');
    const result = await upload([writeItems(dir, 'items.ndjson', [withBeneficiary(1, 'Centre "Bistra"')])], '--link-map', map);
    expect(result.code, result.stderr).toBe(0);
    expect(links(labelled('Project 1')[0])).toEqual([{ 'entity-type': 'item', 'numeric-id': 1, id: 'Q1' }]);
  });

  it('holds an item back, whole, when a label does not resolve, and says why', async () => {
    const result = await upload([writeItems(dir, 'items.ndjson', [withBeneficiary(1, 'Nobody')])], '--link-search');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('new item "Project 1": held back: P889 (from P841): no item is labelled "Nobody" in en (--link-create creates it)');
    expect(edits()).toHaveLength(0);
  });

  it('finds them by search, or creates them first, once', async () => {
    const items = [withBeneficiary(1, 'Existing'), withBeneficiary(2, 'New Centre'), withBeneficiary(3, 'New Centre')];
    const result = await upload([writeItems(dir, 'items.ndjson', items)], '--link-create');
    expect(result.code, result.stderr).toBe(0);
    const [centre] = labelled('New Centre');
    expect(centre).toBeDefined();
    expect(links(labelled('Project 1')[0])).toEqual([{ 'entity-type': 'item', 'numeric-id': 1, id: 'Q1' }]);
    expect(links(labelled('Project 2')[0])).toMatchObject([{ id: centre?.id }]);
    expect(links(labelled('Project 3')[0])).toMatchObject([{ id: centre?.id }]);
    const again = await upload([writeItems(dir, 'items.ndjson', items)], '--link-create');
    expect(again.stderr).toContain('3 unchanged');
    expect(labelled('New Centre')).toHaveLength(1);
  });
});

describe('upload: what a user can get wrong', () => {
  it('needs credentials to write, and names where they come from', async () => {
    const result = await runWithEnv({}, [...uploadArgs(server, journal), writeItems(dir, 'items.ndjson', [newProject(1)])]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/uploading needs credentials: set WBIMPORT_BOT_USER and WBIMPORT_BOT_PASSWORD .* or WBIMPORT_OAUTH_TOKEN, or give --credentials FILE/u);
  });

  it('accepts an OAuth 2 token from the environment', async () => {
    const result = await runWithEnv({ WBIMPORT_OAUTH_TOKEN: DEFAULT_OAUTH_TOKEN }, [...uploadArgs(server, journal), writeItems(dir, 'items.ndjson', [newProject(1)])]);
    expect(result.code, result.stderr).toBe(0);
    expect(server.log.find((r) => r.action === 'wbeditentity')?.authorization).toBe(`Bearer ${DEFAULT_OAUTH_TOKEN}`);
  });

  it('stops with exit 2 when the credentials are refused', async () => {
    const result = await runWithEnv({ ...BOT_ENV, WBIMPORT_BOT_PASSWORD: 'not-the-password' }, [...uploadArgs(server, journal), writeItems(dir, 'items.ndjson', [newProject(1)])]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('refused the bot password of Importer@wbimport');
  });

  it.each([
    [['--api', 'https://example.org/wiki/Main_Page'], /--api expects the address of a MediaWiki Action API, ending in \/api\.php/u],
    [['--edits-per-minute', '0'], /--edits-per-minute expects a positive number, got "0"/u],
    [['--dry-run=yaml'], /--dry-run takes json or diff, got "yaml"/u],
  ])('refuses %j with exit 2', async (flags, message) => {
    const result = await runWithEnv(BOT_ENV, [...uploadArgs(server, journal), ...flags, writeItems(dir, 'items.ndjson', [newProject(1)])]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('stops with exit 3 when the server stays unreachable, saying the same command resumes', async () => {
    const url = server.apiUrl;
    await server.close();
    server = await fake();
    const result = await runWithEnv(BOT_ENV, ['upload', '--api', url, '--journal', journal, '--quiet', '--backoff', '1', '--max-retries', '1', writeItems(dir, 'items.ndjson', [newProject(1)])]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/gave up after 2 tries .*: run the same command again to resume/u);
  });

  it('writes reports and the summary as JSON with --diagnostics json', async () => {
    const result = await upload([writeItems(dir, 'items.ndjson', [{ type: 'item', id: 'Q77' }, newProject(1)])], '--diagnostics', 'json');
    const lines = result.stderr.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ upload: { outcome: 'refused', key: 'Q77', name: 'Q77' } });
    expect(lines.at(-1)).toMatchObject({ summary: { items: 2, created: 1, refused: 1, edits: 1, dryRun: false } });
  });
});
