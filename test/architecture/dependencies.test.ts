// The architecture as a test: dependency-cruiser checks .dependency-cruiser.cjs's rules (no cycles, no I/O and no
// edges in the pure stages) over src/, and its graph shows no cycle between folders; the TypeScript parser checks
// what the tool cannot see, the `process` global and `import.meta` in the pure stages.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { cruise, type ICruiseOptions, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
/** The pure stages, as the rule file names them. */
const PURE = ['parse', 'interpret', 'merge', 'check', 'emit', 'model', 'hash', 'locale', 'resolve', 'render', 'diagnostics', 'profile'];

async function cruiseSrc(baseDir: string, withTsConfig: boolean): Promise<ICruiseResult> {
  const options = (await extractDepcruiseOptions(join(root, '.dependency-cruiser.cjs'))) as ICruiseOptions;
  const tsConfig = withTsConfig ? extractTSConfig(join(root, 'tsconfig.json')) : undefined;
  // The rules' paths are relative to the directory cruised from.
  const run = { ...options, baseDir, ...(withTsConfig ? {} : { tsConfig: undefined }) } as ICruiseOptions;
  const result = await cruise(['src'], run, undefined, tsConfig === undefined ? undefined : { tsConfig });
  if (typeof result.output === 'string') throw new Error(result.output);
  return result.output;
}

function violations(result: ICruiseResult): string[] {
  return result.summary.violations.map((v: IViolation) => {
    const path = v.cycle === undefined ? `${v.from} → ${v.to}` : [v.from, ...v.cycle.map((c) => c.name)].join(' → ');
    return `${v.rule.name}: ${path}`;
  });
}

/**
 * Import cycles between the folders of src/ (layers): the tool sees cycles between modules, and a layer cycle can
 * run through modules that are each acyclic (profile/x → parse/y, parse/z → profile/w). One line per edge on a cycle.
 */
function layerCycles(result: ICruiseResult): string[] {
  const layer = (path: string): string | undefined => /^src\/([^/]+)\//u.exec(path)?.[1];
  const edges = new Map<string, Map<string, string>>();
  for (const module of result.modules) {
    const from = layer(module.source);
    if (from === undefined) continue;
    for (const dependency of module.dependencies) {
      const to = layer(dependency.resolved);
      if (to === undefined || to === from) continue;
      const out = edges.get(from) ?? new Map<string, string>();
      if (!out.has(to)) out.set(to, `${module.source} → ${dependency.resolved}`);
      edges.set(from, out);
    }
  }
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean => {
    if (from === to) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    return [...(edges.get(from)?.keys() ?? [])].some((next) => reaches(next, to, seen));
  };
  return [...edges].flatMap(([from, out]) => [...out].filter(([to]) => reaches(to, from)).map(([to, via]) => `${from} → ${to} (${via})`)).sort();
}

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));

/** Where a file reads the `process` global or `import.meta` (a module finding files beside itself). */
function hiddenIo(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node): string => `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword) found.push(`${at(node)} import.meta`);
    if (ts.isIdentifier(node) && node.text === 'process') {
      const parent = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) &&
          parent.name === node) ||
        ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isFunctionDeclaration(parent) || ts.isBindingElement(parent)) &&
          parent.name === node);
      if (!isName) found.push(`${at(node)} process`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the dependency rules (.dependency-cruiser.cjs)', () => {
  it('hold over src/: no cycle, no I/O module and no edge imported by a pure stage', { timeout: 60_000 }, async () => {
    const result = await cruiseSrc(root, true);
    expect(violations(result)).toEqual([]);
    expect(result.summary.totalCruised).toBeGreaterThan(200);
    // …nor a cycle between the folders of src/, which are the layers.
    expect(layerCycles(result)).toEqual([]);
  });

  describe('catch what they are for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wbimport-depcruise-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const write = (path: string, text: string): void => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    write('src/parse/a.ts', "import type { B } from './b.js';\nimport { readFileSync } from 'node:fs';\nexport type A = B | string;\nexport const r = readFileSync;\n");
    write('src/parse/b.ts', "import type { A } from './a.js';\nexport type B = A[];\n");
    write('src/render/c.ts', "import { spawn } from 'child_process';\nimport { x } from '../source/d.js';\nexport const c = [spawn, x];\n");
    write('src/source/d.ts', 'export const x = 1;\n');
    write('src/input/e.ts', "import { x } from '../source/d.js';\nexport const e = x;\n");
    write('src/model/f.ts', "import type { G } from '../hash/g.js';\nexport type F = G;\n");
    write('src/hash/g.ts', 'export type G = string;\n');
    write('src/hash/h.ts', "import type { I } from '../model/i.js';\nexport type H = I;\n");
    write('src/net/j.ts', "import type { K } from '../load/k.js';\nexport type J = K;\n");
    write('src/load/k.ts', 'export type K = string;\n');
    write('src/merge/l.ts', "import type { J } from '../net/j.js';\nexport type L = J;\n");
    write('src/model/i.ts', 'export type I = number;\n');

    it('a type-only cycle, node:fs and child_process in a pure stage, a pure stage on an edge, input/ or net/ importing, a layer cycle', async () => {
      const result = await cruiseSrc(dir, false);
      const found = violations(result);
      expect(found).toContain('no-io-in-pure-stages: src/parse/a.ts → fs');
      expect(found).toContain('no-io-in-pure-stages: src/render/c.ts → child_process');
      expect(found).toContain('no-edges-in-pure-stages: src/render/c.ts → src/source/d.ts');
      expect(found).toContain('input-is-a-leaf: src/input/e.ts → src/source/d.ts');
      expect(found).toContain('net-is-below-the-sinks: src/net/j.ts → src/load/k.ts');
      expect(found).toContain('no-edges-in-pure-stages: src/merge/l.ts → src/net/j.ts');
      expect(found.some((v) => v.startsWith('no-cycle: src/parse/'))).toBe(true);
      expect(layerCycles(result)).toEqual(['hash → model (src/hash/h.ts → src/model/i.ts)', 'model → hash (src/model/f.ts → src/hash/g.ts)']);
    });
  });
});

describe('the pure stages', () => {
  it('neither read the process global nor find files beside themselves (import.meta)', () => {
    const files = PURE.flatMap((stage) => sources(join(root, 'src', stage)));
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap(hiddenIo)).toEqual([]);
  });

  it('the check sees `process` and `import.meta` where they are', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wbimport-process-'));
    try {
      const file = join(dir, 'x.ts');
      writeFileSync(file, "const o = { process: 1 };\nexport const a = o.process;\nexport const b = process.env['X'];\nexport const u = import.meta.url;\n");
      expect(hiddenIo(file).map((f) => f.replace(/^.*x\.ts:/u, ''))).toEqual(['3 process', '4 import.meta']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
