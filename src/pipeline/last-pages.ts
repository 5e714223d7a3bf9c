// Which pages of the inputs are the last of their item: what the second pass needs of the first, a bit per page.

/**
 * A bit per page ordinal, set for each item's last page: 125 KB for a million pages, where the index the first pass
 * builds (item → last page) takes about 16 MB; it is made from that index once the pass ends, and the index goes.
 */
export class LastPages {
  readonly #bits: Uint8Array;

  /** `pages`: how many pages the first pass counted. */
  constructor(readonly pages: number) {
    this.#bits = new Uint8Array(Math.ceil(pages / 8));
  }

  /** Marks the page with this ordinal as its item's last. */
  mark(ordinal: number): void {
    if (ordinal < 0 || ordinal >= this.pages) throw new RangeError(`page ${ordinal} is not among the ${this.pages} counted`);
    this.#bits[ordinal >>> 3] = (this.#bits[ordinal >>> 3] ?? 0) | (1 << (ordinal & 7));
  }

  /**
   * Whether the page with this ordinal is its item's last. A page past those the first pass counted (the input
   * grew between the passes) is: its item goes at once rather than wait for a page that will not come.
   */
  isLast(ordinal: number): boolean {
    if (ordinal >= this.pages) return true;
    return ((this.#bits[ordinal >>> 3] ?? 0) & (1 << (ordinal & 7))) !== 0;
  }

  get bytes(): number {
    return this.#bits.byteLength;
  }
}
