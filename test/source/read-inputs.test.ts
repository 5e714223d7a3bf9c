// readInputs: files, directories (walk order), standard input and NDJSON, with BOM, CRLF, empty and missing inputs.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, type ReadOptions, type SourceItem } from '../../src/source/index.js';

let dir = '';
const at = (...parts: string[]): string => join(dir, ...parts);

function write(relative: string, content: string | Buffer): string {
  const path = at(relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

async function collect(inputs: readonly string[], options: ReadOptions = {}): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readInputs(inputs, options)) items.push(item);
  return items;
}

/** Each item as [file, line, code or "page"], the shape most tests compare. */
const outline = (items: SourceItem[]): [string, number, string][] =>
  items.map((i) =>
    'page' in i
      ? [i.page.file, i.page.line, 'page']
      : 'entity' in i
        ? [i.entity.file, i.entity.line, 'entity']
        : [i.diagnostic.span?.file ?? '', i.diagnostic.span?.line ?? 0, i.diagnostic.code],
  );

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wbimport-read-inputs-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('readInputs: plain files', () => {
  it('reads a file as one page starting at line 1', async () => {
    const path = write('plain.txt', 'L (Q1)\nStatements\n');
    expect(await collect([path])).toEqual([{ page: { text: 'L (Q1)\nStatements', file: path, line: 1, inRecord: false } }]);
  });

  it('gives the page the address it was told, when a single file is read', async () => {
    const path = write('with-url.txt', 'Riassunto.');
    const [item] = await collect([path], { facts: { url: 'https://kohesio.eu/it/progetti/Q1' } });
    expect(item).toEqual({ page: expect.objectContaining({ url: 'https://kohesio.eu/it/progetti/Q1' }) });
  });

  it.each<[string, string | Buffer, string]>([
    ['a byte-order mark is dropped', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('L (Q1)\nx', 'utf8')]), 'L (Q1)\nx'],
    ['CRLF line ends become LF', 'L (Q1)\r\nStatements\r\n1 Euro\r\n', 'L (Q1)\nStatements\n1 Euro'],
    ['a last line without a line break is kept', 'a\nb', 'a\nb'],
    ['a lone CR inside a line is kept', 'a\rb\n', 'a\rb'],
    ['blank lines inside the page are kept', 'a\n\n\nb\n', 'a\n\n\nb'],
    ['UTF-8 text is decoded', 'Območja čezmejnega (Q1)\n', 'Območja čezmejnega (Q1)'],
  ])('%s', async (name, content, text) => {
    const path = write(`text-${name.replace(/\W+/g, '-')}.txt`, content);
    expect(await collect([path])).toEqual([{ page: { text, file: path, line: 1, inRecord: false } }]);
  });

  it.each<[string, string]>([
    ['an empty file', ''],
    ['a file of blank lines', '\n  \n\t\n'],
    ['a file holding only a byte-order mark', '\ufeff'],
  ])('reports %s as input-empty', async (name, content) => {
    const path = write(`empty-${name.replace(/\W+/g, '-')}.txt`, content);
    expect(await collect([path])).toEqual([{ diagnostic: { code: 'input-empty', severity: 'error', span: { file: path, line: 1, column: 1 } } }]);
  });

  it('reports a missing path as input-unreadable and goes on with the next input', async () => {
    const missing = at('no-such-file.txt');
    const next = write('after-missing.txt', 'x');
    const items = await collect([missing, next]);
    expect(outline(items)).toEqual([
      [missing, 1, 'input-unreadable'],
      [next, 1, 'page'],
    ]);
    const first = items[0];
    expect(first !== undefined && 'diagnostic' in first && 'reason' in first.diagnostic ? first.diagnostic.reason : '').toContain(missing);
  });

  it('reads inputs in the order given', async () => {
    const b = write('order/b.txt', 'b');
    const a = write('order/a.txt', 'a');
    expect(outline(await collect([b, a]))).toEqual([
      [b, 1, 'page'],
      [a, 1, 'page'],
    ]);
  });
});

describe('readInputs: NDJSON', () => {
  const record = (url: string, text: string): string => JSON.stringify({ url, text });

  it('reads every line as a page or a diagnostic, a bad line in the middle included', async () => {
    const path = write(
      'records.ndjson',
      [
        record('https://kohesio.eu/it/progetti/Q1', 'Riassunto uno'),
        '{"url": "https://kohesio.eu/it/progetti/Q2", "text": "unterminated',
        '',
        '{"url": "https://kohesio.eu/it/progetti/Q3"}',
        record('https://kohesio.eu/it/progetti/Q4', 'Riassunto\nquattro'),
        '   ',
        JSON.stringify({ text: 'senza indirizzo' }),
      ].join('\n'),
    );
    const items = await collect([path]);
    expect(outline(items)).toEqual([
      [path, 1, 'page'],
      [path, 2, 'ndjson-invalid'],
      [path, 4, 'ndjson-invalid'],
      [path, 5, 'page'],
      [path, 7, 'page'],
    ]);
    expect(items[3]).toEqual({ page: { text: 'Riassunto\nquattro', file: path, line: 5, inRecord: true, url: 'https://kohesio.eu/it/progetti/Q4' } });
    expect(items[4]).toEqual({ page: { text: 'senza indirizzo', file: path, line: 7, inRecord: true } });
  });

  it('recognises records after a byte-order mark and with CRLF line ends', async () => {
    const path = write('bom-crlf.ndjson', `\ufeff${record('https://kohesio.eu/it/progetti/Q1', 'uno')}\r\n${record('https://kohesio.eu/it/progetti/Q2', 'due')}\r\n`);
    const items = await collect([path]);
    expect(items.map((i) => ('page' in i ? [i.page.line, i.page.text, i.page.url] : 'diagnostic' in i ? i.diagnostic.code : 'entity'))).toEqual([
      [1, 'uno', 'https://kohesio.eu/it/progetti/Q1'],
      [2, 'due', 'https://kohesio.eu/it/progetti/Q2'],
    ]);
  });

  it('does not give record pages the address meant for a single plain page', async () => {
    const path = write('no-url.ndjson', JSON.stringify({ text: 'uno' }));
    const [item] = await collect([path], { facts: { url: 'https://kohesio.eu/it/progetti/Q9' } });
    expect(item).toEqual({ page: { text: 'uno', file: path, line: 1, inRecord: true } });
  });

  it('reads a file whose first line is no record as one plain page, JSON lines and all', async () => {
    const path = write('not-records.txt', `Summary\n${JSON.stringify({ text: 'x' })}`);
    expect(outline(await collect([path]))).toEqual([[path, 1, 'page']]);
  });
});

describe('readInputs: directories', () => {
  it('walks depth first in name order, skipping dotfiles and dot-directories', async () => {
    const root = at('walk');
    for (const name of ['b.txt', 'a.txt', 'Z.txt', 'sub/c.txt', 'sub/a.txt', 'a b.txt', 'a-c.txt', '.hidden.txt', '.git/config', 'sub/.x', 'zz/deep/er/y.txt', '10.txt', '9.txt']) {
      write(join('walk', name), name);
    }
    mkdirSync(at('walk', 'empty-dir'));
    const files = outline(await collect([root])).map(([file]) => file.slice(root.length + 1));
    expect(files).toEqual(['10.txt', '9.txt', 'Z.txt', 'a b.txt', 'a-c.txt', 'a.txt', 'b.txt', join('sub', 'a.txt'), join('sub', 'c.txt'), join('zz', 'deep', 'er', 'y.txt')]);
  });

  it('reads only input files (.txt, .text, .html, .ndjson, .jsonl, .json) in a directory, noting each file it skips', async () => {
    const root = at('kinds');
    for (const name of ['a.TXT', 'b.md', 'c.ndjson', 'd.jsonl', 'e.text', 'f.json', 'g', 'h.html']) write(join('kinds', name), '{"text":"x"}');
    const items = await collect([root]);
    expect(outline(items).map(([file, , kind]) => [file.slice(root.length + 1), kind])).toEqual([
      ['a.TXT', 'page'],
      ['b.md', 'file-skipped'],
      ['c.ndjson', 'page'],
      ['d.jsonl', 'page'],
      ['e.text', 'page'],
      ['f.json', 'page'],
      ['g', 'file-skipped'],
      ['h.html', 'page'],
    ]);
    expect(items.filter((i) => 'diagnostic' in i).map((i) => ('diagnostic' in i ? i.diagnostic.severity : ''))).toEqual(['info', 'info']);
  });

  it('reads a named file whatever its extension', async () => {
    const path = write('named.md', 'x');
    expect(outline(await collect([path]))).toEqual([[path, 1, 'page']]);
  });

  it('reports an empty file inside a directory and goes on', async () => {
    const root = at('with-empty');
    write(join('with-empty', 'a.txt'), '');
    write(join('with-empty', 'b.txt'), 'b');
    expect(outline(await collect([root])).map(([file, , kind]) => [file.slice(root.length + 1), kind])).toEqual([
      ['a.txt', 'input-empty'],
      ['b.txt', 'page'],
    ]);
  });

  it('does not give the pages of a directory the single-page address', async () => {
    const root = at('dir-url');
    write(join('dir-url', 'a.txt'), 'a');
    const [item] = await collect([root], { facts: { url: 'https://kohesio.eu/it/progetti/Q9' } });
    expect(item !== undefined && 'page' in item ? item.page.url : 'none').toBeUndefined();
  });

  it('yields nothing for an empty directory', async () => {
    mkdirSync(at('nothing'));
    expect(await collect([at('nothing')])).toEqual([]);
  });

  // The walk's doc promises code-point order, but `<` on strings compares UTF-16 code units: a name with a
  // character beyond U+FFFF (a surrogate pair, D800–DFFF) sorts before one with a character in E000–FFFF.
  it('orders names by code point, as documented', async () => {
    const root = at('astral');
    write(join('astral', '\u{1F600}.txt'), 'emoji');
    write(join('astral', '\uFF01.txt'), 'fullwidth');
    const files = outline(await collect([root])).map(([file]) => file.slice(root.length + 1));
    expect(files).toEqual(['\uFF01.txt', '\u{1F600}.txt']);
  });
});

describe('readInputs: standard input', () => {
  it('reads "-" from the given stream, as file "-", with the address it was told', async () => {
    const items = await collect(['-'], { stdin: Readable.from(['L (Q1)\n', 'Statements\n']), facts: { url: 'https://linkedopendata.eu/entity/Q1' } });
    expect(items).toEqual([{ page: { text: 'L (Q1)\nStatements', file: '-', line: 1, inRecord: false, url: 'https://linkedopendata.eu/entity/Q1' } }]);
  });

  it('joins a CRLF split across chunks and drops a BOM in the first chunk', async () => {
    const items = await collect(['-'], { stdin: Readable.from(['\ufeffa\r', '\nb', '\r\n']) });
    expect(items).toEqual([{ page: { text: 'a\nb', file: '-', line: 1, inRecord: false } }]);
  });

  it('reads NDJSON records from standard input', async () => {
    const items = await collect(['-'], { stdin: Readable.from(['{"text":"uno"}\n{"te', 'xt":"due"}\n']) });
    expect(items.map((i) => ('page' in i ? [i.page.file, i.page.line, i.page.text] : 'diagnostic' in i ? i.diagnostic.code : 'entity'))).toEqual([
      ['-', 1, 'uno'],
      ['-', 2, 'due'],
    ]);
  });

  it('reports empty standard input as input-empty', async () => {
    expect(outline(await collect(['-'], { stdin: Readable.from([]) }))).toEqual([['-', 1, 'input-empty']]);
  });

  it('reads `-` from the stream it is given, never from the process: without one it says so', async () => {
    expect(outline(await collect(['-']))).toEqual([['-', 1, 'input-unreadable']]);
  });
});
