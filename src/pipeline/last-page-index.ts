// For each item, the ordinal of its last page in the inputs: a compact hash table of numbers (16 bytes an item).

/** Open addressing with linear probing over typed arrays: no object per entry, so a million items cost ~32 MB. */
export class LastPageIndex {
  #ids = new Uint32Array(1 << 12);
  #last = new Uint32Array(1 << 12);
  #size = 0;

  /** Records that the page with this ordinal belongs to the item with this number (Q123 → 123). */
  see(id: number, ordinal: number): void {
    if ((this.#size + 1) * 2 > this.#ids.length) this.#grow();
    const slot = this.#slot(id);
    if (this.#ids[slot] === 0) {
      this.#ids[slot] = id;
      this.#size += 1;
    }
    this.#last[slot] = ordinal;
  }

  /** The ordinal of the item's last page, or undefined when none was seen. */
  last(id: number): number | undefined {
    const slot = this.#slot(id);
    return this.#ids[slot] === 0 ? undefined : this.#last[slot];
  }

  get size(): number {
    return this.#size;
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

/** The number of an item id (Q123 → 123), or undefined when it does not fit the index (over 2³² − 1). */
export function itemNumber(id: string): number | undefined {
  const n = Number(id.slice(1));
  return Number.isSafeInteger(n) && n > 0 && n < 2 ** 32 ? n : undefined;
}
