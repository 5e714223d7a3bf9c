// Credentials for the triple store: from environment variables or a credentials file, never from a flag (a flag
// shows in `ps`, shell history and CI logs).
import { PrivateFileError, readPrivateFile } from '../secrets/private-file.js';
import { z } from 'zod';
import { EXIT, WbimportError } from '../diagnostics/errors.js';

export type Credentials =
  | { readonly kind: 'password'; readonly user: string; readonly password: string }
  | { readonly kind: 'token'; readonly token: string };

export const CREDENTIAL_ENV = {
  user: 'WBIMPORT_STORE_USER',
  password: 'WBIMPORT_STORE_PASSWORD',
  token: 'WBIMPORT_STORE_TOKEN',
} as const;

/** A problem with the credentials, worded without them. */
export class CredentialsError extends WbimportError {
  override readonly exitCode = EXIT.usage;
}

const FileSchema = z.union([
  z.strictObject({ user: z.string().min(1), password: z.string() }),
  z.strictObject({ token: z.string().min(1) }),
]);

function fromPair(user: string | undefined, password: string | undefined, token: string | undefined, where: string): Credentials | null {
  if (token !== undefined && token !== '') {
    if (user !== undefined || password !== undefined) throw new CredentialsError(`${where}: give a token or a user and password, not both`);
    return { kind: 'token', token };
  }
  if (user === undefined && password === undefined) return null;
  if (user === undefined || user === '') throw new CredentialsError(`${where}: a password is given but no user`);
  if (password === undefined) throw new CredentialsError(`${where}: a user is given but no password`);
  return { kind: 'password', user, password };
}

/** The credentials in the environment (WBIMPORT_STORE_USER and _PASSWORD, or _TOKEN), or null. */
export function credentialsFromEnv(env: Readonly<Record<string, string | undefined>>): Credentials | null {
  const get = (name: string): string | undefined => {
    const value = env[name];
    return value === undefined || value === '' ? undefined : value;
  };
  return fromPair(
    get(CREDENTIAL_ENV.user),
    get(CREDENTIAL_ENV.password),
    get(CREDENTIAL_ENV.token),
    `the environment (${CREDENTIAL_ENV.user}, ${CREDENTIAL_ENV.password}, ${CREDENTIAL_ENV.token})`,
  );
}

/**
 * A credentials file: JSON, `{"user": "…", "password": "…"}` or `{"token": "…"}`, readable by its owner only
 * (`chmod 600`). Its content is never echoed.
 */
export async function credentialsFromFile(path: string, platform: NodeJS.Platform = process.platform): Promise<Credentials> {
  let text: string;
  try {
    text = await readPrivateFile(path, platform);
  } catch (error) {
    if (error instanceof PrivateFileError) throw new CredentialsError(error.message);
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text, which is a secret: say only what was expected.
    throw new CredentialsError(`the credentials file ${path} is not JSON: expected {"user": "…", "password": "…"} or {"token": "…"}`);
  }
  const parsed = FileSchema.safeParse(json);
  if (!parsed.success) {
    throw new CredentialsError(`the credentials file ${path} holds neither {"user": "…", "password": "…"} nor {"token": "…"}`);
  }
  const data = parsed.data;
  return 'token' in data ? { kind: 'token', token: data.token } : { kind: 'password', user: data.user, password: data.password };
}

/** The strings that must never appear in any output: the password or the token (a user name is not secret). */
export function secretsOf(credentials: Credentials | null): string[] {
  if (credentials === null) return [];
  const secret = credentials.kind === 'token' ? credentials.token : credentials.password;
  return secret === '' ? [] : [secret];
}

/** Replaces every secret in `text` with `***`: a last guard on whatever is written out (a server may echo). */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length > 0) out = out.split(secret).join('***');
  }
  return out;
}
