// Parses a rendered page back through the real stages (UI language told from the page) and keeps what a page carries.
import type { Diagnostic } from '../../src/diagnostics/index.js';
import { interpretContext, interpretItemPage, interpretLabelledPage } from '../../src/interpret/index.js';
import { EntityBuilder } from '../../src/merge/index.js';
import type { Item, Snak } from '../../src/model/index.js';
import { parsePage, propertyLabelTable, readAddress } from '../../src/parse/index.js';
import { PROFILE, pageSource } from '../support/builders.js';

export interface ReadBack {
  readonly uiLanguage: string | null;
  readonly item: Item | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** The item page's address, as an NDJSON record's `url` gives it. */
export const itemUrl = (id: string): string => `https://linkedopendata.eu/wiki/Item:${id}`;

const LABELS = propertyLabelTable(PROFILE);

/**
 * Reads a page as `convert` does (the same reading options the pipeline gives: the profile's property labels and
 * info pages): its address (when given) says it is an item page; its UI language is told from it.
 */
export function readBack(text: string, url?: string): ReadBack {
  const source = pageSource(text, url === undefined ? {} : { url });
  const address = url === undefined ? null : readAddress(url, PROFILE);
  const parsed = parsePage(source, address, null, { labels: LABELS, info: PROFILE.infoPage });
  const page = parsed.page;
  if (page?.kind !== 'item' && page?.kind !== 'labelled') return { uiLanguage: null, item: null, diagnostics: parsed.diagnostics };
  const ctx = interpretContext(PROFILE, page.uiLanguage);
  const interpreted = page.kind === 'item' ? interpretItemPage(page, ctx) : interpretLabelledPage(page, ctx);
  const diagnostics = [...parsed.diagnostics, ...interpreted.diagnostics];
  if (interpreted.draft === null) return { uiLanguage: page.uiLanguage, item: null, diagnostics };
  const builder = new EntityBuilder(page.id, PROFILE);
  diagnostics.push(...builder.add(interpreted.draft));
  return { uiLanguage: page.uiLanguage, item: builder.build().item, diagnostics };
}

const snakCarried = (snak: Snak): Record<string, unknown> => ({
  property: snak.property,
  datatype: snak.datatype,
  datavalue: snak.snaktype === 'value' ? snak.datavalue : null,
});

/** What a round trip carries of an item: its terms, and per property its statements' values, ranks and qualifiers. */
export interface Carried {
  readonly id: string | undefined;
  readonly labels: unknown;
  readonly descriptions: unknown;
  readonly aliases: unknown;
  readonly claims: Readonly<Record<string, readonly unknown[]>>;
}

/** What a flattened page carries: the id, the terms, and each statement's property, value, datatype, rank and qualifiers. */
export function carried(item: Item): Carried {
  const claims = Object.fromEntries(
    Object.entries(item.claims ?? {})
      .filter(([, list]) => list.length > 0)
      .map(([property, list]) => [
        property,
        list.map((s) => ({
          ...snakCarried(s.mainsnak),
          rank: s.rank,
          qualifiers: Object.fromEntries(Object.entries(s.qualifiers ?? {}).map(([p, snaks]) => [p, snaks.map(snakCarried)])),
        })),
      ]),
  );
  return {
    id: item.id,
    labels: item.labels ?? {},
    descriptions: item.descriptions ?? {},
    aliases: item.aliases ?? {},
    claims,
  };
}

/** Errors only: `references-not-shown` and the like are warnings a faithful page may well give. */
export const errors = (diagnostics: readonly Diagnostic[]): string[] =>
  diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} at ${d.span?.line ?? '?'}: ${JSON.stringify(d)}`);

/** A value as JSON with its keys sorted, so that two equal values compare equal whatever order their keys were made in. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_, x: unknown) =>
    x !== null && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, (x as Record<string, unknown>)[k]])) : x,
  );

/**
 * What makes a reading silently wrong, compared with what the page shows: a statement written that the page does
 * not show, terms other than the page's, or a statement left out with no diagnostic above info naming a line (none
 * of these: an empty list). `references-not-shown` names no problem of the reading. With `placesLost` (the page lost
 * a whole statement and names no property), a shown value written under another property that the page lost is
 * not counted: the one ambiguity such a page keeps.
 */
export function neverSilentlyWrong(back: ReadBack, shown: Carried, placesLost = false): string[] {
  if (back.item === null) return errors(back.diagnostics).length > 0 ? [] : ['no item, and no error'];
  const read = carried(back.item);
  const statements = (c: Carried): string[] => Object.values(c.claims).flat().map(canonical);
  const want = statements(shown);
  const got = statements(read);
  // A statement as it is but for its property: the value, rank and qualifiers a page shows.
  const unplaced = (s: string): string => canonical({ ...(JSON.parse(s) as Record<string, unknown>), property: null });
  // Where a statement was pruned whole from a page that names no property, a later value of its kind takes its
  // place (nothing on the page is left of it): allowed there, as the value itself is the page's, never changed.
  const shifted = (s: string): boolean => placesLost && want.some((w) => !got.includes(w) && unplaced(w) === unplaced(s));
  const problems = got.filter((s) => !want.includes(s) && !shifted(s)).map((s) => `written, not shown: ${s}`);
  for (const kind of ['labels', 'descriptions', 'aliases'] as const) {
    if (canonical(read[kind]) !== canonical(shown[kind])) problems.push(`${kind}: ${canonical(read[kind])}, shown ${canonical(shown[kind])}`);
  }
  const reported = back.diagnostics.some((d) => d.severity !== 'info' && d.code !== 'references-not-shown' && d.span !== undefined);
  const missing = want.filter((s) => !got.includes(s) && !(placesLost && got.some((g) => unplaced(g) === unplaced(s))));
  if (missing.length > 0 && !reported) problems.push(...missing.map((s) => `left out, not reported: ${s}`));
  return problems;
}
