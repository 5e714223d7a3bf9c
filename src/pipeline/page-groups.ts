// Groups the pages of each item as they stream in, and lets a group go as soon as its item can have no more pages.
import type { ItemId } from '../model/index.js';
import type { PageSource } from '../source/index.js';
import { ItemSet, type LastPageIndex } from './last-page-index.js';

export interface PageGroup {
  /** The item the pages are about; undefined for a page that names none (it stands alone). */
  readonly key: ItemId | undefined;
  readonly pages: readonly PageSource[];
}

/**
 * How a group is known to be complete: from a first pass over the inputs that noted each item's last page (exact,
 * needs inputs that can be read twice; should more than maxHeld pages wait for their items' last pages, the oldest
 * groups go early, so memory stays bounded on any input), or when no page of the item came for a window of pages
 * (one pass).
 */
export type Completion = { readonly index: LastPageIndex; readonly maxHeld: number } | { readonly window: number };

/** An item whose pages came again after its group had gone (early): it is written in two parts. */
export interface Reopened {
  readonly key: ItemId;
  readonly page: PageSource;
}

interface OpenGroup {
  readonly pages: PageSource[];
  lastSeen: number;
}

export class PageGroups {
  // In the order their last page came (an item moves to the end when a page of it comes): the oldest first.
  readonly #open = new Map<ItemId, OpenGroup>();
  readonly #gone = new ItemSet();
  #held = 0;

  constructor(private readonly completion: Completion) {}

  /** The pages held, waiting for more pages of their items. */
  get held(): number {
    return this.#held;
  }

  /** Adds the page with this ordinal (its place among all pages read); returns the groups now complete, in order. */
  add(ordinal: number, key: ItemId | undefined, page: PageSource): { groups: PageGroup[]; reopened?: Reopened } {
    if (key === undefined) return { groups: [...this.#expired(ordinal), { key, pages: [page] }] };
    let open = this.#open.get(key);
    if (open === undefined) {
      open = { pages: [], lastSeen: ordinal };
    } else {
      this.#open.delete(key);
    }
    open.pages.push(page);
    open.lastSeen = ordinal;
    this.#held += 1;
    const reopened = open.pages.length === 1 && this.#gone.has(key);
    let groups: PageGroup[];
    if ('index' in this.completion) {
      const last = this.completion.index.last(key);
      // An item missing from the index, or past its last page (the input changed between the passes), goes now.
      if (last === undefined || last <= ordinal) {
        groups = [this.#take(key, open, false)];
      } else {
        this.#open.set(key, open);
        groups = this.#overflow(this.completion.maxHeld);
      }
    } else {
      this.#open.set(key, open);
      groups = this.#expired(ordinal);
    }
    return reopened ? { groups, reopened: { key, page } } : { groups };
  }

  /** Every group still open, the oldest first. */
  finish(): PageGroup[] {
    return [...this.#open].map(([key, open]) => this.#take(key, open, false));
  }

  /** The oldest groups, until no more than maxHeld pages wait. */
  #overflow(maxHeld: number): PageGroup[] {
    const groups: PageGroup[] = [];
    for (const [key, open] of this.#open) {
      if (this.#held <= maxHeld) break;
      groups.push(this.#take(key, open, true));
    }
    return groups;
  }

  #expired(ordinal: number): PageGroup[] {
    if (!('window' in this.completion)) return [];
    const groups: PageGroup[] = [];
    for (const [key, open] of this.#open) {
      if (ordinal - open.lastSeen < this.completion.window) break;
      groups.push(this.#take(key, open, true));
    }
    return groups;
  }

  /** Takes a group out; one that goes before its item's last page is noted, so that a later page is reported. */
  #take(key: ItemId, open: OpenGroup, early: boolean): PageGroup {
    this.#open.delete(key);
    this.#held -= open.pages.length;
    if (early) this.#gone.add(key);
    return { key, pages: open.pages };
  }
}
