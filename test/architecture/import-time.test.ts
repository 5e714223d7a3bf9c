// Importing a module does no I/O: no top-level file reads, no top-level await (a model or a file read at import would
// cost every command and every worker thread, and tie a pure stage to the disk). Work is done on first use instead
// (src/util/memo.ts's lazy), and module-level caches live only behind that helper.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/run-cli.js';

const SRC = join(REPO, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Statements at the top level (not indented) that read files, talk to the process or wait. */
const AT_IMPORT = /^(?!\/\/|\/\*| )(?:export )?(?:(?:const|let|var) [^=]+= *)?(?:await |.*\b(?:readFileSync|readdirSync|statSync|existsSync|openSync|execSync|spawnSync)\()/u;
/** A module-level Map or WeakMap filled later is a cache: it belongs behind util/memo.ts. */
const MODULE_CACHE = /^(?:export )?(?:const|let) \w+(?:: [^=]+)? = new (?:Weak)?Map<[^>]+>\(\);/u;

describe('modules at import', () => {
  const files = sources(SRC).map((file) => ({ file: relative(REPO, file), lines: readFileSync(file, 'utf8').split('\n') }));

  it('read no files and await nothing', () => {
    const found = files.flatMap(({ file, lines }) => lines.flatMap((line, i) => (AT_IMPORT.test(line) ? [`${file}:${i + 1}: ${line}`] : [])));
    expect(found).toEqual([]);
  });

  it('keep no cache of their own outside util/memo.ts', () => {
    const found = files
      .filter(({ file }) => file !== join('src', 'util', 'memo.ts'))
      .flatMap(({ file, lines }) => lines.flatMap((line, i) => (MODULE_CACHE.test(line) ? [`${file}:${i + 1}: ${line}`] : [])));
    expect(found).toEqual([]);
  });
});
