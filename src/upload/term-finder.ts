// Finding items by their terms: whether a label+description pair is taken, and whether a lost create went through.
import { isItemId, type ItemId } from '../model/index.js';
import type { Terms } from './item-key.js';
import type { ServerItem } from './server-item.js';
import { normaliseText } from './value-key.js';
import type { Wikibase } from './wikibase.js';

export class TermFinder {
  /** Searches made since the last forget(): one item's checks ask for the same label more than once. */
  private readonly cache = new Map<string, Promise<ServerItem[]>>();

  constructor(private readonly wikibase: Wikibase) {}

  /** Drops what was found so far: after a write, the server's answer may have changed. */
  forget(): void {
    this.cache.clear();
  }

  /**
   * Items whose label in `language` is exactly `label`: the search matches prefixes (and ignores case on some
   * wikis), so its hits are read back and compared (and the answer does not depend on how the search ranks).
   */
  withLabel(label: string, language: string): Promise<ServerItem[]> {
    const key = `${language}\u0000${normaliseText(label)}`;
    let found = this.cache.get(key);
    if (found === undefined) {
      found = this.search(label, language);
      this.cache.set(key, found);
      found.catch(() => this.cache.delete(key));
    }
    return found;
  }

  private async search(label: string, language: string): Promise<ServerItem[]> {
    const wanted = normaliseText(label);
    const hits = await this.wikibase.search(label, language);
    const ids = [
      ...new Set(
        hits
          .filter((h) => [h.label, h.matchText].some((t) => t !== undefined && normaliseText(t) === wanted))
          .map((h) => h.id)
          .filter(isItemId),
      ),
    ];
    if (ids.length === 0) return [];
    const read = await this.wikibase.getItems(ids, ['info', 'labels', 'descriptions']);
    return [...read.values()].flatMap((r) =>
      'kind' in r && r.kind === 'item' && normaliseText(r.item.labels[language] ?? '') === wanted ? [r.item] : [],
    );
  }

  /** Items that hold one of our label+description pairs, in any language: Wikibase would refuse our item. */
  async pairHolders(terms: Terms): Promise<ItemId[]> {
    const out = new Set<ItemId>();
    for (const [language, label] of Object.entries(terms.labels)) {
      const description = terms.descriptions[language];
      if (description === undefined) continue;
      for (const item of await this.withLabel(label, language)) {
        if (normaliseText(item.descriptions[language] ?? '') === description) out.add(item.id);
      }
    }
    return [...out];
  }

  /** The first language with a label, and its label: where a new item is looked for. */
  private static first(terms: Terms): [string, string] | undefined {
    return Object.entries(terms.labels)[0];
  }

  /** Items with our first label, as they are before we create ours (so a later look-up can tell ours apart). */
  async sameLabel(terms: Terms): Promise<ItemId[]> {
    const first = TermFinder.first(terms);
    return first === undefined ? [] : (await this.withLabel(first[1], first[0])).map((i) => i.id);
  }

  /** Items that have every label and description of ours and are not among `before`: the ones we created. */
  async created(terms: Terms, before: readonly string[]): Promise<ItemId[]> {
    const first = TermFinder.first(terms);
    if (first === undefined) return [];
    const known = new Set(before);
    return (await this.withLabel(first[1], first[0]))
      .filter((item) => !known.has(item.id))
      .filter(
        (item) =>
          Object.entries(terms.labels).every(([l, v]) => normaliseText(item.labels[l] ?? '') === v) &&
          Object.entries(terms.descriptions).every(([l, v]) => normaliseText(item.descriptions[l] ?? '') === v),
      )
      .map((item) => item.id);
  }
}
