// staleBuild: a checkout whose src/ is newer than dist/'s build stamp is refused (cheaply, by modification times);
// an installed package (no src/) never is. The built command stops with exit 2 before loading the rest of dist/.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staleBuild } from '../../src/pipeline/build-freshness.js';
import { REPO } from '../support/run-cli.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A tree with files at the given times (seconds since the epoch). */
function tree(files: Readonly<Record<string, number>>): string {
  const root = mkdtempSync(join(tmpdir(), 'wbimport-stamp-'));
  roots.push(root);
  for (const [file, time] of Object.entries(files)) {
    const path = join(root, file);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, '');
    utimesSync(path, time, time);
  }
  return root;
}

describe('staleBuild', () => {
  it.each<[string, Record<string, number>, string | null]>([
    ['a build newer than every source', { 'src/a/b.ts': 100, 'tsconfig.json': 100, 'dist/.build-stamp': 200 }, null],
    ['a source changed after the build', { 'src/a/b.ts': 300, 'src/c.ts': 100, 'dist/.build-stamp': 200 }, 'dist/ is older than src/: run npm run build'],
    ['a tsconfig changed after the build', { 'src/c.ts': 100, 'tsconfig.build.json': 300, 'dist/.build-stamp': 200 }, 'dist/ is older than src/: run npm run build'],
    ['no stamp', { 'src/c.ts': 100, 'dist/cli/main.js': 200 }, 'dist/ has no build stamp: run npm run build'],
    ['an installed package (no src/)', { 'dist/cli/main.js': 100 }, null],
  ])('%s', (_, files, problem) => {
    expect(staleBuild(tree(files))).toBe(problem);
  });

  it('the command stops with exit 2 and says so, in a checkout whose src/ is newer than its build', () => {
    const root = tree({ 'src/changed.ts': 300, 'dist/.build-stamp': 200 });
    mkdirSync(join(root, 'bin'));
    mkdirSync(join(root, 'dist', 'pipeline'), { recursive: true });
    copyFileSync(join(REPO, 'bin', 'wbimport.js'), join(root, 'bin', 'wbimport.js'));
    copyFileSync(join(REPO, 'dist', 'pipeline', 'build-freshness.js'), join(root, 'dist', 'pipeline', 'build-freshness.js'));
    writeFileSync(join(root, 'package.json'), '{"type": "module"}');
    const result = spawnSync(process.execPath, [join(root, 'bin', 'wbimport.js'), '--version'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('wbimport: dist/ is older than src/: run npm run build\n');
    expect(result.stdout).toBe('');
  });
});
