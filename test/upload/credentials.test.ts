// Credentials from the environment or a private file, never shown: redaction covers every form a secret is sent in.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialsFromEnv, credentialsFromFile, secretsOf } from '../../src/upload/credentials.js';
import { CredentialsError } from '../../src/upload/errors.js';
import { redactor, redactParams } from '../../src/upload/redact.js';
import { tempDir } from './support.js';

let dir = '';
let remove = (): void => {};
beforeAll(() => ({ dir, remove } = tempDir('wbimport-credentials-')));
afterAll(() => remove());

function file(name: string, content: string, mode = 0o600): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  chmodSync(path, mode);
  return path;
}

describe('credentialsFromEnv', () => {
  it.each([
    [{}, null],
    [{ WBIMPORT_BOT_USER: 'A@b', WBIMPORT_BOT_PASSWORD: 'p w' }, { kind: 'bot-password', username: 'A@b', password: 'p w' }],
    [{ WBIMPORT_OAUTH_TOKEN: ' tok ' }, { kind: 'oauth2', token: 'tok' }],
  ])('%j', (env, expected) => {
    expect(credentialsFromEnv(env)).toEqual(expected);
  });

  it.each([
    [{ WBIMPORT_BOT_USER: 'A@b' }, /needs a bot password/u],
    [{ WBIMPORT_BOT_USER: 'A@b', WBIMPORT_BOT_PASSWORD: 'x', WBIMPORT_OAUTH_TOKEN: 't' }, /both an OAuth token and a bot password/u],
  ])('refuses %j', (env, message) => {
    expect(() => credentialsFromEnv(env)).toThrow(message);
  });
});

describe('credentialsFromFile', () => {
  it.each([
    ['json.json', '{"username": "A@b", "password": "s3cret"}', { kind: 'bot-password', username: 'A@b', password: 's3cret' }],
    ['token.json', '{"oauthToken": "tok"}', { kind: 'oauth2', token: 'tok' }],
    ['ini.txt', '# mine\n[wikibase]\nusername = A@b\npassword = "s3 cret"\n', { kind: 'bot-password', username: 'A@b', password: 's3 cret' }],
    ['ini-token.txt', 'oauth_token=tok\n', { kind: 'oauth2', token: 'tok' }],
  ])('reads %s', async (name, content, expected) => {
    expect(await credentialsFromFile(file(name, content), 'linux')).toEqual(expected);
  });

  it('refuses a file others can read, saying how to fix it', async () => {
    const path = file('open.json', '{"oauthToken": "tok"}', 0o644);
    await expect(credentialsFromFile(path, 'linux')).rejects.toThrow(`${path} can be read or written by other users (mode 644): run chmod 600 ${path}`);
  });

  it('never quotes a line of the file back (it may hold the secret)', async () => {
    const error = await credentialsFromFile(file('bad.txt', 'hunter2-is-my-password\n'), 'linux').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    expect(String(error)).not.toContain('hunter2');
  });

  it('names a missing file', async () => {
    await expect(credentialsFromFile(join(dir, 'none.json'), 'linux')).rejects.toThrow(/cannot read the credentials file .*none\.json \(ENOENT\)/u);
  });
});

describe('redaction', () => {
  const secret = 'p@ss w/rd&"x"';
  const redact = redactor(secretsOf({ kind: 'bot-password', username: 'A@b', password: secret }));
  it.each([
    ['as written', `password ${secret} here`],
    ['URL-encoded', `lgpassword=${encodeURIComponent(secret)}`],
    ['form-encoded', new URLSearchParams({ lgpassword: secret }).toString()],
    ['JSON-escaped', JSON.stringify({ secret })],
  ])('masks a secret %s', (_, text) => {
    expect(redact(text)).not.toContain('w/rd');
    expect(redact(text)).toContain('***');
  });

  it('masks secret parameters whatever their value', () => {
    expect(redactParams({ action: 'login', lgname: 'A', lgpassword: 'x', lgtoken: 'y', token: 'z' })).toEqual({
      action: 'login',
      lgname: 'A',
      lgpassword: '***',
      lgtoken: '***',
      token: '***',
    });
  });
});
