// Profiles that extend another: a user's profile adds or relaxes rules of a built-in one without copying it.
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Entries of `extra` replace those of `base` with the same key, or are patched into them, in `base`'s order. */
function mergeBy(base: unknown, extra: unknown, key: string): unknown[] {
  const out = Array.isArray(base) ? [...(base as unknown[])] : [];
  for (const entry of Array.isArray(extra) ? (extra as unknown[]) : []) {
    const at = isObject(entry) ? out.findIndex((b) => isObject(b) && b[key] === entry[key]) : -1;
    const existing = out[at];
    if (at !== -1 && isObject(existing) && isObject(entry)) out[at] = { ...existing, ...entry };
    else out.push(entry);
  }
  return out;
}

/**
 * The merged raw profile: objects (`wikibase`, `properties`) merged key by key; `units` by unit item and `checks`
 * by code, where an entry with only `code` and `severity` relaxes or tightens the base's rule; `addresses` and
 * `assignments` replaced when given; everything else taken from the extending profile when it has it.
 */
export function extendProfile(base: Json, extra: Json): Json {
  const merged: Json = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    if (key === 'extends') continue;
    if (key === 'checks') merged[key] = mergeBy(base[key], value, 'code');
    else if (key === 'units') merged[key] = mergeBy(base[key], value, 'item');
    else if (isObject(value) && isObject(base[key])) merged[key] = { ...base[key], ...value };
    else merged[key] = value;
  }
  return merged;
}
