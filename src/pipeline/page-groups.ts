// Groups the pages of each item as they stream in, and lets a group go as soon as its item can have no more pages.
import type { ItemId } from '../model/index.js';
import type { PageSource } from '../source/index.js';
import { heldPage, type TaskPage } from './held-page.js';
import { ItemSet } from './last-page-index.js';
import type { LastPages } from './last-pages.js';

export interface PageGroup {
  /** The item the pages are about; undefined for a page that names none (it stands alone). */
  readonly key: ItemId | undefined;
  /** The place of the group's first page among the inputs (the caller's count): where its output goes. */
  readonly first: number;
  /** Those that waited for more pages of their item, as UTF-8 (see held-page.ts). */
  readonly pages: readonly TaskPage[];
}

/**
 * How a group is known to be complete: from a first pass over the inputs that marked each item's last page (exact,
 * needs inputs that can be read twice), or when no page of the item came for a window of pages (one pass). Either
 * way, a group whose first page lies maxHeld pages back goes early: output follows the first pages, so everything
 * read after an open group's first page waits for it, and this bounds that wait (memory stays flat on any input).
 */
export type Completion =
  | { readonly lastPages: LastPages; readonly maxHeld: number }
  | { readonly window: number; readonly maxHeld?: number };

/** An item whose pages came again after its group had gone (early): it is written in two parts. */
export interface Reopened {
  readonly key: ItemId;
  readonly page: PageSource;
}

interface OpenGroup {
  readonly key: ItemId;
  /** Emptied when the group is taken (it may stay listed in #byFirst a while: it must not keep its pages). */
  pages: TaskPage[];
  /** The first page's place (the caller's count) and page ordinal. */
  readonly first: number;
  readonly firstOrdinal: number;
  lastSeen: number;
}

export class PageGroups {
  // In the order their last page came (an item moves to the end when a page of it comes): the oldest first.
  readonly #open = new Map<ItemId, OpenGroup>();
  // The open groups in the order of their first pages (taken ones are dropped when they reach the head).
  readonly #byFirst: OpenGroup[] = [];
  #head = 0;
  readonly #gone = new ItemSet();
  readonly #maxHeld: number;
  #held = 0;

  constructor(private readonly completion: Completion) {
    this.#maxHeld = 'lastPages' in completion ? completion.maxHeld : Math.max(completion.window, completion.maxHeld ?? 0);
  }

  /** The pages held, waiting for more pages of their items. */
  get held(): number {
    return this.#held;
  }

  /** The place of the first page of the oldest group still open (nothing placed after it can be written yet). */
  get oldestFirst(): number | undefined {
    return this.#oldest()?.first;
  }

  /**
   * Adds the page with this ordinal (its place among all pages read) and this place among the caller's inputs;
   * returns the groups now complete.
   */
  add(ordinal: number, place: number, key: ItemId | undefined, page: PageSource): { groups: PageGroup[]; reopened?: Reopened } {
    if (key === undefined) return { groups: [...this.#expired(ordinal), { key, first: place, pages: [page] }] };
    let open = this.#open.get(key);
    if (open === undefined) {
      open = { key, pages: [], first: place, firstOrdinal: ordinal, lastSeen: ordinal };
      this.#byFirst.push(open);
    } else {
      this.#open.delete(key);
    }
    open.pages.push(page);
    open.lastSeen = ordinal;
    this.#open.set(key, open);
    this.#held += 1;
    const reopened = open.pages.length === 1 && this.#gone.has(key);
    const groups: PageGroup[] = [];
    if ('lastPages' in this.completion && this.completion.lastPages.isLast(ordinal)) groups.push(this.#take(open, false));
    groups.push(...this.#expired(ordinal));
    // The page waits for more of its item's pages: as UTF-8.
    if (this.#open.get(key) === open) open.pages[open.pages.length - 1] = heldPage(page);
    return reopened ? { groups, reopened: { key, page } } : { groups };
  }

  /** Every group still open, in the order of their first pages. */
  finish(): PageGroup[] {
    const groups: PageGroup[] = [];
    for (let open = this.#oldest(); open !== undefined; open = this.#oldest()) groups.push(this.#take(open, false));
    return groups;
  }

  /** Groups past the window since their last page, and groups whose first page is maxHeld pages back. */
  #expired(ordinal: number): PageGroup[] {
    const groups: PageGroup[] = [];
    if ('window' in this.completion) {
      for (const open of this.#open.values()) {
        if (ordinal - open.lastSeen < this.completion.window) break;
        groups.push(this.#take(open, true));
      }
    }
    for (let open = this.#oldest(); open !== undefined && ordinal - open.firstOrdinal >= this.#maxHeld; open = this.#oldest()) {
      groups.push(this.#take(open, true));
    }
    return groups;
  }

  #oldest(): OpenGroup | undefined {
    for (;;) {
      const open = this.#byFirst[this.#head];
      if (open === undefined || this.#open.get(open.key) === open) return open;
      this.#head += 1;
      if (this.#head > 1024 && this.#head * 2 > this.#byFirst.length) {
        this.#byFirst.splice(0, this.#head);
        this.#head = 0;
      }
    }
  }

  /** Takes a group out; one that goes before its item's last page is noted, so that a later page is reported. */
  #take(open: OpenGroup, early: boolean): PageGroup {
    this.#open.delete(open.key);
    this.#held -= open.pages.length;
    if (early) this.#gone.add(open.key);
    const pages = open.pages;
    open.pages = [];
    return { key: open.key, first: open.first, pages };
  }
}
