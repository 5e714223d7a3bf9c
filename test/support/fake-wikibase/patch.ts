// A stale baserevid, as Wikibase's EditEntity::fixEditConflict settles it: the edit (base → new) is applied as a
// patch onto the latest revision; what no longer applies is dropped. No conflict: saved with the warning
// wikibase-conflict-patched. Conflicts: when every revision since the base is by the same user and something
// still applies, saved with wikibase-self-conflict-patched (the overlapping part silently dropped); otherwise
// an editconflict.
import { cloneItem, stableJson, type ItemState } from './item-state.js';
import type { JsonObject } from './json.js';

type Op =
  | { readonly on: 'labels' | 'descriptions' | 'sitelinks'; readonly key: string; readonly before?: string; readonly after?: string }
  | { readonly on: 'alias'; readonly key: string; readonly value: string; readonly add: boolean }
  | { readonly on: 'claim'; readonly guid: string; readonly before?: JsonObject; readonly after?: JsonObject };

function mapOps(on: 'labels' | 'descriptions' | 'sitelinks', a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): Op[] {
  const ops: Op[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const before = a.get(key);
    const after = b.get(key);
    if (before === after) continue;
    ops.push({ on, key, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) });
  }
  return ops;
}

function statementsByGuid(item: ItemState): Map<string, JsonObject> {
  return new Map([...item.claims.values()].flat().map((s) => [String(s['id']), s]));
}

/** The atomic differences from `a` to `b`, as Wikibase's EntityDiffer counts them. */
export function diffItems(a: ItemState, b: ItemState): Op[] {
  const sitelinks = (item: ItemState): Map<string, string> => new Map([...item.sitelinks].map(([k, v]) => [k, stableJson(v)]));
  const ops: Op[] = [...mapOps('labels', a.labels, b.labels), ...mapOps('descriptions', a.descriptions, b.descriptions), ...mapOps('sitelinks', sitelinks(a), sitelinks(b))];
  for (const key of new Set([...a.aliases.keys(), ...b.aliases.keys()])) {
    const before = new Set(a.aliases.get(key) ?? []);
    const after = new Set(b.aliases.get(key) ?? []);
    for (const value of after) if (!before.has(value)) ops.push({ on: 'alias', key, value, add: true });
    for (const value of before) if (!after.has(value)) ops.push({ on: 'alias', key, value, add: false });
  }
  const sa = statementsByGuid(a);
  const sb = statementsByGuid(b);
  for (const guid of new Set([...sa.keys(), ...sb.keys()])) {
    const before = sa.get(guid);
    const after = sb.get(guid);
    if (before !== undefined && after !== undefined && stableJson(before) === stableJson(after)) continue;
    ops.push({ on: 'claim', guid, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) });
  }
  return ops;
}

/** Applies the ops that still apply to `latest` (map patching skips what changed meanwhile; statements go by GUID). */
function applyOps(latest: ItemState, ops: readonly Op[]): ItemState {
  const item = cloneItem(latest);
  for (const op of ops) {
    if (op.on === 'labels' || op.on === 'descriptions') {
      const map = item[op.on];
      if (map.get(op.key) !== op.before) continue; // added meanwhile, changed meanwhile, or already gone
      if (op.after === undefined) map.delete(op.key);
      else map.set(op.key, op.after);
    } else if (op.on === 'sitelinks') {
      const current = item.sitelinks.get(op.key);
      if ((current === undefined ? undefined : stableJson(current)) !== op.before) continue;
      if (op.after === undefined) item.sitelinks.delete(op.key);
      else item.sitelinks.set(op.key, JSON.parse(op.after) as JsonObject);
    } else if (op.on === 'alias') {
      const list = item.aliases.get(op.key) ?? [];
      if (op.add === list.includes(op.value)) continue;
      const next = op.add ? [...list, op.value] : list.filter((v) => v !== op.value);
      if (next.length === 0) item.aliases.delete(op.key);
      else item.aliases.set(op.key, next);
    } else if (op.on === 'claim') {
      patchStatement(item, op);
    }
  }
  return item;
}

/** StatementListPatcher: an added statement is appended, a changed one replaced by GUID, a removed one removed by GUID. */
function patchStatement(item: ItemState, op: Extract<Op, { on: 'claim' }>): void {
  for (const [property, list] of item.claims) {
    const index = list.findIndex((s) => s['id'] === op.guid);
    if (index < 0) continue;
    const next = [...list];
    if (op.after === undefined) next.splice(index, 1);
    else next[index] = op.after;
    if (next.length === 0) item.claims.delete(property);
    else item.claims.set(property, next);
    return;
  }
  if (op.after === undefined) return;
  const property = String((op.after['mainsnak'] as JsonObject | undefined)?.['property'] ?? '');
  item.claims.set(property, [...(item.claims.get(property) ?? []), op.after]);
}

export type PatchOutcome =
  | { readonly kind: 'patched'; readonly item: ItemState; readonly warning: 'wikibase-conflict-patched' | 'wikibase-self-conflict-patched' }
  | { readonly kind: 'conflict' };

/**
 * `base` is the revision the client read, `edited` that revision with the client's changes, `latest` the
 * current one; `onlyUserSince` whether every revision after the base is by the user editing now.
 */
export function patchOntoLatest(base: ItemState, edited: ItemState, latest: ItemState, onlyUserSince: boolean): PatchOutcome {
  const patch = diffItems(base, edited);
  const patched = applyOps(latest, patch);
  const clean = diffItems(latest, patched).length;
  const conflicts = patch.length - clean;
  if (conflicts <= 0) return { kind: 'patched', item: patched, warning: 'wikibase-conflict-patched' };
  if (onlyUserSince && clean > 0) return { kind: 'patched', item: patched, warning: 'wikibase-self-conflict-patched' };
  return { kind: 'conflict' };
}
