// The built `wbimport` command run as a user runs it: help, formats, stdin, output files, exit codes, determinism.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runBuilt } from '../support/run-cli.js';

const SEEDS = 'fixtures/seeds/input.ndjson';

describe('wbimport --help', () => {
  it('lists the commands, and every command shows examples', async () => {
    const top = await runBuilt(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('convert');
    const convert = await runBuilt(['convert', '--help']);
    expect(convert.code).toBe(0);
    expect(convert.stdout).toContain('Examples:');
    expect(convert.stdout.replace(/\s+/gu, ' ')).toContain('(choices: "json", "ndjson", "turtle", "ntriples", "nquads", "trig"');
  });

  it('prints the version', async () => {
    const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect((await runBuilt(['--version'])).stdout.trim()).toBe(version);
  });
});

describe('wbimport convert', () => {
  it.each(['json', 'ndjson', 'turtle', 'ntriples'])('writes byte-identical %s on every run', async (format) => {
    const a = await runBuilt(['convert', SEEDS, 'fixtures/terms-table/input.txt', '--to', format]);
    const b = await runBuilt(['convert', SEEDS, 'fixtures/terms-table/input.txt', '--to', format]);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout.length).toBeGreaterThan(1000);
    expect(b.stdout).toBe(a.stdout);
  });

  it('recognises NDJSON page records on standard input without a flag', async () => {
    const fromFile = await runBuilt(['convert', SEEDS]);
    const fromStdin = await runBuilt(['convert', '-'], readFileSync(join(REPO, SEEDS), 'utf8'));
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('writes to --output and keeps stdout for data only', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'wbimport-')), 'out.nt');
    const result = await runBuilt(['convert', SEEDS, '--to', 'ntriples', '--output', path]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(path, 'utf8')).toContain('<https://linkedopendata.eu/prop/direct/P835>');
    expect(result.stderr).toMatch(/^wbimport: 2 pages, 1 entity, 8 statements, 0 errors, 0 warnings\n$/u);
  });

  it('reports invalid input with file and line, converts the rest, and exits 1', async () => {
    const result = await runBuilt(['convert', 'fixtures/malformed-truncated/input.txt', SEEDS]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('fixtures/malformed-truncated/input.txt:22:1: error statement-unclosed:');
    const entities = (JSON.parse(result.stdout) as { entities: Record<string, unknown> }).entities;
    expect(Object.keys(entities)).toEqual(['Q4295133']);
  });

  it('stops at the first error with --fail-fast', async () => {
    const result = await runBuilt(['convert', 'fixtures/malformed-unknown-values/input.txt', '--fail-fast', '--to', 'ndjson']);
    expect(result.code).toBe(1);
    expect(result.stderr.match(/ error /gu)).toHaveLength(1);
    expect(result.stdout).toBe('');
  });

  it.each([
    [['convert', SEEDS, '--to', 'rdfxml'], /argument 'rdfxml' is invalid/u],
    [['convert', 'no/such/file.txt'], /no\/such\/file\.txt:1:1: error input-unreadable/u],
    [['convert', 'a.txt', 'b.txt', '--url', 'https://kohesio.eu/it/progetti/Q1'], /--url, --item and --language describe one page/u],
    [['convert', SEEDS, '--profile', 'no-such-profile'], /cannot read profile/u],
    [['convert', SEEDS, '--revision', 'abc'], /--revision expects a whole number from 1, got "abc"/u],
    [['frobnicate'], /unknown command 'frobnicate'/u],
  ])('exits 2 on a usage error or unreadable input: %j', async (args, message) => {
    const result = await runBuilt(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('reads directories recursively, in name order, and reports the files it skips', async () => {
    const root = mkdtempSync(join(tmpdir(), 'wbimport-dir-'));
    mkdirSync(join(root, 'b', 'nested'), { recursive: true });
    copyFileSync(join(REPO, 'fixtures/terms-table/input.txt'), join(root, 'b', 'nested', 'page.txt'));
    copyFileSync(join(REPO, 'fixtures/wikibase-json-non-euro/input.json'), join(root, 'b', 'dump.json'));
    copyFileSync(join(REPO, 'fixtures/seeds/input.ndjson'), join(root, 'a.ndjson'));
    writeFileSync(join(root, 'notes.md'), '# not a page\n');
    const result = await runBuilt(['convert', root, '--to', 'ndjson', '--diagnostics', 'json']);
    expect(result.code, result.stderr).toBe(0);
    // In input order: an entity built from pages as soon as its last page is read (a.ndjson holds both of Q4295133's).
    const ids = result.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(['Q4295133', 'Q2525567', 'Q9000003']);
    const skipped = result.stderr.split('\n').filter((l) => l.startsWith('{"code":"file-skipped"'));
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toContain('notes.md');
  });

  it('writes the revision and modification time into the RDF dataset node', async () => {
    const result = await runBuilt(['convert', SEEDS, '--to', 'ntriples', '--revision', '42', '--modified', '2013-10-04T03:31:05Z']);
    expect(result.stdout).toContain(
      '<https://linkedopendata.eu/wiki/Special:EntityData/Q4295133> <http://schema.org/version> "42"^^<http://www.w3.org/2001/XMLSchema#integer> .',
    );
    expect(result.stdout).toContain('"2013-10-04T03:31:05Z"^^<http://www.w3.org/2001/XMLSchema#dateTime>');
  });
});
