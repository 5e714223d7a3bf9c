// Scores an item read from a real page against what the page shows of the real item (../shared/real-wikibase-pages
// expected/*.json and truth/): required statements exact, nothing hidden, optional ones right if produced, no other
// statement, terms only in the languages expected and equal to the truth's.
import type { Item, Statement } from '../../src/model/index.js';

export interface PageExpectation {
  readonly ui: string;
  readonly statements: Readonly<Record<string, { need: 'required' | 'required-pattern' | 'optional' | 'hidden'; why?: string }>>;
  readonly terms: { readonly labels: readonly string[]; readonly descriptions: readonly string[]; readonly aliases: readonly string[] };
}

type Value = Record<string, unknown> | string;

const valueOf = (s: Pick<Statement, 'mainsnak'>): Value | undefined =>
  s.mainsnak.snaktype === 'value' ? (s.mainsnak.datavalue.value as Value) : undefined;

/** Two values as a page shows them: coordinates equal when they round to the same shown value. */
function sameValue(a: Value | undefined, b: Value | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if ('latitude' in a && 'latitude' in b) {
    const tolerance = Math.max(Number(a['precision'] ?? 0), Number(b['precision'] ?? 0)) / 2 + 1e-9;
    return Math.abs(Number(a['latitude']) - Number(b['latitude'])) <= tolerance && Math.abs(Number(a['longitude']) - Number(b['longitude'])) <= tolerance;
  }
  if ('entity-type' in a && 'entity-type' in b) return a['id'] === b['id'];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

const qualifierFacts = (s: Statement): string[] =>
  Object.values(s.qualifiers ?? {})
    .flat()
    .map((q) => `${q.property}=${q.snaktype === 'value' ? JSON.stringify(q.datavalue.value) : q.snaktype}`)
    .sort();

/** The differences between what was read and what the page shows; none means the page is read right. */
export function pageDifferences(produced: Item | undefined, truth: Item, expected: PageExpectation): string[] {
  const problems: string[] = [];
  const made = Object.entries(produced?.claims ?? {}).flatMap(([p, list]) => list.map((s) => ({ p, s })));
  const used = new Set<Statement>();
  for (const [property, list] of Object.entries(truth.claims ?? {})) {
    for (const t of list) {
      const need = t.id === undefined ? undefined : expected.statements[t.id]?.need;
      const match = made.find(({ p, s }) => p === property && !used.has(s) && sameValue(valueOf(s), valueOf(t)));
      if (match !== undefined) used.add(match.s);
      if (need === 'hidden') {
        if (match !== undefined) problems.push(`hidden ${property} ${JSON.stringify(valueOf(t))} produced`);
        continue;
      }
      if (match === undefined) {
        if (need === 'required' || need === 'required-pattern') problems.push(`${need} ${property} ${JSON.stringify(valueOf(t))} missing`);
        continue;
      }
      if (need === 'required-pattern' && (match.s.rank !== t.rank || qualifierFacts(match.s).join() !== qualifierFacts(t).join())) {
        problems.push(`${property} ${JSON.stringify(valueOf(t))}: rank ${match.s.rank} qualifiers [${qualifierFacts(match.s).join(' ')}], expected ${t.rank} [${qualifierFacts(t).join(' ')}]`);
      } else if (need === 'required' && match.s.rank !== 'normal' && match.s.rank !== t.rank) {
        problems.push(`${property} ${JSON.stringify(valueOf(t))}: rank ${match.s.rank}`);
      }
    }
  }
  for (const { p, s } of made) if (!used.has(s)) problems.push(`extra ${p} ${JSON.stringify(valueOf(s))}`);
  for (const [kind, key] of [['labels', 'labels'], ['descriptions', 'descriptions']] as const) {
    for (const [language, term] of Object.entries(produced?.[key] ?? {})) {
      if (!expected.terms[kind].includes(language)) problems.push(`${kind} ${language} not shown`);
      else if (truth[key]?.[language]?.value !== term.value) problems.push(`${kind} ${language} "${term.value}" differs`);
    }
  }
  for (const [language, aliases] of Object.entries(produced?.aliases ?? {})) {
    const known = (truth.aliases?.[language] ?? []).map((a) => a.value);
    if (!expected.terms.aliases.includes(language)) problems.push(`aliases ${language} not shown`);
    for (const a of aliases) if (!known.includes(a.value)) problems.push(`alias ${language} "${a.value}" not the item's`);
  }
  return problems;
}

/**
 * What the HTML of a page shows, from what its flattening with link texts (`flat-links`) shows: the flattening prunes
 * item values (their blocks are mostly link text), HTML keeps them with the item's id in the link; the flattening
 * loses the terms table's alias cells, HTML keeps them for every row it shows (the UI language's and English's).
 */
export function htmlExpectation(flatLinks: PageExpectation, truth: Item): PageExpectation {
  const statements: Record<string, PageExpectation['statements'][string]> = {};
  const itemValued = new Set(
    Object.values(truth.claims ?? {})
      .flat()
      .flatMap((s) => (s.id !== undefined && s.mainsnak.snaktype === 'value' && s.mainsnak.datavalue.type === 'wikibase-entityid' ? [s.id] : [])),
  );
  for (const [id, expectation] of Object.entries(flatLinks.statements)) {
    statements[id] = expectation.need === 'hidden' && itemValued.has(id) ? { need: 'required', why: 'an item link: HTML keeps its id' } : expectation;
  }
  const rows = new Set([...flatLinks.terms.labels, ...flatLinks.terms.descriptions, ...flatLinks.terms.aliases]);
  const aliases = [...rows].filter((language) => (truth.aliases?.[language]?.length ?? 0) > 0);
  return { ui: flatLinks.ui, statements, terms: { ...flatLinks.terms, aliases } };
}
