// Before the first edit, the profile is checked against the wiki once: the login's rights, every property of
// the profile (it exists, with the profile's datatype), and the wiki's string limits, learnt from wbparsevalue.
// A problem every item would meet is said once here, not once per item by the server.
import { z } from 'zod';
import type { WikiLimits } from '../check/index.js';
import type { ApiClient } from './api-client.js';
import { readPropertyDatatypes, readUserInfo } from './answers.js';
import { plainText } from './refusal.js';
import { IDS_PER_READ } from './wikibase.js';

export interface WikiCheck {
  /** The login's rights, when the wiki lists them. */
  readonly rights?: readonly string[];
  /** The limits the wiki reports; a datatype absent from it has no limit found (or none could be learnt). */
  readonly limits: WikiLimits;
  /** Problems that stop the run before any edit (exit 2). */
  readonly problems: readonly string[];
  /** What the run should know (no highvolume: the wiki limits the pace). */
  readonly notes: readonly string[];
}

/** Longer than any limit worth knowing: a value this long that passes means "no limit below it". */
export const LIMIT_PROBE_LENGTH = 100_001;

/** The limit a validator's too-long message states (its first parameter: "10,000"), or undefined. */
export function limitOf(messages: readonly { readonly name: string; readonly parameters?: readonly unknown[] | undefined }[]): number | undefined {
  for (const message of messages) {
    if (!message.name.endsWith('too-long')) continue;
    const n = Number(String(message.parameters?.[0] ?? '').replace(/[^\d]/gu, ''));
    if (Number.isInteger(n) && n > 0) return n;
  }
  return undefined;
}

/**
 * wbparsevalue's answer (Wikibase's ParseValue): one result per value; with `validate`, a refused value says
 * `valid: false` and carries the validator's messages.
 */
const ParseValueAnswerSchema = z.object({
  results: z.array(
    z
      .object({
        // formatversion=1 shows true as "" and leaves false out: a refusal is told by its error.
        valid: z.union([z.boolean(), z.literal('')]).optional(),
        error: z.string().optional(),
        messages: z.array(z.object({ name: z.string(), parameters: z.array(z.unknown()).optional() })).optional(),
      })
      .loose(),
  ),
});

/** The wiki's limit for a datatype, learnt by asking it to validate a value longer than any limit. */
async function probeLimit(api: ApiClient, datatype: 'string' | 'monolingualtext'): Promise<number | undefined> {
  const params = {
    action: 'wbparsevalue',
    datatype,
    values: 'x'.repeat(LIMIT_PROBE_LENGTH),
    validate: '1',
    ...(datatype === 'monolingualtext' ? { options: JSON.stringify({ valuelang: 'en' }) } : {}),
  };
  const parsed = ParseValueAnswerSchema.safeParse(await api.write(params, { retryUnknown: true }));
  const result = parsed.success ? parsed.data.results[0] : undefined;
  const refused = result !== undefined && (result.valid === false || result.error !== undefined);
  if (result === undefined || (!refused && result.valid === undefined)) throw new Error('wbparsevalue did not validate the value');
  if (!refused) return undefined; // no limit below the probe's length
  const limit = limitOf(result.messages ?? []);
  if (limit === undefined) throw new Error(`wbparsevalue refused the probe without stating a limit (${(result.messages ?? []).map((m) => m.name).join(', ')})`);
  return limit;
}

export async function checkWiki(
  api: ApiClient,
  properties: Readonly<Record<string, { readonly datatype: string; readonly label?: string }>>,
  options: { readonly checkRights: boolean },
): Promise<WikiCheck> {
  const problems: string[] = [];
  const notes: string[] = [];
  let rights: readonly string[] | undefined;
  if (options.checkRights) {
    const info = readUserInfo(await api.read({ action: 'query', meta: 'userinfo', uiprop: 'rights' }));
    rights = info?.rights;
    if (info?.anonymous === true) problems.push('the session is anonymous: the login did not hold');
    else if (rights !== undefined && !rights.includes('edit')) {
      problems.push(`${info?.name ?? 'the login'} may not edit (no "edit" right): give its bot password the "Edit existing pages" grant (editpage)`);
    } else if (rights !== undefined && !rights.includes('noratelimit')) {
      notes.push(`${info?.name ?? 'the login'} has no "noratelimit" right (the highvolume grant): the wiki limits its edits (stock: 90 a minute, 30 new items a minute); wbimport slows down when told so`);
    }
  }
  const ids = Object.keys(properties);
  for (let i = 0; i < ids.length; i += IDS_PER_READ) {
    const chunk = ids.slice(i, i + IDS_PER_READ);
    const found = readPropertyDatatypes(await api.read({ action: 'wbgetentities', ids: chunk.join('|'), props: 'info|datatype' }));
    for (const id of chunk) {
      const expected = properties[id]?.datatype;
      const name = properties[id]?.label === undefined ? id : `${id} (${properties[id]?.label ?? ''})`;
      if (!found.has(id) || found.get(id) === undefined) problems.push(`property ${name} of the profile does not exist on the wiki`);
      else if (found.get(id) !== expected) problems.push(`property ${name} is ${found.get(id) ?? '?'} on the wiki, ${expected ?? '?'} in the profile`);
    }
  }
  const limits: { string?: number; monolingualtext?: number } = {};
  try {
    const text = await probeLimit(api, 'string');
    const monolingual = await probeLimit(api, 'monolingualtext');
    if (text !== undefined) limits.string = text;
    if (monolingual !== undefined) limits.monolingualtext = monolingual;
  } catch (error) {
    notes.push(`the wiki's string limits are unknown (wbparsevalue: ${plainText(error instanceof Error ? error.message : String(error))}): values are checked by the wiki only`);
  }
  return { ...(rights === undefined ? {} : { rights }), limits, problems, notes };
}
