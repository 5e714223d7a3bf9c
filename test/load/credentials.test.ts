import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { credentialsFromEnv, credentialsFromFile, CredentialsError, redact, secretsOf, type Credentials } from '../../src/load/index.js';

const SECRET = 'pa55-Wörd"{}';

describe('credentialsFromEnv', () => {
  it.each<[string, Record<string, string>, Credentials | null]>([
    ['nothing set', {}, null],
    ['empty values count as unset', { WBIMPORT_STORE_USER: '', WBIMPORT_STORE_PASSWORD: '' }, null],
    ['a user and password', { WBIMPORT_STORE_USER: 'dba', WBIMPORT_STORE_PASSWORD: SECRET }, { kind: 'password', user: 'dba', password: SECRET }],
    ['a token', { WBIMPORT_STORE_TOKEN: SECRET }, { kind: 'token', token: SECRET }],
  ])('%s', (_, env, expected) => {
    expect(credentialsFromEnv(env)).toEqual(expected);
  });

  it.each([
    [{ WBIMPORT_STORE_PASSWORD: SECRET }, /a password is given but no user/u],
    [{ WBIMPORT_STORE_USER: 'dba' }, /a user is given but no password/u],
    // An empty variable counts as unset.
    [{ WBIMPORT_STORE_USER: 'dba', WBIMPORT_STORE_PASSWORD: '' }, /a user is given but no password/u],
    [{ WBIMPORT_STORE_USER: 'dba', WBIMPORT_STORE_PASSWORD: SECRET, WBIMPORT_STORE_TOKEN: SECRET }, /not both/u],
  ])('refuses %j, without echoing the secret', (env, message) => {
    let error: unknown;
    try {
      credentialsFromEnv(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain(SECRET);
  });
});

describe('credentialsFromFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wbimport-credentials-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text, { mode: 0o600 });
    return path;
  };

  it('refuses a file that other users may read, without reading it', async () => {
    const path = join(dir, 'open.json');
    writeFileSync(path, JSON.stringify({ token: SECRET }), { mode: 0o644 });
    await expect(credentialsFromFile(path, 'linux')).rejects.toThrow(/can be read or written by other users \(mode 644\): run chmod 600/u);
  });

  it('reads a user and password, or a token', async () => {
    expect(await credentialsFromFile(file('a.json', JSON.stringify({ user: 'dba', password: SECRET })))).toEqual({ kind: 'password', user: 'dba', password: SECRET });
    expect(await credentialsFromFile(file('b.json', JSON.stringify({ token: SECRET })))).toEqual({ kind: 'token', token: SECRET });
  });

  it.each([
    ['c.json', `{"user": "dba", "password": "${SECRET.replace(/"/gu, '\\"')}"`, /is not JSON/u],
    ['d.json', JSON.stringify({ user: 'dba', passwd: SECRET }), /holds neither/u],
    ['e.json', JSON.stringify({ user: 'dba', password: SECRET, token: SECRET }), /holds neither/u],
    ['f.json', JSON.stringify([SECRET]), /holds neither/u],
  ])('refuses %s without echoing its content', async (name, text, message) => {
    const path = file(name, text);
    await expect(credentialsFromFile(path)).rejects.toThrow(message);
    await credentialsFromFile(path).catch((error: Error) => expect(error.message).not.toContain(SECRET));
  });

  it('says which file it cannot read', async () => {
    await expect(credentialsFromFile(join(dir, 'missing.json'))).rejects.toThrow(/cannot read the credentials file .*missing\.json \(ENOENT\)/u);
  });
});

describe('redact', () => {
  it('hides every secret wherever it appears', () => {
    const secrets = secretsOf({ kind: 'password', user: 'dba', password: SECRET });
    expect(secrets).toEqual([SECRET]);
    expect(redact(`a ${SECRET} b ${SECRET}`, secrets)).toBe('a *** b ***');
    expect(redact('user dba', secrets)).toBe('user dba');
    expect(secretsOf(null)).toEqual([]);
    expect(secretsOf({ kind: 'token', token: 't0k' })).toEqual(['t0k']);
  });
});
