// A set of whole numbers held as bits: an eighth of a byte a number up to the largest added, however many there are.

/** Numbers from 0 to 2³² − 1 as bits; the caller keeps any other key elsewhere. */
export class NumberSet {
  #bits = new Uint8Array(1 << 12);

  /** Adds `n` (a whole number below 2³²); returns whether it was there already. */
  add(n: number): boolean {
    if (!NumberSet.holds(n)) throw new RangeError(`${n} is not a whole number below 2³²`);
    if (n >>> 3 >= this.#bits.length) {
      const grown = new Uint8Array(Math.max(this.#bits.length * 2, (n >>> 3) + 1));
      grown.set(this.#bits);
      this.#bits = grown;
    }
    const byte = this.#bits[n >>> 3] ?? 0;
    const bit = 1 << (n & 7);
    this.#bits[n >>> 3] = byte | bit;
    return (byte & bit) !== 0;
  }

  has(n: number): boolean {
    return NumberSet.holds(n) && ((this.#bits[n >>> 3] ?? 0) & (1 << (n & 7))) !== 0;
  }

  /** Whether `n` is a number this set can hold. */
  static holds(n: number): boolean {
    return Number.isInteger(n) && n >= 0 && n < 2 ** 32;
  }
}
