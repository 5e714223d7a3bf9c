// Acceptance 4: no credential in any output, log or journal: every run's stdout, stderr (verbose, JSON, errors,
// retries through faults of every kind) and journal are searched for the bot password and the OAuth token.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULT_KINDS, type FakeWikibase } from '../support/fake-wikibase/index.js';
import { DEFAULT_BOT_PASSWORD, DEFAULT_OAUTH_TOKEN, fake, newProject, quantity, runWithEnv, tempDir, uploadArgs, writeItems } from './support.js';

const BIN = fileURLToPath(new URL('../../bin/wbimport.js', import.meta.url));
const SECRETS = [DEFAULT_BOT_PASSWORD.password, DEFAULT_OAUTH_TOKEN, 'wrong-secret-789'];

describe('acceptance: credentials never appear in output, logs or the journal', () => {
  let server: FakeWikibase;
  let tmp: ReturnType<typeof tempDir>;
  let input = '';
  const outputs: { name: string; text: string }[] = [];
  let dryRunRequests: FakeWikibase['log'] = [];

  beforeAll(async () => {
    tmp = tempDir();
    server = await fake({
      entities: [{ type: 'item', id: 'Q1', labels: { en: { language: 'en', value: 'Existing' } } }],
      faults: { rate: 0.3, kinds: FAULT_KINDS, seed: 3 },
    });
    input = writeItems(tmp.dir, 'items.ndjson', [
      ...Array.from({ length: 20 }, (_, i) => newProject(i + 1)),
      { type: 'item', id: 'Q1', claims: { P835: [quantity('P835', '+5')] } },
      { type: 'item', id: 'Q404' },
    ]);
    const bot = { WBIMPORT_BOT_USER: DEFAULT_BOT_PASSWORD.username, WBIMPORT_BOT_PASSWORD: DEFAULT_BOT_PASSWORD.password };
    const runs: [string, Record<string, string>, string[]][] = [
      ['bot password, verbose', bot, ['--verbose']],
      ['bot password, JSON diagnostics', bot, ['--verbose', '--diagnostics', 'json']],
      ['OAuth token, verbose', { WBIMPORT_OAUTH_TOKEN: DEFAULT_OAUTH_TOKEN }, ['--verbose']],
      ['OAuth token, dry run', { WBIMPORT_OAUTH_TOKEN: DEFAULT_OAUTH_TOKEN }, ['--verbose', '--dry-run=diff']],
      ['wrong bot password', { ...bot, WBIMPORT_BOT_PASSWORD: 'wrong-secret-789' }, ['--verbose']],
      ['wrong OAuth token', { WBIMPORT_OAUTH_TOKEN: 'wrong-secret-789' }, ['--verbose']],
    ];
    for (const [name, env, flags] of runs) {
      const journal = join(tmp.dir, `${name.replace(/\W+/gu, '-')}.ndjson`);
      const from = server.log.length;
      const result = await runWithEnv(env, [...uploadArgs(server, journal, ...flags), input]);
      if (flags.includes('--dry-run=diff')) dryRunRequests = server.log.slice(from);
      outputs.push({ name: `${name}: stdout`, text: result.stdout }, { name: `${name}: stderr`, text: result.stderr });
      if (existsSync(journal)) outputs.push({ name: `${name}: journal`, text: readFileSync(journal, 'utf8') });
    }
    const file = join(tmp.dir, 'credentials.json');
    writeFileSync(file, JSON.stringify(DEFAULT_BOT_PASSWORD));
    chmodSync(file, 0o600);
    const journal = join(tmp.dir, 'built.ndjson');
    // Spawned, not spawnSync: the fake answers from this very process.
    const built = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, ...uploadArgs(server, journal, '--verbose', '--credentials', file), input], {
        env: { ...process.env, WBIMPORT_BOT_PASSWORD: '', WBIMPORT_OAUTH_TOKEN: '' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
      child.on('error', reject);
      child.on('close', () => resolve({ stdout, stderr }));
    });
    outputs.push({ name: 'built CLI: stdout', text: built.stdout }, { name: 'built CLI: stderr', text: built.stderr }, { name: 'built CLI: journal', text: readFileSync(journal, 'utf8') });
  }, 60_000);

  afterAll(async () => {
    await server.close();
    tmp.remove();
  });

  it('ran the uploads for real: logins, edits, faults, refused credentials', () => {
    const all = outputs.map((o) => o.text).join('\n');
    expect(all).toContain('lgpassword=***');
    expect(all).toContain('refused the bot password of Importer@wbimport');
    expect(all).toMatch(/refused an OAuth 2 access token/u);
    expect(all).toMatch(/waiting [\d.]+ s/u);
    expect(server.log.filter((r) => r.action === 'login').length).toBeGreaterThan(2);
    expect(server.log.filter((r) => r.action === 'wbeditentity' && r.status === 200).length).toBeGreaterThan(20);
  });

  it.each(SECRETS)('never shows %s', (secret) => {
    for (const { name, text } of outputs) {
      expect(text.includes(secret), name).toBe(false);
      expect(text.includes(encodeURIComponent(secret)), name).toBe(false);
    }
  });

  it('sends the OAuth token only to the API it is for, and not at all in a dry run', () => {
    const bearers = server.log.filter((r) => r.authorization !== undefined);
    expect(bearers.length).toBeGreaterThan(0);
    expect(bearers.every((r) => r.authorization?.startsWith('Bearer '))).toBe(true);
    expect(dryRunRequests.length).toBeGreaterThan(0);
    // The only POST of a dry run is the limits probe (wbparsevalue, which writes nothing), sent as anyone.
    expect(dryRunRequests.filter((r) => r.authorization !== undefined || (r.method === 'POST' && r.action !== 'wbparsevalue'))).toEqual([]);
  });
});
