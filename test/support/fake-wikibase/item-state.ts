// One item's content (terms, statements, sitelinks) as mutable maps, and its Wikibase JSON serialization.
import { isJsonObject, type Json, type JsonObject } from './json.js';

export interface ItemState {
  readonly labels: Map<string, string>;
  readonly descriptions: Map<string, string>;
  readonly aliases: Map<string, string[]>;
  /** Property → statements in list order; statements are normalized JSON, replaced and never mutated. */
  readonly claims: Map<string, JsonObject[]>;
  readonly sitelinks: Map<string, JsonObject>;
}

export function emptyItem(): ItemState {
  return { labels: new Map(), descriptions: new Map(), aliases: new Map(), claims: new Map(), sitelinks: new Map() };
}

export function cloneItem(item: ItemState): ItemState {
  return {
    labels: new Map(item.labels),
    descriptions: new Map(item.descriptions),
    aliases: new Map([...item.aliases].map(([language, values]) => [language, [...values]])),
    claims: new Map([...item.claims].map(([property, statements]) => [property, [...statements]])),
    sitelinks: new Map(item.sitelinks),
  };
}

/** The entity part of Wikibase JSON (`type`, `id`, the term maps, `claims`, `sitelinks`), in Wikibase's key order. */
export function itemJson(id: string, item: ItemState): JsonObject {
  const terms = (map: ReadonlyMap<string, string>): JsonObject =>
    Object.fromEntries([...map].map(([language, value]) => [language, { language, value }]));
  return {
    type: 'item',
    id,
    labels: terms(item.labels),
    descriptions: terms(item.descriptions),
    aliases: Object.fromEntries(
      [...item.aliases].map(([language, values]) => [language, values.map((value) => ({ language, value }))]),
    ),
    claims: Object.fromEntries(item.claims),
    sitelinks: Object.fromEntries(item.sitelinks),
  };
}

/** Whether two states hold the same content, whatever the order their maps were filled in. */
export function sameContent(a: ItemState, b: ItemState): boolean {
  return stableJson(itemJson('', a)) === stableJson(itemJson('', b));
}

/** JSON with object keys sorted, so two equal values give the same text whatever order they were built in. */
export function stableJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isJsonObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson(value[key] ?? null)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
