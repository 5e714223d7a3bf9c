// The QuickStatements emitters: streaming V1 with backpressure, CSV written at end(), and the format-limit diagnostics they send.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isCheckDiagnostic, type Diagnostic } from '../../src/diagnostics/index.js';
import type { EmitterFactory } from '../../src/emit/index.js';
import { quickStatementsCsvEmitter, quickStatementsEmitter } from '../../src/emit/quickstatements/index.js';
import type { Item } from '../../src/model/index.js';
import { ENTITY, quantity, statement } from '../support/builders.js';

const rdf = { conceptUriBase: ENTITY, dataUriBase: 'https://linkedopendata.eu/wiki/Special:EntityData/', datatypes: {} };

function setup(create: EmitterFactory, out = new PassThrough()): { out: PassThrough; diagnostics: Diagnostic[]; text: () => string; emitter: ReturnType<EmitterFactory> } {
  const chunks: string[] = [];
  out.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const diagnostics: Diagnostic[] = [];
  const emitter = create({ out, rdf, onDiagnostic: (d) => diagnostics.push(d) });
  return { out, diagnostics, text: () => chunks.join(''), emitter };
}

const existing: Item = { type: 'item', id: 'Q7', claims: { P835: [statement('P835', quantity('+1'), { rank: 'preferred' })] } };
const created: Item = { type: 'item', labels: { en: { language: 'en', value: 'new' } } };

describe('a property (QuickStatements edits items)', () => {
  it.each([quickStatementsEmitter, quickStatementsCsvEmitter])('is reported and left out', async (create) => {
    const { emitter, text, diagnostics } = setup(create);
    await emitter.write({ type: 'property', datatype: 'string', id: 'P9', labels: { en: { language: 'en', value: 'p' } } });
    await emitter.write(existing);
    await emitter.end();
    expect(text()).not.toContain('P9');
    expect(text()).toContain('Q7');
    expect(diagnostics.filter((d) => 'item' in d && d.item === 'P9')).toMatchObject([{ code: 'format-limit', detail: 'a property (it is left out)' }]);
  });
});

describe('quickStatementsEmitter (V1)', () => {
  it('writes items in the order given, a new one as CREATE and LAST', async () => {
    const { emitter, text } = setup(quickStatementsEmitter);
    await emitter.write(existing);
    await emitter.write(created);
    await emitter.end();
    expect(text()).toBe('Q7\tP835\t1U226\nCREATE\nLAST\tLen\t"new"\n');
  });

  it('is byte-identical run after run', async () => {
    const run = async (): Promise<string> => {
      const { emitter, text } = setup(quickStatementsEmitter);
      for (const item of [existing, created, existing]) await emitter.write(item);
      await emitter.end();
      return text();
    };
    expect(await run()).toBe(await run());
  });

  it('sends a format-limit per thing it cannot express, naming new items by their place', async () => {
    const { emitter, diagnostics } = setup(quickStatementsEmitter);
    await emitter.write(existing);
    await emitter.write({ type: 'item', labels: { en: { language: 'en', value: 'a\tb' } } });
    await emitter.end();
    expect(diagnostics).toEqual([
      { code: 'format-limit', severity: 'warning', format: 'quickstatements', item: 'Q7', detail: 'the preferred rank, in the P835 #1 statement; it is written with normal rank' },
      { code: 'format-limit', severity: 'warning', format: 'quickstatements', item: 'new item #2', detail: expect.stringContaining('the en label; the label is left out') as unknown as string },
    ]);
  });

  it('waits for drain when the stream is full', async () => {
    const out = new PassThrough({ highWaterMark: 4 });
    const { emitter } = setup(quickStatementsEmitter, out);
    out.pause();
    let done = false;
    const writing = emitter.write(existing).then(() => {
      done = true;
    });
    await new Promise((r) => setImmediate(r));
    expect(done).toBe(false);
    out.resume();
    await writing;
    expect(done).toBe(true);
  });
});

describe('quickStatementsCsvEmitter', () => {
  it('writes nothing until end(), then the header and every row', async () => {
    const { emitter, text, diagnostics } = setup(quickStatementsCsvEmitter);
    await emitter.write(existing);
    await emitter.write(created);
    await new Promise((r) => setImmediate(r));
    expect(text()).toBe('');
    await emitter.end();
    expect(text()).toBe('qid,Len,P835\r\nQ7,,1U226\r\n,new,\r\n');
    expect(diagnostics.map((d) => !isCheckDiagnostic(d) && d.code === 'format-limit' && [d.format, d.item])).toEqual([
      ['quickstatements-csv', 'Q7'],
      ['quickstatements-csv', 'Q7'],
    ]);
  });
});
