// What a worker thread loads before its first page: every thread pays for each module its entry imports statically,
// so the packages only some pages need (the HTML parser, n3's quads) are imported where those pages are met.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/** The module specifiers a file imports or re-exports for their values (type-only imports and `import()` aside). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const out: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.every((e) => e.isTypeOnly)));
      if (!onlyTypes && ts.isStringLiteral(statement.moduleSpecifier)) out.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier !== undefined && ts.isStringLiteral(statement.moduleSpecifier)) {
      out.push(statement.moduleSpecifier.text);
    }
  }
  return out;
}

/** Every src/ module and package the entry loads at its start, each package with the module that imports it. */
function staticGraph(entry: string): { modules: Set<string>; packages: Map<string, string> } {
  const modules = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string): void => {
    if (modules.has(file)) return;
    modules.add(file);
    for (const specifier of valueImports(file)) {
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier.replace(/\.js$/u, '.ts'));
        if (existsSync(target)) visit(target);
      } else if (!specifier.startsWith('node:')) {
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] as string);
        if (!packages.has(name)) packages.set(name, relative(root, file));
      }
    }
  };
  visit(entry);
  return { modules, packages };
}

describe('a worker thread', () => {
  const { modules, packages } = staticGraph(join(root, 'src/pipeline/worker.ts'));

  it('imports no HTML parser and no n3 before a page needs them', () => {
    const unwanted = ['htmlparser2', 'domhandler', 'entities', 'n3'].filter((name) => packages.has(name)).map((name) => `${name} (from ${packages.get(name)})`);
    expect(unwanted).toEqual([]);
  });

  it('still reaches its own modules (the graph is read)', () => {
    expect(modules.size).toBeGreaterThan(50);
    expect(packages.has('zod')).toBe(true);
  });
});
