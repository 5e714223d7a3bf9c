// Items referenced by label (a beneficiary named in a string statement): found by the link map and the profile's
// table (src/resolve, as convert finds them), by search, or created.
import { snakKey, type Item, type ItemId, type PropertyId, type Statement } from '../model/index.js';
import type { UploadLink } from '../profile/index.js';
import { resolveItemLabel, type ItemLabelLookup } from '../resolve/index.js';
import { linkKey } from './item-key.js';
import type { TermFinder } from './term-finder.js';
import { normaliseText } from './value-key.js';

export interface LinkOptions {
  readonly rules: readonly UploadLink[];
  /** Items by label: --link-map, then the profile's own table (the resolver `convert` uses too). */
  readonly labels: ItemLabelLookup | null;
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
    const mapped = this.options.labels === null ? undefined : resolveItemLabel(this.options.labels, label, language);
    if (mapped !== undefined && 'candidates' in mapped && mapped.candidates.length > 1) {
      return { problem: `"${label}" names several items in the link map (${mapped.candidates.join(', ')})` };
    }
    const cached = this.cache.get(key) ?? (mapped !== undefined && 'id' in mapped ? mapped.id : undefined) ?? this.knownId(key);
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
