// The generic emitter of the streaming formats: head, chunks with separators, tail, and a slow stream holding it back.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { chunkEmitter, type ChunkSerializerFactory } from '../../src/emit/index.js';
import type { Item } from '../../src/model/index.js';

const item = (id: `Q${number}`): Item => ({ type: 'item', id });

const bracketed: ChunkSerializerFactory = () => ({
  head: '[',
  separator: ', ',
  tail: ']\n',
  entity: (i) => i.id ?? '?',
});

/** A stream that keeps what it is given and calls back only when told to, so its buffer fills. */
class SlowSink extends Writable {
  text = '';
  readonly pending: (() => void)[] = [];
  constructor() {
    super({ highWaterMark: 4, decodeStrings: false });
  }
  override _write(chunk: string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.text += chunk;
    this.pending.push(() => done());
  }
  release(): void {
    for (const done of this.pending.splice(0)) done();
  }
}

class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

const options = { rdf: { conceptUriBase: 'http://x/entity/', dataUriBase: 'http://x/data/', datatypes: {} }, onDiagnostic: () => {} };

describe('chunkEmitter', () => {
  it.each<[string, Item[], string]>([
    ['no entity: head and tail', [], '[]\n'],
    ['one entity: no separator', [item('Q1')], '[Q1]\n'],
    ['three entities: separators between them', [item('Q1'), item('Q2'), item('Q3')], '[Q1, Q2, Q3]\n'],
  ])('%s', async (_, items, expected) => {
    const out = new Collect();
    const emitter = chunkEmitter(bracketed)({ ...options, out });
    for (const i of items) await emitter.write(i);
    await emitter.end();
    expect(out.text).toBe(expected);
    const s = bracketed(options);
    expect(s.head + items.map((i) => s.entity(i)).join(s.separator) + s.tail).toBe(expected);
  });

  it('waits for a full stream to drain before taking the next entity', async () => {
    const out = new SlowSink();
    const emitter = chunkEmitter(bracketed)({ ...options, out });
    let resolved = false;
    const written = emitter.write(item('Q1234567')).then(() => {
      resolved = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(resolved).toBe(false);
    out.release();
    await new Promise((resolve) => setImmediate(resolve));
    out.release();
    await written;
    expect(resolved).toBe(true);
    expect(out.text).toBe('[Q1234567');
  });
});
