// Table tests for referenceHash: reference hashes from Wikidata's JSON, and why snak order does not matter.
import { describe, expect, it } from 'vitest';
import { phpSortCompare, referenceHash, referenceHashFromSnakHashes } from '../../src/hash/reference-hash.js';
import { snakHash } from '../../src/hash/snak-hash.js';
import { SnakSchema, type SnakCore } from '../../src/model/index.js';

const item = (n: number): unknown => ({
  type: 'wikibase-entityid',
  value: { 'entity-type': 'item', 'numeric-id': n, id: `Q${n}` },
});
const str = (s: string): unknown => ({ type: 'string', value: s });
const day = (t: string): unknown => ({
  type: 'time',
  value: { time: t, timezone: 0, before: 0, after: 0, precision: 11, calendarmodel: 'http://www.wikidata.org/entity/Q1985727' },
});
/** Snaks as the model reads them. */
const value = (property: string, datavalue: unknown): SnakCore => SnakSchema.parse({ snaktype: 'value', property, datavalue });

// References of Q42 on Wikidata, snaks in their `snaks-order`, with the `hash` Wikidata gives them.
const WIKIDATA_REFERENCES: ReadonlyArray<[string, SnakCore[], string]> = [
  [
    'stated in, VIAF ID, retrieved',
    [value('P248', item(54919)), value('P214', str('113230702')), value('P813', day('+2013-12-07T00:00:00Z'))],
    '2b369d0a4f1d4b801e734fe84a0b217e13dd2930',
  ],
  [
    'stated in, retrieved, reference URL',
    [value('P248', item(20666306)), value('P813', day('+2015-10-10T00:00:00Z')), value('P854', str('http://data.bnf.fr/ark:/12148/cb11888092r'))],
    '55d23126bca9913374faf69ba8fbd21474a74421',
  ],
  [
    'seven snaks with a monolingual title',
    [
      value('P854', str('http://www.theguardian.com/news/2001/may/15/guardianobituaries.books')),
      value('P577', day('+2001-05-15T00:00:00Z')),
      value('P813', day('+2013-12-07T00:00:00Z')),
      value('P1433', item(11148)),
      value('P50', item(18145749)),
      value('P1476', { type: 'monolingualtext', value: { text: 'Obituary: Douglas Adams', language: 'en' } }),
      value('P407', item(1860)),
    ],
    '3f4d26cf841e20630c969afc0e48e5e3ef0c5a49',
  ],
];

describe('referenceHash', () => {
  it.each(WIKIDATA_REFERENCES)('%s', (_name, snaks, want) => {
    expect(referenceHash(snaks)).toBe(want);
  });

  it.each(WIKIDATA_REFERENCES)('does not depend on snak order: %s', (_name, snaks, want) => {
    expect(referenceHash([...snaks].reverse())).toBe(want);
  });

  it.each(WIKIDATA_REFERENCES)('counts a repeated snak once: %s', (_name, snaks, want) => {
    const first = snaks[0];
    if (first === undefined) throw new Error('empty table row');
    expect(referenceHash([...snaks, first])).toBe(want);
  });

  it('is the sha1 of the sorted snak hashes joined by "|"', () => {
    const snaks: SnakCore[] = [{ snaktype: 'novalue', property: 'P2' }, { snaktype: 'somevalue', property: 'P4' }];
    const fromHashes = referenceHashFromSnakHashes(snaks.map((s) => ({ property: s.property, hash: snakHash(s) })));
    expect(referenceHash(snaks)).toBe(fromHashes);
    // 64baea7b… (novalue P2) sorts after 0… and before e…
    expect(referenceHash([{ snaktype: 'novalue', property: 'P2' }])).toBe(
      referenceHashFromSnakHashes([{ property: 'P2', hash: '64baea7b9db49c64f5daf05ddf5162faa28d5e86' }]),
    );
  });

  it('hashes an empty reference as sha1("")', () => {
    expect(referenceHash([])).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
  });
});

describe("PHP's sort() order", () => {
  // What PHP 8.2's <=> (the comparison sort() uses by default) gives for these pairs.
  it.each<[string, string, number]>([
    ['0f5e', '8431', -1],
    ['9', '10', -1], // numeric strings compare as numbers
    ['9e1', '100', -1],
    ['9a', '10', 1], // not both numeric: bytewise
    ['0e5', '0e3', 0], // both zero
    ['9223372036854775807', '9223372036854775808', -1], // a PHP int against an overflowing one
    ['12345678901234567891', '12345678901234567890', 1], // equal as doubles: bytewise
    ['abc', 'abd', -1],
  ])('%s vs %s', (a, b, want) => {
    expect(phpSortCompare(a, b)).toBe(want);
    expect(phpSortCompare(b, a)).toBe(-want || 0);
  });
});
