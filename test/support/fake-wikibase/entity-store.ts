// The fake's database: items by id with their pages and revisions (content and author), redirects, one global
// revision counter, fresh ids and statement GUIDs.
import { applyEntityData } from './change-ops.js';
import type { ValueContext } from './datavalues.js';
import { isJsonObject, type JsonObject } from './json.js';
import { cloneItem, emptyItem, itemJson, type ItemState } from './item-state.js';
import { createPrng, type Prng } from './prng.js';

export interface Revision {
  readonly id: number;
  readonly item: ItemState;
  /** The user name of the revision's author ('' for imported content). */
  readonly user: string;
}

export interface StoredItem {
  readonly id: string;
  readonly pageid: number;
  item: ItemState;
  lastrevid: number;
  /** Every revision this item has had, oldest first: a stale baserevid is patched against them. */
  readonly revisions: Revision[];
  /** Set when the item was turned into a redirect (wbcreateredirect). */
  redirect?: string;
}

/** Items live in the Item namespace, as on a default Wikibase install (and the EU Knowledge Graph). */
export const ITEM_NAMESPACE = 120;
export const PROPERTY_NAMESPACE = 122;

/** Revision timestamps come from the revision id, so the fake's output never depends on the clock. */
export function revisionTimestamp(revid: number): string {
  return new Date(Date.UTC(2024, 0, 1) + revid * 1000).toISOString().replace('.000Z', 'Z');
}

export class EntityStore {
  private readonly items = new Map<string, StoredItem>();
  private lastRevision = 0;
  private lastPageId = 0;
  private lastItemNumber = 0;
  private readonly guids: Prng = createPrng(0x5eed);
  successfulEdits = 0;

  /**
   * Loads pre-existing items (Wikibase JSON with ids), as an import would: validated against the wiki (its
   * properties must exist), each with one revision; a given positive, unused `lastrevid` is kept.
   */
  constructor(initial: readonly unknown[], values: (store: EntityStore) => ValueContext) {
    const kept = new Set<number>();
    const ids = new Set(initial.flatMap((raw) => (isJsonObject(raw) && typeof raw['id'] === 'string' ? [raw['id']] : [])));
    // Items may refer to each other: existence is the set being loaded plus what is already stored.
    const base = values(this);
    const context: ValueContext = { config: base.config, itemExists: (id) => ids.has(id) || base.itemExists(id) };
    const pending: Array<{ id: string; item: ItemState; revid: number | undefined }> = [];
    for (const [index, raw] of initial.entries()) {
      if (!isJsonObject(raw)) throw new Error(`fake wikibase: entities[${index}] is not an object`);
      const id = typeof raw['id'] === 'string' ? raw['id'] : '';
      if (!/^Q[1-9]\d*$/.test(id)) {
        throw new Error(`fake wikibase: entities[${index}] needs an item id such as Q1, got ${JSON.stringify(raw['id'])}`);
      }
      if (pending.some((p) => p.id === id)) throw new Error(`fake wikibase: entity ${id} given twice`);
      const item = emptyItem();
      try {
        applyEntityData(item, raw, { entityId: id, newGuid: () => this.newGuid(id), values: context });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`fake wikibase: entity ${id} is not valid on this wiki: ${reason}`);
      }
      const given = raw['lastrevid'];
      const revid = typeof given === 'number' && Number.isSafeInteger(given) && given > 0 && !kept.has(given) ? given : undefined;
      if (revid !== undefined) kept.add(revid);
      pending.push({ id, item, revid });
      this.lastItemNumber = Math.max(this.lastItemNumber, Number(id.slice(1)));
    }
    this.lastRevision = Math.max(0, ...kept);
    for (const { id, item, revid } of pending) {
      const revision = revid ?? ++this.lastRevision;
      this.items.set(id, { id, pageid: ++this.lastPageId, item, lastrevid: revision, revisions: [{ id: revision, item: cloneItem(item), user: '' }] });
    }
  }

  get(id: string): StoredItem | undefined {
    return this.items.get(id);
  }

  /** Items that are not redirects. */
  *all(): Iterable<StoredItem> {
    for (const stored of this.items.values()) if (stored.redirect === undefined) yield stored;
  }

  /** Whether a revision id exists on any page (a baserevid of another page is still "not found" for this one). */
  revisionOf(stored: StoredItem, revid: number): Revision | undefined {
    return stored.revisions.find((r) => r.id === revid);
  }

  /** The next item id; like Wikibase's id counter, an id handed to a creation that fails is not reused. */
  newItemId(): string {
    return `Q${++this.lastItemNumber}`;
  }

  newGuid(entityId: string): string {
    return `${entityId}$${this.guids.uuid().toUpperCase()}`;
  }

  nextPageId(): number {
    return ++this.lastPageId;
  }

  /** Saves a new revision of an item (creating its page if new) by `user` and returns the revision id. */
  save(id: string, item: ItemState, user: string): number {
    const revid = ++this.lastRevision;
    const stored = this.items.get(id);
    const revision: Revision = { id: revid, item: cloneItem(item), user };
    if (stored) {
      stored.item = item;
      stored.lastrevid = revid;
      stored.revisions.push(revision);
    } else {
      this.items.set(id, { id, pageid: ++this.lastPageId, item, lastrevid: revid, revisions: [revision] });
    }
    return revid;
  }

  /** Turns `from` into a redirect to `to` (a new revision of `from`). */
  redirect(from: StoredItem, to: string, user: string): void {
    from.redirect = to;
    const revid = ++this.lastRevision;
    from.lastrevid = revid;
    from.revisions.push({ id: revid, item: emptyItem(), user });
  }

  /** `info` fields as wbgetentities and Special:EntityData give them. */
  static info(stored: StoredItem): JsonObject {
    return {
      pageid: stored.pageid,
      ns: ITEM_NAMESPACE,
      title: `Item:${stored.id}`,
      lastrevid: stored.lastrevid,
      modified: revisionTimestamp(stored.lastrevid),
    };
  }

  /** The whole item as Special:EntityData serves it. */
  static fullJson(stored: StoredItem): JsonObject {
    return { ...EntityStore.info(stored), ...itemJson(stored.id, stored.item) };
  }
}
