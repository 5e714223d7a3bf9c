// Items referenced by label (a beneficiary named in a string statement): found in a mapping, by search, or created.
import { readFile } from 'node:fs/promises';
import { isItemId, type Item, type ItemId, type PropertyId, type Statement } from '../model/index.js';
import type { UploadLink } from '../profile/index.js';
import { linkKey } from './item-key.js';
import type { TermFinder } from './term-finder.js';
import { normaliseText, snakKey } from './value-key.js';

export interface LinkOptions {
  readonly rules: readonly UploadLink[];
  /** Label → item, from --link-map. */
  readonly map: ReadonlyMap<string, ItemId> | null;
  readonly search: boolean;
  readonly create: boolean;
}

/** How an item for a label is created (or found again): the uploader's own create, journaled. */
export type CreateLinked = (key: string, item: Item) => Promise<{ readonly id: ItemId } | { readonly refused: string }>;

export interface Resolution {
  /** Ours with a statement added for each label resolved. */
  readonly item: Item;
  /** Why each unresolved label is: the item is held back until they are. */
  readonly unresolved: readonly string[];
}

/** Reads --link-map: a JSON object {"label": "Q42"} or a CSV with the columns label,item. */
export async function readLinkMap(path: string): Promise<Map<string, ItemId>> {
  const text = await readFile(path, 'utf8');
  const map = new Map<string, ItemId>();
  const put = (label: string, id: unknown, where: string): void => {
    if (!isItemId(id)) throw new Error(`${where}: expected an item id such as Q42, got ${JSON.stringify(id)}`);
    map.set(normaliseText(label), id);
  };
  if (text.trimStart().startsWith('{')) {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const [label, id] of Object.entries(raw as Record<string, unknown>)) put(label, id, `${path}: "${label}"`);
    return map;
  }
  const rows = text.split(/\r?\n/u).filter((l) => l.trim() !== '');
  const header = rows[0]?.split(',').map((c) => c.trim().toLowerCase());
  if (header?.[0] !== 'label' || header[1] !== 'item') throw new Error(`${path}: expected a JSON object or a CSV whose header is label,item`);
  rows.slice(1).forEach((row, i) => {
    const comma = row.lastIndexOf(',');
    const label = row.slice(0, comma).trim().replace(/^"(.*)"$/u, (_, inner: string) => inner.replaceAll('""', '"'));
    put(label, row.slice(comma + 1).trim(), `${path}:${i + 2}`);
  });
  return map;
}

function linkStatement(property: PropertyId, id: ItemId): Statement {
  return {
    mainsnak: {
      snaktype: 'value',
      property,
      datavalue: { type: 'wikibase-entityid', value: { 'entity-type': 'item', 'numeric-id': Number(id.slice(1)), id } },
      datatype: 'wikibase-item',
    },
    type: 'statement',
    rank: 'normal',
  };
}

export class LinkResolver {
  private readonly cache = new Map<string, ItemId>();
  /** Items created for labels, for the summary. */
  created = 0;

  constructor(
    private readonly options: LinkOptions,
    private readonly finder: TermFinder,
    private readonly createLinked: CreateLinked | null,
    private readonly knownId: (key: string) => ItemId | undefined,
  ) {}

  private async resolveLabel(rule: UploadLink, label: string): Promise<{ readonly id: ItemId } | { readonly problem: string }> {
    const language = rule.language ?? 'en';
    const key = linkKey(language, label);
    const cached = this.cache.get(key) ?? this.options.map?.get(normaliseText(label)) ?? this.knownId(key);
    if (cached !== undefined) return { id: cached };
    if (!this.options.search && !this.options.create) return { problem: `"${label}" is not in the link map` };
    const description = rule.descriptions?.[language];
    let found = await this.finder.withLabel(label, language);
    if (found.length > 1 && description !== undefined) {
      found = found.filter((i) => normaliseText(i.descriptions[language] ?? '') === normaliseText(description));
    }
    if (found.length > 1) return { problem: `"${label}" is the label of several items (${found.map((i) => i.id).join(', ')})` };
    const [only] = found;
    if (only !== undefined) return { id: only.id };
    if (!this.options.create || this.createLinked === null) {
      return { problem: `no item is labelled "${label}" in ${language}${this.options.create ? ' (a dry run creates none)' : ' (--link-create creates it)'}` };
    }
    const item: Item = {
      type: 'item',
      labels: { [language]: { language, value: label } },
      descriptions: Object.fromEntries(Object.entries(rule.descriptions ?? {}).map(([l, v]) => [l, { language: l, value: v }])),
    };
    const outcome = await this.createLinked(key, item);
    if ('refused' in outcome) return { problem: `the item for "${label}" could not be created: ${outcome.refused}` };
    this.created += 1;
    return { id: outcome.id };
  }

  /** Ours with the links its labels resolve to; every label that does not resolve is named. */
  async resolve(item: Item): Promise<Resolution> {
    const claims = { ...(item.claims ?? {}) };
    const unresolved: string[] = [];
    for (const rule of this.options.rules) {
      for (const statement of claims[rule.labelFrom] ?? []) {
        const snak = statement.mainsnak;
        if (snak.snaktype !== 'value' || snak.datavalue.type !== 'string') continue;
        const label = snak.datavalue.value;
        const result = await this.resolveLabel(rule, label);
        if ('problem' in result) {
          unresolved.push(`${rule.property} (from ${rule.labelFrom}): ${result.problem}`);
          continue;
        }
        const { id } = result;
        this.cache.set(linkKey(rule.language ?? 'en', label), id);
        const link = linkStatement(rule.property, id);
        const existing = claims[rule.property] ?? [];
        if (!existing.some((s) => snakKey(s.mainsnak) === snakKey(link.mainsnak))) claims[rule.property] = [...existing, link];
      }
    }
    return { item: { ...item, claims }, unresolved };
  }
}
