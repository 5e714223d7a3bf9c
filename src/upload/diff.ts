// What to send for one item: all of it for a new item; for an existing one only what differs, under the merge rules.
import { plural } from '../diagnostics/plural.js';
import { snakKey, type Item, type PropertyId, type Snak, type SnakMap, type Statement } from '../model/index.js';
import { ruleFor, type MergeRules } from './merge-rules.js';
import { sendableReference, sendableSnak, sendableStatement } from './sendable.js';
import type { ServerItem, ServerStatement } from './server-item.js';
import { normaliseText, qualifiersKey, referenceKey } from './value-key.js';

type Term = { readonly language: string; readonly value: string };
/** A statement entry of wbeditentity's `claims`: added (no id), replaced (id), or removed. */
export type SentStatement = Statement | { readonly id: string; readonly remove: '' };

/** wbeditentity's `data`. */
export interface EditData {
  labels?: Record<string, Term>;
  descriptions?: Record<string, Term>;
  aliases?: Record<string, Term[]>;
  claims?: Record<string, SentStatement[]>;
}

export type Change =
  | { readonly kind: 'term'; readonly term: 'label' | 'description'; readonly language: string; readonly before?: string; readonly after: string }
  | { readonly kind: 'aliases'; readonly language: string; readonly before: readonly string[]; readonly after: readonly string[] }
  | { readonly kind: 'add'; readonly property: PropertyId; readonly statement: Statement }
  | { readonly kind: 'update'; readonly property: PropertyId; readonly id: string; readonly statement: Statement; readonly what: readonly string[] }
  | { readonly kind: 'remove'; readonly property: PropertyId; readonly id: string; readonly statement: Statement | null };

export interface ItemPlan {
  readonly data: EditData;
  readonly changes: readonly Change[];
}

/** Everything an item to be created carries, as one `data` (only the maps it has). */
export function newItemPlan(ours: Item): ItemPlan {
  const data: EditData = {};
  const changes: Change[] = [];
  for (const [term, key] of [['label', 'labels'], ['description', 'descriptions']] as const) {
    const terms = Object.values(ours[key] ?? {});
    if (terms.length === 0) continue;
    data[key] = Object.fromEntries(terms.map((t) => [t.language, { language: t.language, value: t.value }]));
    for (const t of terms) changes.push({ kind: 'term', term, language: t.language, after: t.value });
  }
  const aliases = Object.entries(ours.aliases ?? {}).filter(([, list]) => list.length > 0);
  if (aliases.length > 0) {
    data.aliases = Object.fromEntries(aliases.map(([l, list]) => [l, list.map((a) => ({ language: a.language, value: a.value }))]));
    for (const [language, list] of aliases) changes.push({ kind: 'aliases', language, before: [], after: list.map((a) => a.value) });
  }
  const claims = Object.entries(ours.claims ?? {}).filter(([, list]) => list.length > 0);
  if (claims.length > 0) {
    data.claims = Object.fromEntries(claims.map(([p, list]) => [p, list.map((s) => sendableStatement(s))]));
    for (const [p, list] of claims) for (const s of list) changes.push({ kind: 'add', property: p as PropertyId, statement: s });
  }
  return { data, changes };
}

function diffTerms(ours: Item, theirs: ServerItem, rules: MergeRules, data: EditData, changes: Change[]): void {
  for (const [term, key] of [['label', 'labels'], ['description', 'descriptions']] as const) {
    const rule = key === 'labels' ? rules.labels : rules.descriptions;
    for (const t of Object.values(ours[key] ?? {})) {
      const before = theirs[key][t.language];
      if (before !== undefined && (rule === 'keep' || normaliseText(before) === normaliseText(t.value))) continue;
      (data[key] ??= {})[t.language] = { language: t.language, value: t.value };
      changes.push({ kind: 'term', term, language: t.language, ...(before === undefined ? {} : { before }), after: t.value });
    }
  }
  for (const [language, list] of Object.entries(ours.aliases ?? {})) {
    const before = theirs.aliases[language] ?? [];
    const have = new Set(before.map(normaliseText));
    const ourValues = list.map((a) => a.value);
    let after: string[] | null = null;
    if (rules.aliases === 'add') {
      const missing = ourValues.filter((v, i) => !have.has(normaliseText(v)) && ourValues.findIndex((w) => normaliseText(w) === normaliseText(v)) === i);
      if (missing.length > 0) after = [...before, ...missing];
    } else if (rules.aliases === 'replace') {
      const want = new Set(ourValues.map(normaliseText));
      if (want.size !== have.size || [...want].some((v) => !have.has(v))) after = ourValues;
    } else if (before.length === 0 && ourValues.length > 0) {
      after = ourValues;
    }
    if (after === null) continue;
    // The whole list of the language is sent: Wikibase sets a language's aliases to the list given.
    (data.aliases ??= {})[language] = after.map((value) => ({ language, value }));
    changes.push({ kind: 'aliases', language, before, after });
  }
}

/** Theirs with ours added, each snak once. */
function unionSnaks(theirs: SnakMap | undefined, ours: SnakMap | undefined): SnakMap {
  const out: Record<string, Snak[]> = {};
  const seen = new Set<string>();
  for (const map of [theirs ?? {}, ours ?? {}]) {
    for (const [p, snaks] of Object.entries(map)) {
      for (const snak of snaks) {
        const key = snakKey(snak);
        if (seen.has(key)) continue;
        seen.add(key);
        (out[p] ??= []).push(sendableSnak(snak));
      }
    }
  }
  return out as SnakMap;
}

/** Theirs, updated with ours: what changed, or null when theirs already says all ours does. */
function mergeStatement(theirs: Statement, ours: Statement, replace: boolean): { statement: Statement; what: string[] } | null {
  const qualifiers = replace ? unionSnaks(undefined, ours.qualifiers) : unionSnaks(theirs.qualifiers, ours.qualifiers);
  const theirQualifiers = new Set(JSON.parse(qualifiersKey(theirs)) as string[]);
  const newQualifiers = JSON.parse(qualifiersKey({ ...theirs, qualifiers })) as string[];
  const addedQualifiers = newQualifiers.filter((k) => !theirQualifiers.has(k)).length;
  const removedQualifiers = [...theirQualifiers].filter((k) => !newQualifiers.includes(k)).length;
  // References are never taken away: each says where a value came from.
  const theirRefs = theirs.references ?? [];
  const known = new Set(theirRefs.map(referenceKey));
  const addedRefs = (ours.references ?? []).filter((r) => {
    const key = referenceKey(r);
    if (known.has(key)) return false;
    known.add(key);
    return true;
  });
  const rank = replace ? ours.rank : theirs.rank;
  const what: string[] = [];
  if (addedQualifiers > 0) what.push(`+${plural(addedQualifiers, 'qualifier')}`);
  if (removedQualifiers > 0) what.push(`-${plural(removedQualifiers, 'qualifier')}`);
  if (addedRefs.length > 0) what.push(`+${plural(addedRefs.length, 'reference')}`);
  if (rank !== theirs.rank) what.push(`rank ${theirs.rank} → ${rank}`);
  if (what.length === 0) return null;
  const hasQualifiers = Object.keys(qualifiers).length > 0;
  const statement: Statement = {
    mainsnak: sendableSnak(theirs.mainsnak),
    type: 'statement',
    rank,
    ...(hasQualifiers ? { qualifiers, 'qualifiers-order': Object.keys(qualifiers) as PropertyId[] } : {}),
    references: [...theirRefs, ...addedRefs].map(sendableReference),
  };
  return { statement, what };
}

function diffProperty(
  property: PropertyId,
  ours: readonly Statement[],
  theirs: readonly ServerStatement[],
  rules: MergeRules,
  changes: Change[],
): SentStatement[] {
  const rule = ruleFor(rules, property);
  if (rule === 'keep' && theirs.length > 0) return [];
  const sent: SentStatement[] = [];
  const matched = new Set<number>();
  const oursSeen = new Set<string>();
  for (const statement of ours) {
    const main = snakKey(statement.mainsnak);
    const whole = `${main}\u0000${qualifiersKey(statement)}`;
    if (oursSeen.has(whole)) continue;
    oursSeen.add(whole);
    const candidates = theirs
      .map((t, i) => ({ t, i }))
      .filter(({ t, i }) => !matched.has(i) && t.statement !== null && snakKey(t.statement.mainsnak) === main);
    const match = candidates.find(({ t }) => t.statement !== null && qualifiersKey(t.statement) === qualifiersKey(statement)) ?? candidates[0];
    if (match === undefined || match.t.statement === null) {
      sent.push(sendableStatement(statement));
      changes.push({ kind: 'add', property, statement });
      continue;
    }
    matched.add(match.i);
    const merged = mergeStatement(match.t.statement, statement, rule === 'replace');
    if (merged === null) continue;
    sent.push({ id: match.t.id, ...merged.statement });
    changes.push({ kind: 'update', property, id: match.t.id, statement: merged.statement, what: merged.what });
  }
  if (rule === 'replace') {
    theirs.forEach((t, i) => {
      if (matched.has(i) || t.id === '') return;
      sent.push({ id: t.id, remove: '' });
      changes.push({ kind: 'remove', property, id: t.id, statement: t.statement });
    });
  }
  return sent;
}

/** The edit that brings an existing item to what ours says under the rules; null when it says it all already. */
export function diffItem(ours: Item, theirs: ServerItem, rules: MergeRules): ItemPlan | null {
  const data: EditData = {};
  const changes: Change[] = [];
  diffTerms(ours, theirs, rules, data, changes);
  for (const [p, list] of Object.entries(ours.claims ?? {})) {
    const property = p as PropertyId;
    // A property we have no statement of is not ours to change, whatever its rule.
    if (list.length === 0) continue;
    const sent = diffProperty(property, list, theirs.claims.get(property) ?? [], rules, changes);
    if (sent.length > 0) (data.claims ??= {})[property] = sent;
  }
  return changes.length === 0 ? null : { data, changes };
}
