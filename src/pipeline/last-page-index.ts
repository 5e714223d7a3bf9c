// For each item, the ordinal of its last page in the inputs: a compact hash table of numbers (8 bytes a slot), and
// a set of items; ids too large for 32 bits (rare) are kept in ordinary maps beside them, so no id is left out.
import type { ItemId } from '../model/index.js';
import { LastPages } from './last-pages.js';
import { NumberSet } from '../util/number-set.js';

/** The number of an item id when it fits 32 bits (Q123 → 123), the form the compact tables hold; else undefined. */
export function itemNumber(id: string): number | undefined {
  // Item ids have no leading zero (Q[1-9]\d*): ten digits at most can fit, and the number stands for the id.
  if (id.length > 11) return undefined;
  const n = Number(id.slice(1));
  return Number.isSafeInteger(n) && n > 0 && n < 2 ** 32 ? n : undefined;
}

/** Open addressing with linear probing over typed arrays: no object per entry, so a million items cost ~16 MB. */
export class LastPageIndex {
  #ids = new Uint32Array(1 << 12);
  #last = new Uint32Array(1 << 12);
  #size = 0;
  readonly #large = new Map<string, number>();

  /** Records that the page with this ordinal belongs to this item. */
  see(id: ItemId, ordinal: number): void {
    const n = itemNumber(id);
    if (n === undefined) {
      this.#large.set(id, ordinal);
      return;
    }
    if ((this.#size + 1) * 2 > this.#ids.length) this.#grow();
    const slot = this.#slot(n);
    if (this.#ids[slot] === 0) {
      this.#ids[slot] = n;
      this.#size += 1;
    }
    this.#last[slot] = ordinal;
  }

  /** The ordinal of the item's last page, or undefined when none was seen. */
  last(id: ItemId): number | undefined {
    const n = itemNumber(id);
    if (n === undefined) return this.#large.get(id);
    const slot = this.#slot(n);
    return this.#ids[slot] === 0 ? undefined : this.#last[slot];
  }

  /** Each item's last page as a bit per page, for a first pass that counted this many pages. */
  lastPages(pages: number): LastPages {
    const marks = new LastPages(pages);
    for (let slot = 0; slot < this.#ids.length; slot += 1) if (this.#ids[slot] !== 0) marks.mark(this.#last[slot] ?? 0);
    for (const ordinal of this.#large.values()) marks.mark(ordinal);
    return marks;
  }

  get size(): number {
    return this.#size + this.#large.size;
  }

  get bytes(): number {
    return this.#ids.byteLength + this.#last.byteLength;
  }

  #slot(id: number): number {
    const mask = this.#ids.length - 1;
    // Fibonacci hashing spreads consecutive ids (Q ids come in runs) over the table.
    let slot = Math.imul(id, 0x9e3779b1) >>> 0 & mask;
    while (this.#ids[slot] !== 0 && this.#ids[slot] !== id) slot = (slot + 1) & mask;
    return slot;
  }

  #grow(): void {
    const ids = this.#ids;
    const last = this.#last;
    this.#ids = new Uint32Array(ids.length * 2);
    this.#last = new Uint32Array(ids.length * 2);
    for (let i = 0; i < ids.length; i += 1) {
      const id = ids[i] ?? 0;
      if (id === 0) continue;
      const slot = this.#slot(id);
      this.#ids[slot] = id;
      this.#last[slot] = last[i] ?? 0;
    }
  }
}

/** A set of items: a bit per number up to the largest seen (an eighth of a byte each), a plain set beyond 32 bits. */
export class ItemSet {
  readonly #numbers = new NumberSet();
  readonly #large = new Set<string>();

  add(id: ItemId): void {
    const n = itemNumber(id);
    if (n === undefined) this.#large.add(id);
    else this.#numbers.add(n);
  }

  has(id: ItemId): boolean {
    const n = itemNumber(id);
    return n === undefined ? this.#large.has(id) : this.#numbers.has(n);
  }
}
