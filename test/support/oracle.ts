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

/** Where scripts/mediawiki-oracle.sh unpacks Debian's `mediawiki` package (MediaWiki 1.39's own files). */
export const MEDIAWIKI = fileURLToPath(new URL('../../.oracles/mediawiki/usr/share/mediawiki/', import.meta.url));

/**
 * The absolute path of a file of MediaWiki 1.39 (`languages/i18n/de.json`, `languages/messages/MessagesDe.php`,
 * `skins/Vector/i18n/de.json`), or `undefined` (after saying why) when scripts/mediawiki-oracle.sh has not been
 * run; under CI=true (where .ci/run runs it first) a missing file throws, as oraclePath does.
 */
export function mediawikiPath(relative: string): string | undefined {
  const path = join(MEDIAWIKI, relative);
  if (existsSync(path)) return path;
  const message = `MediaWiki oracle file ${relative} is missing (run scripts/mediawiki-oracle.sh)`;
  if (process.env['CI'] === 'true') throw new Error(`${message}; under CI=true every oracle is required`);
  process.stderr.write(`skipped: ${message} (tests that read it are skipped)\n`);
  return undefined;
}
