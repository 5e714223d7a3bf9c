// Acceptance 1: 1,000 items through 20% faults of every kind and a kill -9 mid-batch, resumed: each item exactly once,
// exactly its statements; a further run makes no edit at all.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../src/model/index.js';
import { snakKey } from '../../src/model/index.js';
import { FAULT_KINDS, type FakeWikibase } from '../support/fake-wikibase/index.js';
import { BOT_ENV, EURO, fake, newProject, quantity, serverItems, tempDir, text, uploadArgs, writeItems } from './support.js';

const BIN = fileURLToPath(new URL('../../bin/wbimport.js', import.meta.url));
const NEW = 800;
const EXISTING = 200;

/** Items Q1…Q200 as the server holds them before the upload: an old amount and a beneficiary name. */
function existingItem(n: number): Item {
  return {
    type: 'item',
    id: `Q${n}`,
    labels: { en: { language: 'en', value: `Existing ${n}` } },
    descriptions: { en: { language: 'en', value: `Existing project ${n}` } },
    claims: { P835: [quantity('P835', `+${n}.00`)], P841: [text('P841', `Old beneficiary ${n}`)] },
  };
}

/** What we upload for an existing item: a new amount (P835 is `replace` in the profile) and a summary to add. */
function update(n: number): Item {
  return {
    type: 'item',
    id: `Q${n}`,
    labels: { en: { language: 'en', value: `Existing ${n}` } },
    claims: {
      P835: [quantity('P835', `+${n}.50`)],
      P836: [
        {
          mainsnak: { snaktype: 'value', property: 'P836', datavalue: { type: 'monolingualtext', value: { text: `Summary ${n}`, language: 'en' } }, datatype: 'monolingualtext' },
          type: 'statement',
          rank: 'normal',
        },
      ],
    },
  };
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  stdout: string;
}

function spawnUpload(args: readonly string[], killWhen?: () => boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...BOT_ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const timer =
      killWhen === undefined
        ? undefined
        : setInterval(() => {
            if (killWhen()) {
              clearInterval(timer);
              child.kill('SIGKILL');
            }
          }, 5);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer !== undefined) clearInterval(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

const mainKeys = (statements: readonly { mainsnak: Parameters<typeof snakKey>[0] }[] | undefined): string[] =>
  (statements ?? []).map((s) => snakKey(s.mainsnak)).sort();

describe('acceptance: 1,000 items, 20% faults, kill -9, resume', () => {
  let server: FakeWikibase;
  let dir: string;
  let remove: () => void;
  let input: string;
  let journal: string;
  const runs: Run[] = [];

  beforeAll(async () => {
    ({ dir, remove } = tempDir());
    server = await fake({
      entities: Array.from({ length: EXISTING }, (_, i) => existingItem(i + 1)),
      faults: { rate: 0.2, kinds: FAULT_KINDS, seed: 7 },
    });
    const items = [...Array.from({ length: EXISTING }, (_, i) => update(i + 1)), ...Array.from({ length: NEW }, (_, i) => newProject(i + 1))];
    input = writeItems(dir, 'items.ndjson', items);
    // The journal on a RAM disk when there is one: a kill -9 leaves the page cache as it is on any disk, and the
    // test then measures the upload, not the syncing of create intents (800 fdatasyncs, seconds on a busy disk).
    journal = join(existsSync('/dev/shm') ? mkdtempSync('/dev/shm/wbimport-') : dir, 'journal.ndjson');
  });

  afterAll(async () => {
    await server.close();
    remove();
    if (journal.startsWith('/dev/shm/')) rmSync(dirname(journal), { recursive: true, force: true });
  });

  it('is killed in the middle of a batch, then resumes to completion', async () => {
    const lines = (): number => (existsSync(journal) ? readFileSync(journal, 'utf8').split('\n').length - 1 : 0);
    const killed = await spawnUpload([...uploadArgs(server, journal), input], () => lines() >= 700);
    expect(killed.signal, killed.stderr).toBe('SIGKILL');
    const editsBeforeResume = server.editCount();
    expect(editsBeforeResume).toBeGreaterThan(100);
    expect(editsBeforeResume).toBeLessThan(NEW + EXISTING);
    const resumed = await spawnUpload([...uploadArgs(server, journal), input]);
    runs.push(resumed);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(/1,000 items: \d+ created, \d+ edited, \d+ unchanged, 0 held back, 0 refused, 0 failed/u);
    // The faults happened, of every kind.
    const seen = new Set(server.log.flatMap((r) => (r.fault === undefined ? [] : [r.fault])));
    expect([...seen].sort()).toEqual([...FAULT_KINDS].sort());
  }, 60_000);

  it('left every new item exactly once, with exactly its statements', () => {
    const items = [...serverItems(server).values()];
    const byLabel = new Map<string, (typeof items)[number][]>();
    for (const item of items) {
      const label = item.labels?.['en']?.value ?? '';
      byLabel.set(label, [...(byLabel.get(label) ?? []), item]);
    }
    expect(items).toHaveLength(EXISTING + NEW);
    for (let n = 1; n <= NEW; n += 1) {
      const found = byLabel.get(`Project ${n}`) ?? [];
      expect(found, `Project ${n}`).toHaveLength(1);
      const [item] = found;
      const want = newProject(n);
      expect(item?.descriptions?.['en']?.value).toBe(`Test project number ${n}`);
      expect(mainKeys(item?.claims?.['P835'])).toEqual(mainKeys(want.claims?.['P835']));
      expect(mainKeys(item?.claims?.['P841'])).toEqual(mainKeys(want.claims?.['P841']));
      expect(Object.keys(item?.claims ?? {}).sort()).toEqual(['P835', 'P841']);
    }
  });

  it('brought every existing item to ours under the merge rules (P835 replaced, P836 added, P841 kept)', () => {
    const items = serverItems(server);
    for (let n = 1; n <= EXISTING; n += 1) {
      const item = items.get(`Q${n}`);
      expect(mainKeys(item?.claims?.['P835']), `Q${n}`).toEqual([snakKey(quantity('P835', `+${n}.50`, EURO).mainsnak)]);
      expect(item?.claims?.['P836']?.map((s) => s.mainsnak.snaktype === 'value' && s.mainsnak.datavalue.value)).toEqual([{ text: `Summary ${n}`, language: 'en' }]);
      expect(mainKeys(item?.claims?.['P841'])).toEqual([snakKey(text('P841', `Old beneficiary ${n}`).mainsnak)]);
    }
  });

  it('makes no edit when run again, faults and all', async () => {
    const before = server.editCount();
    const again = await spawnUpload([...uploadArgs(server, journal), input]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('1,000 items: 0 created, 0 edited, 1,000 unchanged');
    expect(server.editCount()).toBe(before);
  }, 60_000);
});
