// What the upload tests share: a fake Wikibase per test, temporary files, generated items, the CLI with credentials.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Item } from '../../src/model/index.js';
import { DEFAULT_BOT_PASSWORD, DEFAULT_OAUTH_TOKEN, startFakeWikibase, type FakeWikibase, type FakeWikibaseOptions } from '../support/fake-wikibase/index.js';
import { runInProcess, type CliResult } from '../support/run-cli.js';

export { DEFAULT_BOT_PASSWORD, DEFAULT_OAUTH_TOKEN };

export const EURO = 'https://linkedopendata.eu/entity/Q226';

/** A temporary directory, removed by the returned function. */
export function tempDir(prefix = 'wbimport-upload-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function fake(options: FakeWikibaseOptions = {}): Promise<FakeWikibase> {
  return startFakeWikibase({ retryAfterSeconds: 0, ...options });
}

export function quantity(property: `P${number}`, amount: string, unit = EURO): NonNullable<Item['claims']>[`P${number}`][number] {
  return {
    mainsnak: { snaktype: 'value', property, datavalue: { type: 'quantity', value: { amount, unit } }, datatype: 'quantity' },
    type: 'statement',
    rank: 'normal',
  };
}

export function text(property: `P${number}`, value: string): NonNullable<Item['claims']>[`P${number}`][number] {
  return { mainsnak: { snaktype: 'value', property, datavalue: { type: 'string', value }, datatype: 'string' }, type: 'statement', rank: 'normal' };
}

/** A new project item (no id) with a unique label and description and a few statements. */
export function newProject(n: number): Item {
  return {
    type: 'item',
    labels: { en: { language: 'en', value: `Project ${n}` } },
    descriptions: { en: { language: 'en', value: `Test project number ${n}` } },
    claims: {
      P835: [quantity('P835', `+${1000 + n}.50`)],
      P841: [text('P841', `Beneficiary ${n % 7}`)],
    },
  };
}

export function ndjson(items: readonly unknown[]): string {
  return items.map((i) => JSON.stringify(i)).join('\n') + '\n';
}

export function writeItems(dir: string, name: string, items: readonly unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, ndjson(items));
  return path;
}

/** The arguments of a fast upload to the fake: no pacing, tiny backoff, quiet. */
export function uploadArgs(server: FakeWikibase, journal: string, ...rest: string[]): string[] {
  return ['upload', '--api', server.apiUrl, '--journal', journal, '--quiet', '--backoff', '1', '--edits-per-minute', '1000000', '--seed', '1', ...rest];
}

const ENV_KEYS = ['WBIMPORT_BOT_USER', 'WBIMPORT_BOT_PASSWORD', 'WBIMPORT_OAUTH_TOKEN'] as const;

/** Runs the CLI in-process with these credential variables set (and the others unset) for the run. */
export async function runWithEnv(env: Partial<Record<(typeof ENV_KEYS)[number], string>>, args: readonly string[], stdin = ''): Promise<CliResult> {
  const saved = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
  for (const k of ENV_KEYS) {
    const v = env[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    return await runInProcess(args, stdin);
  } finally {
    for (const k of ENV_KEYS) {
      const v = saved[k];
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

export const BOT_ENV = { WBIMPORT_BOT_USER: DEFAULT_BOT_PASSWORD.username, WBIMPORT_BOT_PASSWORD: DEFAULT_BOT_PASSWORD.password };

/** The fake's items, as id → parsed JSON. */
export function serverItems(server: FakeWikibase): Map<string, Item & { lastrevid: number }> {
  return new Map([...server.entities].map(([id, json]) => [id, json as Item & { lastrevid: number }]));
}
