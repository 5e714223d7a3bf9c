// Checks value and reference hashes against Wikibase's own RDF output, when the conformance pack sits beside the repo.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { referenceHash } from '../../src/hash/reference-hash.js';
import { valueHash } from '../../src/hash/value-hash.js';
import { SnakSchema, type DataValue, type SnakCore } from '../../src/model/index.js';

/** Wikibase's own JSON, read through the model as wbimport reads it. */
type SnakJson = SnakCore;
const readSnaks = (snaks: readonly unknown[]): SnakJson[] => snaks.map((snak) => SnakSchema.parse(snak));

const PACK = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/conformance/wikibase-rdf');
const HAVE_PACK = existsSync(join(PACK, 'expected'));
const COMPLEX_TYPES = new Set(['time', 'quantity', 'globecoordinate']);

interface ReferenceJson {
  readonly snaks: Readonly<Record<string, readonly unknown[]>>;
  readonly 'snaks-order'?: readonly string[];
}
interface StatementJson {
  readonly mainsnak: unknown;
  readonly qualifiers?: Readonly<Record<string, readonly unknown[]>>;
  readonly references?: readonly ReferenceJson[];
}
interface EntityJson {
  readonly claims?: Readonly<Record<string, readonly StatementJson[]>>;
}

function statementsOf(entity: EntityJson): StatementJson[] {
  return Object.values(entity.claims ?? {}).flat();
}

function referenceSnaks(ref: ReferenceJson): SnakJson[] {
  const order = ref['snaks-order'] ?? Object.keys(ref.snaks);
  return readSnaks(order.flatMap((p) => ref.snaks[p] ?? []));
}

function allSnaks(entity: EntityJson): SnakJson[] {
  return statementsOf(entity).flatMap((s) => [
    ...readSnaks([s.mainsnak, ...Object.values(s.qualifiers ?? {}).flat()]),
    ...(s.references ?? []).flatMap(referenceSnaks),
  ]);
}

function namesIn(nt: string, kind: 'value' | 'reference'): Set<string> {
  const re = new RegExp(`<http://acme\\.test/${kind}/([0-9a-f]+)>`, 'g');
  return new Set([...nt.matchAll(re)].map((m) => m[1] ?? ''));
}

describe.skipIf(!HAVE_PACK)('hashes against the Wikibase RDF conformance pack', () => {
  for (const q of ['Q4', 'Q6', 'Q7', 'Q8']) {
    const load = (): { entity: EntityJson; nt: string } => ({
      entity: JSON.parse(readFileSync(join(PACK, 'entities', `${q}.json`), 'utf8')) as EntityJson,
      nt: readFileSync(join(PACK, 'expected', `${q}.nt`), 'utf8'),
    });

    it(`${q}: every value node is named by valueHash`, () => {
      const { entity, nt } = load();
      const values: DataValue[] = allSnaks(entity).flatMap((s) =>
        s.snaktype === 'value' && COMPLEX_TYPES.has(s.datavalue.type) ? [s.datavalue] : [],
      );
      const computed = new Set(values.map(valueHash));
      expect(computed).toEqual(namesIn(nt, 'value'));
    });

    it(`${q}: every reference node is named by referenceHash`, () => {
      const { entity, nt } = load();
      const refs = statementsOf(entity).flatMap((s) => s.references ?? []);
      const computed = new Set(refs.map((r) => referenceHash(referenceSnaks(r))));
      expect(computed).toEqual(namesIn(nt, 'reference'));
    });
  }
});
