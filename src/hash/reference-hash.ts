// Reference::getHash() from Wikibase: the sha1 naming wdref:<hash> nodes and the `hash` of JSON references.
import { hash } from 'node:crypto';
import type { SnakCore } from '../model/index.js';
import { snakHash } from './snak-hash.js';

/**
 * The hash of a reference from its snaks, flattened in any order (e.g. following
 * `snaks-order`). Wikibase sorts the snak hashes before hashing, so order does not
 * matter, and a SnakList keeps one copy of identical snaks, so repeats do not either.
 */
export function referenceHash(snaks: readonly SnakCore[]): string {
  return referenceHashFromSnakHashes(
    snaks.map((snak) => ({ property: snak.property, hash: snakHash(snak) })),
  );
}

/** The same, from snak hashes already known (with their property, for PHP's grouping). */
export function referenceHashFromSnakHashes(
  snaks: ReadonlyArray<{ readonly property: string; readonly hash: string }>,
): string {
  // Reference::getHash groups the snaks by property (first appearance first), SnakList
  // drops repeated hashes, and MapValueHasher sorts the rest with PHP's sort().
  const byProperty = new Map<string, string[]>();
  for (const snak of snaks) {
    const group = byProperty.get(snak.property) ?? [];
    group.push(snak.hash);
    byProperty.set(snak.property, group);
  }
  const hashes = [...new Set([...byProperty.values()].flat())];
  hashes.sort(phpSortCompare);
  return hash('sha1', hashes.join('|'), 'hex');
}

/**
 * PHP 8's sort() compares two numeric strings as numbers (zendi_smart_strcmp). A hex
 * hash is numeric only when it is all digits, or digits around one "e" (about one
 * sha1 in 10^8), but then the order, and so the hash, is PHP's.
 */
export function phpSortCompare(a: string, b: string): number {
  const x = phpNumeric(a);
  const y = phpNumeric(b);
  if (x === undefined || y === undefined) return stringCompare(a, b);
  if (x.kind === 'long' && y.kind === 'long') return x.long < y.long ? -1 : x.long > y.long ? 1 : 0;
  // Integers too big for PHP become doubles; where that loses the difference, PHP compares the strings.
  if (x.overflow && y.overflow && x.double === y.double) return stringCompare(a, b);
  if (x.kind === 'long' && y.overflow) return -1;
  if (y.kind === 'long' && x.overflow) return 1;
  if (x.double === y.double && !Number.isFinite(x.double)) return stringCompare(a, b);
  return sign(x.double - y.double);
}

interface PhpNumber {
  readonly kind: 'long' | 'double';
  readonly long: bigint;
  readonly double: number;
  readonly overflow: boolean;
}

const PHP_INT_MAX = 9223372036854775807n;

function phpNumeric(s: string): PhpNumber | undefined {
  if (/^\d+$/.test(s)) {
    const long = BigInt(s);
    const overflow = long > PHP_INT_MAX;
    return { kind: overflow ? 'double' : 'long', long, double: Number(s), overflow };
  }
  if (/^\d+e\d+$/.test(s)) return { kind: 'double', long: 0n, double: Number(s), overflow: false };
  return undefined;
}

function stringCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}
