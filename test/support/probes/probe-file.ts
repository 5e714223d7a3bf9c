// The recorded exchanges of ../shared/wikibase-api/probes (a real Wikibase's answers), read with zod, and the
// masking undone where a replay needs the value back (long strings cut by the recorder).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const Json: z.ZodType<unknown> = z.unknown();

export const ExchangeSchema = z.object({
  n: z.number(),
  session: z.number(),
  step: z.string(),
  request: z.object({ method: z.enum(['GET', 'POST']), params: z.record(z.string(), Json) }),
  response: z.object({ status: z.number(), headers: z.record(z.string(), z.string()), body: Json }),
});

export const ProbeFileSchema = z.object({
  scenario: z.string(),
  description: z.string(),
  server: z.string(),
  exchanges: z.array(ExchangeSchema),
});

export type Exchange = z.infer<typeof ExchangeSchema>;
export type ProbeFile = z.infer<typeof ProbeFileSchema>;

export function readProbes(dir: string): ProbeFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ProbeFileSchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8'))));
}

/** The recorder's mark on a string it cut: the first 120 characters, then "… (N characters)". */
const CUT = /^([\s\S]*)\u2026 \((\d+) characters\)$/u;

/**
 * A cut string made whole again, as far as the recorder let it be known: a list of ids counting up continues
 * counting, a run of one character continues it, anything else repeats its start; the length is the recorded one.
 */
export function uncut(text: string, count?: number): string {
  const match = CUT.exec(text);
  if (match === null) return text;
  const prefix = match[1] ?? '';
  const length = Number(match[2]);
  const ids = prefix.split('|');
  if (ids.length > 1 && ids.every((id) => /^Q\d+$/u.test(id))) {
    // The step says how many ids were sent where it matters ("51 ids"); else the recorded length.
    let next = Number(ids[ids.length - 1]?.slice(1)) + 1;
    const list = [...ids];
    while (count !== undefined ? list.length < count : list.join('|').length < length) list.push(`Q${next++}`);
    return list.join('|');
  }
  let out = prefix;
  while ([...out].length < length) out += prefix;
  return [...out].slice(0, length).join('');
}

/** Every cut string inside a value made whole again. */
export function uncutDeep(value: unknown): unknown {
  if (typeof value === 'string') return uncut(value);
  if (Array.isArray(value)) return value.map(uncutDeep);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, uncutDeep(v)]));
  return value;
}
