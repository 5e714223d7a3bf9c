// The --datatypes file read through its zod schema: a good file is a table, every malformed one a clear error naming the file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatatypesFileError, parseDatatypes, readDatatypesFile } from '../../src/files/index.js';
import { runInProcess } from '../support/run-cli.js';

describe('parseDatatypes', () => {
  it('reads property ids to datatypes, stock or not', () => {
    expect(parseDatatypes('{"P31": "wikibase-item", "P2": "localMedia"}', 'd.json')).toEqual({ P31: 'wikibase-item', P2: 'localMedia' });
  });

  it.each<[string, string, string]>([
    ['not JSON', '{"P31": ', 'not JSON'],
    ['a list', '["P31"]', 'expected record'],
    ['null', 'null', 'expected record'],
    ['an item id as a key', '{"Q31": "wikibase-item"}', '"Q31" is not a property id'],
    ['a number as a datatype', '{"P31": 5}', 'at "P31"'],
    ['an empty datatype', '{"P31": ""}', 'at "P31"'],
  ])('refuses %s, naming the file and the place', (_, text, detail) => {
    expect(() => parseDatatypes(text, 'dir/d.json')).toThrow(DatatypesFileError);
    expect(() => parseDatatypes(text, 'dir/d.json')).toThrow(/^dir\/d\.json: /u);
    expect(() => parseDatatypes(text, 'dir/d.json')).toThrow(detail);
  });

  it('says when the file cannot be read', async () => {
    await expect(readDatatypesFile('/nonexistent/d.json')).rejects.toThrow(/cannot read \/nonexistent\/d\.json/u);
  });
});

describe('convert --datatypes', () => {
  it('stops with a usage error naming the file, not a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wbimport-datatypes-'));
    const file = join(dir, 'datatypes.json');
    writeFileSync(file, '{"P31": ["wikibase-item"]}');
    const input = join(dir, 'entities.ndjson');
    writeFileSync(input, '');
    const result = await runInProcess(['convert', input, '--to', 'ntriples', '--datatypes', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--datatypes ${file}: at "P31"`);
  });
});
