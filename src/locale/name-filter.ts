// A Bloom filter over language names: it never rules out a name it was built with, so a text it rules out is none.
//
// A UI language's costlier name tiers (the three-letter codes' names and the named variants') take some 470 ICU
// look-ups to build, in every thread, and the text that needs them is nearly always no name at all (a terms-table
// line that continues a row: `Lecce Digital Project | …`). The filters of the 24 UI languages are kept in
// name-filter-table.ts, made from the running Node's ICU by scripts/language-name-filters.mjs and checked against
// it by test/locale/name-filter.test.ts; a text a filter lets through is looked up in the tiers as before.

/** Bits per filter: with about 470 names and three hashes, about one text in thirty that is no name gets through. */
export const FILTER_BITS = 4096;
const HASHES = 3;

/** Two FNV-1a hashes of the text's UTF-16 code units (different offsets), for double hashing. */
function hashPair(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193);
  }
  return [a >>> 0, (b >>> 0) | 1];
}

function positions(text: string): number[] {
  const [a, b] = hashPair(text);
  const out: number[] = [];
  for (let i = 0; i < HASHES; i++) out.push(((a + Math.imul(i, b)) >>> 0) & (FILTER_BITS - 1));
  return out;
}

export class NameFilter {
  private constructor(private readonly bits: Uint8Array) {}

  static of(names: Iterable<string>): NameFilter {
    const bits = new Uint8Array(FILTER_BITS / 8);
    for (const name of names) for (const p of positions(name)) bits[p >>> 3] = (bits[p >>> 3] as number) | (1 << (p & 7));
    return new NameFilter(bits);
  }

  /** A filter as the table keeps it (base64). */
  static fromBase64(text: string): NameFilter {
    return new NameFilter(new Uint8Array(Buffer.from(text, 'base64')));
  }

  toBase64(): string {
    return Buffer.from(this.bits).toString('base64');
  }

  /** False only when the text is none of the names the filter was made with. */
  mayHold(text: string): boolean {
    for (const p of positions(text)) if (((this.bits[p >>> 3] as number) & (1 << (p & 7))) === 0) return false;
    return true;
  }
}
