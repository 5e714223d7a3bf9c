// Whether dist/ was built from the sources beside it: the command and the worker threads run dist/, so a checkout
// whose src/ changed since the last build would mix new and stale code. Kept free of the rest of the project, so
// that bin/wbimport.js can ask it before loading anything else of dist/.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The files a build is made from, beside src/ itself (scripts/build-stamp.mjs hashes the same). */
const BUILD_INPUTS = ['tsconfig.json', 'tsconfig.build.json'];

function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Null when dist/ may be run: the package is installed (no src/ beside dist/), or the build stamp is newer than every
 * source. Otherwise what to tell the user. Modification times, not contents, so that it costs a few milliseconds at
 * every start (scripts/build-stamp.mjs --check, which `prepare` runs, compares contents and renews the stamp's time).
 */
export function staleBuild(root: string): string | null {
  const src = join(root, 'src');
  if (!existsSync(src)) return null;
  let built: number;
  try {
    built = statSync(join(root, 'dist', '.build-stamp')).mtimeMs;
  } catch {
    return 'dist/ has no build stamp: run npm run build';
  }
  const inputs = BUILD_INPUTS.map((file) => join(root, file)).filter((path) => existsSync(path));
  const newest = Math.max(newestIn(src), ...inputs.map((path) => statSync(path).mtimeMs));
  return newest > built ? 'dist/ is older than src/: run npm run build' : null;
}
