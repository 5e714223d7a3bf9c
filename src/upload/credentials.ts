// Credentials for writing: a bot password or an OAuth 2 access token, from the environment or a private file, never a flag.
import { PrivateFileError, readPrivateFile } from '../secrets/private-file.js';
import { CredentialsError } from './errors.js';

export type Credentials =
  | { readonly kind: 'bot-password'; readonly username: string; readonly password: string }
  | { readonly kind: 'oauth2'; readonly token: string };

export const CREDENTIAL_ENV = {
  botUser: 'WBIMPORT_BOT_USER',
  botPassword: 'WBIMPORT_BOT_PASSWORD',
  oauthToken: 'WBIMPORT_OAUTH_TOKEN',
} as const;

/** The secrets to keep out of every output. */
export function secretsOf(credentials: Credentials | null): string[] {
  if (credentials === null) return [];
  return credentials.kind === 'oauth2' ? [credentials.token] : [credentials.password];
}

/** The user a session acts as, fit to show (a bot password's user name; nothing for a token). */
export function describeCredentials(credentials: Credentials): string {
  return credentials.kind === 'oauth2' ? 'an OAuth 2 access token' : `the bot password of ${credentials.username}`;
}

function fromFields(fields: Readonly<Record<string, string | undefined>>, where: string): Credentials {
  const token = fields['oauthToken'];
  const username = fields['username'];
  const password = fields['password'];
  if (token !== undefined && (username !== undefined || password !== undefined)) {
    throw new CredentialsError(`${where} holds both an OAuth token and a bot password: keep one`);
  }
  if (token !== undefined) {
    if (token.trim() === '') throw new CredentialsError(`${where}: the OAuth token is empty`);
    return { kind: 'oauth2', token: token.trim() };
  }
  if (username === undefined || password === undefined || username.trim() === '' || password === '') {
    throw new CredentialsError(
      `${where} needs a bot password (a user name such as Importer@wbimport and its password) or an OAuth 2 access token`,
    );
  }
  return { kind: 'bot-password', username: username.trim(), password };
}

/** From WBIMPORT_BOT_USER and WBIMPORT_BOT_PASSWORD, or WBIMPORT_OAUTH_TOKEN; null when none is set. */
export function credentialsFromEnv(env: Readonly<Record<string, string | undefined>>): Credentials | null {
  const fields = {
    username: env[CREDENTIAL_ENV.botUser],
    password: env[CREDENTIAL_ENV.botPassword],
    oauthToken: env[CREDENTIAL_ENV.oauthToken],
  };
  if (Object.values(fields).every((v) => v === undefined || v === '')) return null;
  const set = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== ''));
  return fromFields(set, `the environment (${Object.values(CREDENTIAL_ENV).join(', ')})`);
}

const KEYS: Readonly<Record<string, 'username' | 'password' | 'oauthToken'>> = {
  username: 'username',
  user: 'username',
  lgname: 'username',
  password: 'password',
  lgpassword: 'password',
  oauthtoken: 'oauthToken',
  oauth_token: 'oauthToken',
  token: 'oauthToken',
  accesstoken: 'oauthToken',
  access_token: 'oauthToken',
};

/** `key = value` lines (`#` and `;` comments, an optional `[section]`), as in an INI file. */
function parseIni(text: string, path: string): Record<string, string> {
  const fields: Record<string, string> = {};
  text.split(/\r?\n/u).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';') || /^\[.*\]$/u.test(line)) return;
    const eq = line.indexOf('=');
    // The line is not quoted back: it may hold a secret.
    if (eq <= 0) throw new CredentialsError(`${path}:${i + 1}: expected "key = value"`);
    const key = KEYS[line.slice(0, eq).trim().toLowerCase()];
    if (key === undefined) throw new CredentialsError(`${path}:${i + 1}: unknown key "${line.slice(0, eq).trim()}" (expected username, password or oauth_token)`);
    fields[key] = line.slice(eq + 1).trim().replace(/^"(.*)"$/u, '$1');
  });
  return fields;
}

function parseJson(text: string, path: string): Record<string, string> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new CredentialsError(`${path} is not valid JSON`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new CredentialsError(`${path}: expected a JSON object`);
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    const key = KEYS[k.toLowerCase()];
    if (key === undefined) throw new CredentialsError(`${path}: unknown key "${k}" (expected username, password or oauthToken)`);
    if (typeof v !== 'string') throw new CredentialsError(`${path}: "${k}" must be a string`);
    fields[key] = v;
  }
  return fields;
}

/**
 * A credentials file, JSON (`{"username": …, "password": …}` or `{"oauthToken": …}`) or INI-like. A file that
 * others may read is refused, as ssh refuses a private key anyone can read: the secret may already be out.
 */
export async function credentialsFromFile(path: string, platform: NodeJS.Platform = process.platform): Promise<Credentials> {
  let text: string;
  try {
    text = await readPrivateFile(path, platform);
  } catch (error) {
    if (error instanceof PrivateFileError) throw new CredentialsError(error.message);
    throw error;
  }
  const fields = text.trimStart().startsWith('{') ? parseJson(text, path) : parseIni(text, path);
  return fromFields(fields, path);
}
