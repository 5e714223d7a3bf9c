// The packages only some commands use are loaded on first use, through src/util/packages.ts: a value import of one
// anywhere else would load it for `convert` and every worker thread (oxigraph alone is about 20 MB; issue 15).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/run-cli.js';

const SRC = join(REPO, 'src');
const OPTIONAL = ['oxigraph', 'cli-progress', 'csv-parse'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** `import … from 'pkg'` or `import('pkg')` that is not `import type`. */
function valueImports(text: string, pkg: string): boolean {
  const from = new RegExp(String.raw`^import (?!type )[^;]*from '${pkg}(?:/[^']*)?';`, 'mu');
  const dynamic = new RegExp(String.raw`import\('${pkg}(?:/[^']*)?'\)`, 'u');
  return from.test(text) || dynamic.test(text);
}

describe('optional packages', () => {
  it('are imported as values only by util/packages.ts', () => {
    const found = sources(SRC)
      .filter((file) => relative(SRC, file) !== join('util', 'packages.ts'))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return OPTIONAL.filter((pkg) => valueImports(text, pkg)).map((pkg) => `${relative(REPO, file)}: ${pkg}`);
      });
    expect(found).toEqual([]);
  });

  it('are each loaded by util/packages.ts', () => {
    const text = readFileSync(join(SRC, 'util', 'packages.ts'), 'utf8');
    for (const pkg of OPTIONAL) expect(text).toMatch(new RegExp(String.raw`require\('${pkg}`, 'u'));
  });
});
