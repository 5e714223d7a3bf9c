// Cutting the pipeline's N-Quads into batches of whole graphs: counts, modes (replace, then add), no line twice.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { batchText, QuadBatcher, quadGraph, triplesByGraph, type GraphBatch } from '../../src/load/index.js';

const G = (n: number): string => `https://linkedopendata.eu/wiki/Special:EntityData/Q${n}`;
const quad = (n: number, o: string): string => `<http://example.org/Q${n}> <http://example.org/p> "${o} <x> ." <${G(n)}> .`;
const entity = (n: number, ...objects: string[]): string => `${objects.map((o) => quad(n, o)).join('\n')}\n`;

async function batches(writes: string[], size: number): Promise<GraphBatch[]> {
  const out: GraphBatch[] = [];
  const batcher = new QuadBatcher(size, async (b) => {
    out.push(b);
  });
  for (const text of writes) await batcher.write(text);
  await batcher.end();
  return out;
}

describe('quadGraph', () => {
  it.each([
    [quad(1, 'a'), G(1)],
    ['<s> <p> <o> <g> .', 'g'],
    ['<s> <p> "x"@en <http://g/1> .', 'http://g/1'],
    ['<s> <p> "o" .', undefined],
    ['', undefined],
  ])('%s → %s', (line, graph) => {
    expect(quadGraph(line)).toBe(graph);
  });
});

describe('QuadBatcher', () => {
  it('cuts at write boundaries once a batch holds enough triples, counting distinct triples per graph', async () => {
    const got = await batches([entity(1, 'a', 'b', 'a'), entity(2, 'c'), entity(3, 'd', 'e')], 2);
    expect(got.map((b) => b.index)).toEqual([1, 2]);
    expect(got.map((b) => b.triples)).toEqual([2, 3]);
    expect([...(got[0]?.graphs ?? [])]).toEqual([[G(1), { item: 'Q1', triples: 2, mode: 'replace' }]]);
    expect([...(got[1]?.graphs.keys() ?? [])]).toEqual([G(2), G(3)]);
    expect(got[0] === undefined ? '' : batchText(got[0])).toBe(`${quad(1, 'a')}\n${quad(1, 'b')}\n`);
  });

  it('adds to a graph met again in a later batch instead of replacing it; within one batch it merges', async () => {
    const got = await batches([entity(1, 'a'), entity(2, 'b'), entity(1, 'c'), entity(2, 'd')], 1);
    expect(got.map((b) => [...b.graphs.values()].map((g) => g.mode))).toEqual([['replace'], ['replace'], ['add'], ['add']]);
    const merged = await batches([entity(1, 'a'), entity(1, 'b', 'a')], 10);
    expect([...(merged[0]?.graphs.values() ?? [])]).toEqual([{ item: 'Q1', triples: 2, mode: 'replace' }]);
  });

  it('refuses a line without a named graph (never loads triples into a graph it did not mean)', async () => {
    await expect(batches(['<s> <p> "o" .\n'], 1)).rejects.toThrow(/not an N-Quads line with a named graph/u);
  });

  it('is a writable stream for the pipeline: the last batch goes when it ends', async () => {
    const got: GraphBatch[] = [];
    const batcher = new QuadBatcher(100, async (b) => {
      got.push(b);
    });
    const out = batcher.writable();
    out.write(entity(1, 'a'));
    out.write(Buffer.from(entity(2, 'b')));
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    expect(got).toHaveLength(1);
    expect(got[0]?.triples).toBe(2);
  });
});

describe('triplesByGraph', () => {
  it("gives each graph's lines as N-Triples", () => {
    const bytes = Buffer.from(`${entity(1, 'a')}${entity(2, 'b')}${entity(1, 'c')}`, 'utf8');
    const byGraph = triplesByGraph({ index: 1, bytes, graphs: new Map(), triples: 3 });
    expect(byGraph.get(G(1))).toBe('<http://example.org/Q1> <http://example.org/p> "a <x> ." .\n<http://example.org/Q1> <http://example.org/p> "c <x> ." .\n');
    expect(byGraph.get(G(2))).toBe('<http://example.org/Q2> <http://example.org/p> "b <x> ." .\n');
    expect([...byGraph.keys()]).toEqual([G(1), G(2)]);
  });
});

describe('QuadBatcher over a long run', () => {
  it('keeps none of the text it was given once its batches have gone (only which graphs it met)', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const batcher = new QuadBatcher(1, async () => {});
    const filler = 'x'.repeat(40_000);
    gc();
    const before = process.memoryUsage().heapUsed;
    // 2,000 writes of ~40 KB each (80 MB in all), each its own string, as the pipeline's are.
    for (let n = 1; n <= 2_000; n += 1) await batcher.write(entity(n, `${n}${filler}`));
    await batcher.end();
    gc();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(16 * 2 ** 20);
  });

  it('tells a graph met again from a new one, across batches, for any IRI', async () => {
    const other = (o: string): string => `<s> <p> "${o}" <urn:graph:007> .\n`;
    const got = await batches([entity(7, 'a'), other('b'), entity(7, 'c'), other('d'), entity(8, 'e')], 1);
    expect(got.map((b) => [...b.graphs.values()].map((g) => g.mode))).toEqual([['replace'], ['replace'], ['add'], ['add'], ['replace']]);
  });
});
