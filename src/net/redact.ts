// Keeping secrets out of every output: each secret replaced wherever it appears, in every form it is sent or echoed.
import { basicAuthorization } from './auth.js';
import type { Credentials } from './credentials.js';

const MASK = '***';

export type Redactor = (text: string) => string;

/** The strings that must never appear in any output: the password or the token (a user name is not secret). */
export function secretsOf(credentials: Credentials | null): string[] {
  if (credentials === null) return [];
  const secret = credentials.kind === 'token' ? credentials.token : credentials.password;
  return secret === '' ? [] : [secret];
}

/** Percent-encoding with lower-case hex digits, as some servers echo it. */
const lowerHex = (encoded: string): string => encoded.replace(/%[0-9A-F]{2}/gu, (e) => e.toLowerCase());

/** The forms a secret takes on its way: as written, percent- and form-encoded (either case of hex), JSON-escaped. */
function forms(secret: string): string[] {
  const percent = encodeURIComponent(secret);
  const form = new URLSearchParams({ s: secret }).toString().slice(2);
  return [secret, percent, lowerHex(percent), form, lowerHex(form), JSON.stringify(secret).slice(1, -1)];
}

/**
 * Replaces each secret of these credentials, in each of its forms, and a password's Basic header (user:password in
 * base64), in any text about to be shown. Secrets shorter than 4 characters are still masked, so a tiny password
 * cannot leak either.
 */
export function redactor(credentials: Credentials | null): Redactor {
  const found = new Set(secretsOf(credentials).flatMap(forms));
  if (credentials?.kind === 'password' && credentials.password !== '') {
    found.add(basicAuthorization(credentials.user, credentials.password).slice('Basic '.length));
  }
  const ordered = [...found].sort((a, b) => b.length - a.length);
  return (text) => ordered.reduce((out, form) => out.split(form).join(MASK), text);
}
