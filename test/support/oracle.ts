// Oracles: files from other projects and real systems, kept in ../shared (never copied into the project). A test
// asks for one by its path under ../shared; when it is missing the test is skipped with a clear message, except
// under CI=true, where a missing oracle is a failure.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared folder beside the repository (`../shared`). */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

export function sharedPath(relative: string): string {
  return join(SHARED, relative);
}

/**
 * The absolute path of an oracle under ../shared, or `undefined` (after saying why on stderr) when it is missing
 * outside CI. Under CI=true a missing oracle throws, so the test file fails instead of passing silently.
 * Use with `describe.skipIf(path === undefined)`.
 */
export function oraclePath(relative: string): string | undefined {
  const path = sharedPath(relative);
  if (existsSync(path)) return path;
  const message = `oracle ../shared/${relative} is missing`;
  if (process.env['CI'] === 'true') throw new Error(`${message}; under CI=true every oracle is required`);
  process.stderr.write(`skipped: ${message} (tests that read it are skipped)\n`);
  return undefined;
}
