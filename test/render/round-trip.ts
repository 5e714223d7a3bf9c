// Parses a rendered page back through the real stages (UI language told from the page) and keeps what a page carries.
import type { Diagnostic } from '../../src/diagnostics/index.js';
import { interpretContext, interpretItemPage, interpretLabelledPage } from '../../src/interpret/index.js';
import { EntityBuilder } from '../../src/merge/index.js';
import type { Item, Snak } from '../../src/model/index.js';
import { parsePage, propertyLabelTable, readAddress } from '../../src/parse/index.js';
import { PROFILE, pageSource } from '../unit/support.js';

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
