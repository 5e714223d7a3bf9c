// Keeping secrets out of every output: known secrets replaced wherever they appear, secret parameters masked.

const MASK = '***';

/** Request parameters whose values are secrets or session-bound tokens, never shown. */
export const SECRET_PARAMS: ReadonlySet<string> = new Set(['lgpassword', 'lgtoken', 'token', 'password', 'logintoken']);

export type Redactor = (text: string) => string;

/**
 * Replaces each secret, as written and as it appears URL- or form-encoded or JSON-escaped, in any text about to
 * be shown. Secrets shorter than 4 characters are still masked, so a tiny password cannot leak either.
 */
export function redactor(secrets: readonly string[]): Redactor {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret === '') continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    forms.add(new URLSearchParams({ s: secret }).toString().slice(2));
    forms.add(JSON.stringify(secret).slice(1, -1));
  }
  const ordered = [...forms].sort((a, b) => b.length - a.length);
  return (text) => ordered.reduce((out, form) => out.split(form).join(MASK), text);
}

/** Request parameters fit to log: secret ones masked. */
export function redactParams(params: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, SECRET_PARAMS.has(k) ? MASK : v]));
}
