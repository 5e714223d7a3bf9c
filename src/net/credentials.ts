// Credentials for a remote sink, one format for both (docs/credentials.md): a user and password or a token, from
// the sink's environment variables or a private file (JSON or `key = value` lines), validated by one zod schema;
// never from a flag (a flag shows in `ps`, shell history and CI logs). No message quotes a value: it may be a secret.
import { z } from 'zod';
import { EXIT, WbimportError } from '../diagnostics/errors.js';
import { PrivateFileError, readPrivateFile } from './private-file.js';

export type Credentials =
  | { readonly kind: 'password'; readonly user: string; readonly password: string }
  | { readonly kind: 'token'; readonly token: string };

/** The credentials are missing, unreadable, unsafe or refused: the run cannot start. Worded without them. */
export class CredentialsError extends WbimportError {
  override readonly exitCode = EXIT.usage;
  override readonly name = 'CredentialsError';
}

/** The environment variables a sink takes its credentials from. */
export interface CredentialEnv {
  readonly user: string;
  readonly password: string;
  readonly token: string;
}

type Field = 'user' | 'password' | 'token';

/** The names a field may go by, in any case: each sink's names from before and MediaWiki's login parameters. */
const ALIASES: Readonly<Record<string, Field>> = {
  user: 'user',
  username: 'user',
  lgname: 'user',
  password: 'password',
  lgpassword: 'password',
  token: 'token',
  oauthtoken: 'token',
  oauth_token: 'token',
  accesstoken: 'token',
  access_token: 'token',
};

/** A known key under its field's name; an unknown one kept as written, for the schema to name it. */
function fieldNames(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [ALIASES[key.toLowerCase()] ?? key, value]));
}

/** What is wrong with the fields given together, if anything: a token alone, or a user with a password. */
function combinationProblem(fields: { user?: string | undefined; password?: string | undefined; token?: string | undefined }): string | undefined {
  const { user, password, token } = fields;
  if (token !== undefined) return user !== undefined || password !== undefined ? 'give a token or a user and password, not both' : undefined;
  if (user === undefined && password === undefined) return 'no credentials: give a user and password, or a token';
  if (user === undefined) return 'a password is given but no user';
  return password === undefined ? 'a user is given but no password' : undefined;
}

/** The one credentials format: `{user, password}` or `{token}`, whatever the source. */
export const CredentialsSchema = z.preprocess(
  fieldNames,
  z
    .strictObject({
      // A name or token copied with a stray space or newline; a password is taken as given.
      user: z.string().trim().min(1, 'the user is empty').optional(),
      password: z.string().min(1, 'the password is empty').optional(),
      token: z.string().trim().min(1, 'the token is empty').optional(),
    })
    .check((ctx) => {
      const problem = combinationProblem(ctx.value);
      if (problem !== undefined) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
    })
    .transform((f): Credentials =>
      f.token !== undefined ? { kind: 'token', token: f.token } : { kind: 'password', user: f.user ?? '', password: f.password ?? '' },
    ),
);

/** A schema problem in words that name keys, never values. */
function problemText(issue: z.core.$ZodIssue): string {
  const key = issue.path.length === 0 ? undefined : String(issue.path[0]);
  if (issue.code === 'unrecognized_keys') {
    return `unknown key${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')} (expected user, password or token)`;
  }
  if (issue.code === 'invalid_type') return key === undefined ? 'expected an object of user and password, or token' : `"${key}" must be a string`;
  return issue.message;
}

function validated(raw: unknown, where: string): Credentials {
  const parsed = CredentialsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new CredentialsError(`${where}: ${parsed.error.issues.map(problemText).join('; ')}`);
}

/** The credentials in the sink's environment variables, or null when none is set (an empty one counts as unset). */
export function credentialsFromEnv(env: Readonly<Record<string, string | undefined>>, names: CredentialEnv): Credentials | null {
  const fields = Object.fromEntries(
    (Object.keys(names) as Field[]).flatMap((field) => {
      const value = env[names[field]];
      return value === undefined || value === '' ? [] : [[field, value]];
    }),
  );
  if (Object.keys(fields).length === 0) return null;
  return validated(fields, `the environment (${names.user}, ${names.password}, ${names.token})`);
}

/** `key = value` lines (`#` and `;` comments, an optional `[section]`, values optionally in double quotes). */
function parseIni(text: string, path: string): Record<string, string> {
  const fields: Record<string, string> = {};
  text.split(/\r?\n/u).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';') || /^\[.*\]$/u.test(line)) return;
    const eq = line.indexOf('=');
    // The line is not quoted back: it may hold a secret.
    if (eq <= 0) throw new CredentialsError(`${path}:${i + 1}: expected "key = value"`);
    fields[line.slice(0, eq).trim()] = line.slice(eq + 1).trim().replace(/^"(.*)"$/u, '$1');
  });
  return fields;
}

/**
 * A credentials file: JSON (`{"user": "…", "password": "…"}` or `{"token": "…"}`) or the same as `key = value`
 * lines. A file that others may read or write is refused, as ssh refuses such a key: the secret may already be out.
 */
export async function credentialsFromFile(path: string, platform: NodeJS.Platform = process.platform): Promise<Credentials> {
  let text: string;
  try {
    text = await readPrivateFile(path, platform);
  } catch (error) {
    if (error instanceof PrivateFileError) throw new CredentialsError(error.message);
    throw error;
  }
  let raw: unknown;
  // A `[section]` may open key = value lines: only an object opens JSON.
  if (text.trimStart().startsWith('{')) {
    try {
      raw = JSON.parse(text);
    } catch {
      // JSON.parse's message quotes the text, which is a secret: say only what was expected.
      throw new CredentialsError(`the credentials file ${path} is not valid JSON`);
    }
  } else {
    raw = parseIni(text, path);
  }
  return validated(raw, `the credentials file ${path}`);
}
