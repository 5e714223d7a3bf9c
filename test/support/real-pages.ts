// Scores what wbimport reads from the real Wikibase pages (../shared/real-wikibase-pages) against what each page shows.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { GlobeCoordinateValue, Item, Snak, Statement } from '../../src/model/index.js';
import { formatGlobeCoordinate } from '../../src/render/index.js';
import { itemUrl, readBack } from '../render/round-trip.js';

/** The flattenings of the real pages: seed-style, seed-style with every property labelled, and with link texts kept. */
export type Flattening = 'flat' | 'flat-labelled' | 'flat-links';

type Need = 'required' | 'required-pattern' | 'optional' | 'hidden';

interface PageExpectation {
  readonly ui: string;
  readonly statements: Readonly<Record<string, { readonly need: Need; readonly why?: string }>>;
  readonly terms: { readonly labels: readonly string[]; readonly descriptions: readonly string[]; readonly aliases: readonly string[] };
}

export interface PageScore {
  /** `<Q>/<lang>`. */
  readonly key: string;
  /** What differs from what the page shows; none when the page is read exactly right. */
  readonly differences: readonly string[];
}

const snakValue = (snak: Snak): unknown => (snak.snaktype === 'value' ? snak.datavalue : snak.snaktype);

/** Two values are the same as a page can show them: coordinates when Wikibase would show them identically. */
function sameValue(produced: Snak, truth: Snak): boolean {
  if (produced.property !== truth.property) return false;
  if (produced.snaktype === 'value' && truth.snaktype === 'value' && truth.datavalue.type === 'globecoordinate') {
    if (produced.datavalue.type !== 'globecoordinate') return false;
    const shown = (v: GlobeCoordinateValue['value']): string | null => formatGlobeCoordinate(v);
    return produced.datavalue.value.globe === truth.datavalue.value.globe && shown(produced.datavalue.value) === shown(truth.datavalue.value);
  }
  return isDeepStrictEqual(snakValue(produced), snakValue(truth));
}

const qualifierSnaks = (s: Statement): Snak[] => Object.values(s.qualifiers ?? {}).flat();

const describe = (s: Statement): string => `${s.mainsnak.property} ${JSON.stringify(snakValue(s.mainsnak))}`;

/** The differences between the item read from a page and what the page shows of the truth. */
export function scoreItem(item: Item | null, truth: Item, expected: PageExpectation): string[] {
  const differences: string[] = [];
  const truthStatements = Object.values(truth.claims ?? {}).flat();
  const produced = Object.values(item?.claims ?? {}).flat();
  const met = new Set<string>();
  for (const statement of produced) {
    const candidates = truthStatements.filter((t) => sameValue(statement.mainsnak, t.mainsnak));
    const match = candidates.find((t) => {
      const need = expected.statements[t.id ?? '']?.need;
      if (need === undefined || need === 'hidden') return false;
      const truthQualifiers = qualifierSnaks(t);
      const qualifiers = qualifierSnaks(statement);
      if (!qualifiers.every((q) => truthQualifiers.some((tq) => sameValue(q, tq)))) return false;
      if (need === 'required-pattern') return statement.rank === t.rank && qualifiers.length === truthQualifiers.length;
      return statement.rank === (need === 'required' ? 'normal' : t.rank) || statement.rank === t.rank;
    });
    if (match?.id === undefined) {
      const hidden = candidates.some((t) => expected.statements[t.id ?? '']?.need === 'hidden');
      differences.push(`${hidden ? 'hidden' : 'extra'} statement produced: ${describe(statement)} (${statement.rank})`);
    } else {
      met.add(match.id);
    }
  }
  for (const [id, { need }] of Object.entries(expected.statements)) {
    if ((need === 'required' || need === 'required-pattern') && !met.has(id)) {
      const t = truthStatements.find((s) => s.id === id);
      differences.push(`${need} statement missing: ${t === undefined ? id : describe(t)}`);
    }
  }
  const kinds = ['labels', 'descriptions', 'aliases'] as const;
  for (const kind of kinds) {
    const got = item?.[kind] ?? {};
    const want = expected.terms[kind];
    for (const language of new Set([...Object.keys(got), ...want])) {
      if (!want.includes(language)) {
        differences.push(`${kind} in ${language} produced, not shown`);
      } else if (!isDeepStrictEqual(got[language], truth[kind]?.[language])) {
        differences.push(`${kind} in ${language}: ${JSON.stringify(got[language])}, not ${JSON.stringify(truth[kind]?.[language])}`);
      }
    }
  }
  return differences;
}

/** Reads every page of one flattening under `root` (../shared/real-wikibase-pages) and scores it. */
export function scoreFlattening(root: string, flattening: Flattening): PageScore[] {
  const expectations = JSON.parse(readFileSync(join(root, 'expected', `${flattening}.json`), 'utf8')) as Record<string, PageExpectation>;
  const scores: PageScore[] = [];
  for (const q of readdirSync(join(root, flattening)).sort()) {
    const truthFile = JSON.parse(readFileSync(join(root, 'truth', `${q}.json`), 'utf8')) as { entities: Record<string, Item> };
    const truth = truthFile.entities[q];
    if (truth === undefined) throw new Error(`truth/${q}.json has no entity ${q}`);
    for (const file of readdirSync(join(root, flattening, q)).sort()) {
      const lang = file.replace(/\.txt$/u, '');
      const key = `${q}/${lang}`;
      const expected = expectations[key];
      if (expected === undefined) throw new Error(`expected/${flattening}.json has no page ${key}`);
      const text = readFileSync(join(root, flattening, q, file), 'utf8');
      const read = readBack(text, itemUrl(q));
      const differences = scoreItem(read.item, truth, expected);
      if (read.uiLanguage !== expected.ui) differences.unshift(`UI language read as ${read.uiLanguage ?? 'none'}, not ${expected.ui}`);
      scores.push({ key, differences });
    }
  }
  return scores;
}
