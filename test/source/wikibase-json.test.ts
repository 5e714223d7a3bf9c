// Reading Wikibase JSON documents: which form a document has, entities with their lines and JSON paths, errors.
import { describe, expect, it } from 'vitest';
import { looksLikeJson, readWikibaseJson, type JsonItem } from '../../src/source/index.js';
import type { NumberedLine } from '../../src/source/lines.js';

async function read(text: string): Promise<JsonItem[]> {
  const lines = text.split('\n').map((t, i): NumberedLine => ({ text: t, line: i + 1 }));
  const [first, ...rest] = lines;
  if (first === undefined) return [];
  async function* more(): AsyncGenerator<NumberedLine> {
    yield* rest;
  }
  const out: JsonItem[] = [];
  for await (const item of readWikibaseJson('in.json', first, more())) out.push(item);
  return out;
}

const outline = (items: JsonItem[]): [string, number, string][] =>
  items.map((i) => ('entity' in i ? ['entity', i.entity.line, i.entity.path] : [i.diagnostic.code, i.diagnostic.span?.line ?? 0, '']));

describe('looksLikeJson', () => {
  it.each([
    ['{"type":"item"}', true],
    ['  [', true],
    ['Title (Q1)', false],
    ['', false],
  ])('%j → %s', (line, expected) => expect(looksLikeJson(line)).toBe(expected));
});

describe('readWikibaseJson', () => {
  it('reads a dump one entity a line, with the line of each', async () => {
    const items = await read('[\n{"type":"item","id":"Q1"},\n\n{"type":"item","id":"Q2"}\n]');
    expect(outline(items)).toEqual([
      ['entity', 2, ''],
      ['entity', 4, ''],
    ]);
  });

  it('reports a broken dump line at its line and column and reads the lines after it', async () => {
    const items = await read('[\n{"type":"item","id":"Q1"},\n{"type":"item",,\n{"type":"item","id":"Q3"}\n]');
    expect(outline(items)).toEqual([
      ['entity', 2, ''],
      ['json-invalid', 3, ''],
      ['entity', 4, ''],
    ]);
    const error = items[1];
    expect(error !== undefined && 'diagnostic' in error ? error.diagnostic.span?.column : 0).toBe(16);
  });

  it('reads an envelope whole, naming each entity by its path and finding its line', async () => {
    const items = await read('{\n  "entities": {\n    "Q1": {"type": "item", "id": "Q1"},\n    "Q2": {"type": "item", "id": "Q2"}\n  }\n}');
    expect(outline(items)).toEqual([
      ['entity', 3, 'entities.Q1'],
      ['entity', 4, 'entities.Q2'],
    ]);
  });

  it('reads a pretty-printed array whole', async () => {
    const items = await read('[\n  {\n    "type": "item"\n  },\n  {\n    "type": "item"\n  }\n]');
    expect(outline(items)).toEqual([
      ['entity', 1, '[0]'],
      ['entity', 1, '[1]'],
    ]);
  });

  it('reads NDJSON, one document a line', async () => {
    const items = await read('{"type":"item","id":"Q1"}\n{"entities":{"Q2":{"type":"item","id":"Q2"}}}\n');
    expect(outline(items)).toEqual([
      ['entity', 1, ''],
      ['entity', 2, 'entities.Q2'],
    ]);
  });

  it('reports a document that is neither an entity, an envelope nor an array', async () => {
    expect(outline(await read('{"foo": 1}'))).toEqual([['json-unrecognised', 1, '']]);
  });

  it('reports a whole document that is not JSON at the line of the error', async () => {
    expect(outline(await read('{\n  "type": "item",\n  oops\n}'))).toEqual([['json-invalid', 3, '']]);
  });
});
