// The one credentials format both sinks read: from a sink's environment variables or a private file (JSON or
// key = value lines, each sink's former key names accepted), validated by one schema, never echoed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CREDENTIAL_ENV as STORE_ENV } from '../../src/load/index.js';
import { credentialsFromEnv, credentialsFromFile, CredentialsError, type Credentials } from '../../src/net/index.js';
import { CREDENTIAL_ENV as BOT_ENV } from '../../src/upload/index.js';

const SECRET = 'pa55-Wörd"{}';

async function refusal(run: () => unknown): Promise<CredentialsError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof CredentialsError) return error;
    throw error;
  }
  throw new Error('expected a CredentialsError');
}

describe('credentialsFromEnv', () => {
  it.each<[string, Record<string, string>, Credentials | null]>([
    ['nothing set', {}, null],
    ['empty values count as unset', { WBIMPORT_STORE_USER: '', WBIMPORT_STORE_PASSWORD: '' }, null],
    ['a user and password', { WBIMPORT_STORE_USER: 'dba', WBIMPORT_STORE_PASSWORD: SECRET }, { kind: 'password', user: 'dba', password: SECRET }],
    ['a token', { WBIMPORT_STORE_TOKEN: SECRET }, { kind: 'token', token: SECRET }],
    ["another sink's variables", { WBIMPORT_BOT_USER: 'A@b', WBIMPORT_BOT_PASSWORD: 'x' }, null],
  ])('load: %s', (_, env, expected) => {
    expect(credentialsFromEnv(env, STORE_ENV)).toEqual(expected);
  });

  it.each<[Record<string, string>, Credentials | null]>([
    [{}, null],
    [{ WBIMPORT_BOT_USER: 'A@b', WBIMPORT_BOT_PASSWORD: 'p w ' }, { kind: 'password', user: 'A@b', password: 'p w ' }],
    // A user name or token pasted with a stray space or newline; a password is taken as given.
    [{ WBIMPORT_BOT_USER: ' A@b\n', WBIMPORT_BOT_PASSWORD: 'x' }, { kind: 'password', user: 'A@b', password: 'x' }],
    [{ WBIMPORT_OAUTH_TOKEN: ' tok\n' }, { kind: 'token', token: 'tok' }],
  ])('upload: %j', (env, expected) => {
    expect(credentialsFromEnv(env, BOT_ENV)).toEqual(expected);
  });

  it.each([
    [{ WBIMPORT_STORE_PASSWORD: SECRET }, /a password is given but no user/u],
    [{ WBIMPORT_STORE_USER: 'dba' }, /a user is given but no password/u],
    // An empty variable counts as unset.
    [{ WBIMPORT_STORE_USER: 'dba', WBIMPORT_STORE_PASSWORD: '' }, /a user is given but no password/u],
    [{ WBIMPORT_STORE_USER: 'dba', WBIMPORT_STORE_PASSWORD: SECRET, WBIMPORT_STORE_TOKEN: SECRET }, /not both/u],
    [{ WBIMPORT_STORE_USER: '  ', WBIMPORT_STORE_PASSWORD: SECRET }, /the user is empty/u],
  ])('refuses %j, naming the variables, without echoing the secret', async (env, message) => {
    const error = await refusal(() => credentialsFromEnv(env, STORE_ENV));
    expect(error.message).toMatch(message);
    expect(error.message).toContain('WBIMPORT_STORE_USER, WBIMPORT_STORE_PASSWORD, WBIMPORT_STORE_TOKEN');
    expect(error.message).not.toContain(SECRET);
  });
});

describe('credentialsFromFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wbimport-credentials-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string, mode = 0o600): string => {
    const path = join(dir, name);
    writeFileSync(path, text, { mode });
    return path;
  };
  const password = (user: string, secret = SECRET): Credentials => ({ kind: 'password', user, password: secret });
  const token = (secret = SECRET): Credentials => ({ kind: 'token', token: secret });

  it.each<[string, string, Credentials]>([
    // The format load read…
    ['load-password.json', JSON.stringify({ user: 'dba', password: SECRET }), password('dba')],
    ['load-token.json', JSON.stringify({ token: SECRET }), token()],
    // …and the formats upload read: JSON with its key names, and key = value lines.
    ['upload.json', JSON.stringify({ username: 'A@b', password: SECRET }), password('A@b')],
    ['upload-token.json', JSON.stringify({ oauthToken: SECRET }), token()],
    ['lgname.json', JSON.stringify({ lgname: 'A@b', lgpassword: SECRET }), password('A@b')],
    ['ini.txt', '# mine\n[wikibase]\nusername = A@b\npassword = "s3 cret"\n', password('A@b', 's3 cret')],
    ['ini-token.txt', '; a token\noauth_token=tok\n', token('tok')],
    ['access-token.txt', 'Access_Token = tok\r\n', token('tok')],
    // Either sink reads either: a store password as key = value lines.
    ['store.ini', 'user = dba\npassword = s3cret\n', password('dba', 's3cret')],
    ['padded.json', `\n  ${JSON.stringify({ user: ' dba ', password: ' x ' })}`, password('dba', ' x ')],
  ])('reads %s', async (name, text, expected) => {
    expect(await credentialsFromFile(file(name, text), 'linux')).toEqual(expected);
  });

  it('refuses a file that other users may read, without reading it, saying how to fix it', async () => {
    const path = file('open.json', JSON.stringify({ token: SECRET }), 0o644);
    await expect(credentialsFromFile(path, 'linux')).rejects.toThrow(`${path} can be read or written by other users (mode 644): run chmod 600 ${path}`);
  });

  it('does not check the mode on Windows, which has none', async () => {
    const path = file('windows.json', JSON.stringify({ token: SECRET }), 0o644);
    expect(await credentialsFromFile(path, 'win32')).toEqual(token());
  });

  it.each([
    ['c.json', `{"user": "dba", "password": "${SECRET.replace(/"/gu, '\\"')}"`, /is not valid JSON/u],
    ['d.json', JSON.stringify({ user: 'dba', passwd: SECRET }), /unknown key "passwd" \(expected user, password or token\)/u],
    ['e.json', JSON.stringify({ user: 'dba', password: SECRET, token: SECRET }), /not both/u],
    // Not JSON (only an object opens JSON): a line in brackets is a section, and nothing follows it.
    ['f.json', JSON.stringify([SECRET]), /no credentials/u],
    ['g.json', JSON.stringify({ user: 'dba', password: 42 }), /"password" must be a string/u],
    ['h.json', JSON.stringify({ password: SECRET }), /a password is given but no user/u],
    ['i.json', JSON.stringify({ token: '' }), /the token is empty/u],
    ['j.json', '{}', /no credentials/u],
    ['k.txt', `hunter2-${SECRET}\n`, /k\.txt:1: expected "key = value"/u],
    ['l.txt', `secret = ${SECRET}\n`, /unknown key "secret"/u],
  ])('refuses %s without echoing its content', async (name, text, message) => {
    const error = await refusal(() => credentialsFromFile(file(name, text), 'linux'));
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(SECRET);
    expect(error.message).not.toContain('hunter2');
  });

  it('says which file it cannot read', async () => {
    await expect(credentialsFromFile(join(dir, 'missing.json'))).rejects.toThrow(/cannot read the credentials file .*missing\.json \(ENOENT\)/u);
  });
});
