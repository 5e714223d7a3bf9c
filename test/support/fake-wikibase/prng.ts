// A small seeded PRNG (mulberry32) for faults, tokens and statement GUIDs: same seed, same sequence.

export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An unsigned 32-bit integer. */
  uint32(): number;
  /** `length` lowercase hex digits. */
  hex(length: number): string;
  /** An uppercase version-4-shaped UUID, the form Wikibase's GuidGenerator gives statement ids. */
  uuid(): string;
}

export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const uint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const hex = (length: number): string => {
    let out = '';
    while (out.length < length) out += uint32().toString(16).padStart(8, '0');
    return out.slice(0, length);
  };
  return {
    next: () => uint32() / 0x1_0000_0000,
    uint32,
    hex,
    uuid: () => {
      const h = hex(32).split('');
      h[12] = '4';
      h[16] = '89ab'[parseInt(h[16] ?? '0', 16) & 3] ?? '8';
      const s = h.join('').toUpperCase();
      return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
    },
  };
}
