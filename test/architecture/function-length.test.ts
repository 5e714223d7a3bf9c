// Commands stay thin shells over their kernels: no function in src/cli/ runs over 60 lines, measured with the
// TypeScript parser (every function, method, arrow function and accessor, from its first line to its last).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const MAX_LINES = 60;

interface Measured {
  readonly where: string;
  readonly lines: number;
}

/** Every function-like node of a source text, with its length in lines. */
function functionLengths(file: string, text: string): Measured[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Measured[] = [];
  const line = (pos: number): number => source.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const first = line(node.getStart(source));
      const name = node.name !== undefined && ts.isIdentifier(node.name) ? node.name.text : ts.SyntaxKind[node.kind];
      found.push({ where: `${file}:${first} ${name}`, lines: line(node.getEnd()) - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the commands (src/cli/)', () => {
  it(`have no function over ${MAX_LINES} lines`, () => {
    const dir = join(root, 'src/cli');
    const files = readdirSync(dir).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    const measured = files.flatMap((name) => functionLengths(relative(root, join(dir, name)), readFileSync(join(dir, name), 'utf8')));
    expect(measured.length).toBeGreaterThan(50);
    expect(measured.filter((m) => m.lines > MAX_LINES).map((m) => `${m.where}: ${m.lines} lines`)).toEqual([]);
  });

  it('the measure sees functions, methods and arrows, nested or not', () => {
    const body = (n: number): string => Array.from({ length: n }, (_, i) => `  const x${i} = ${i};`).join('\n');
    const text = `function a() {\n${body(3)}\n}\nclass B {\n  m() {\n${body(70)}\n  }\n}\nconst c = () => {\n  const d = function () {\n${body(1)}\n  };\n};\n`;
    const lengths = functionLengths('x.ts', text).map((m) => [m.where, m.lines]);
    expect(lengths).toEqual([
      ['x.ts:1 a', 5],
      ['x.ts:7 m', 72],
      ['x.ts:80 ArrowFunction', 5],
      ['x.ts:81 FunctionExpression', 3],
    ]);
  });
});
