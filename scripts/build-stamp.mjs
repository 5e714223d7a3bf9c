// Whether dist/ was compiled from the sources as they are now: `npm run build` writes a stamp (a hash of src/, the
// tsconfigs and the compiler's version) after compiling, and `prepare` compiles again only when the stamp differs.
// Why: `npx wbimport` in this checkout installs the checkout itself into npx's cache as a link, which runs its
// `prepare` script; without the stamp that recompiled everything (17 s of CPU) before the first command could start.
//   node scripts/build-stamp.mjs --write   record the stamp for the sources as they are (after a build)
//   node scripts/build-stamp.mjs --check   exit 0 if dist/ holds a build of these sources (renewing the stamp's time), 1 if not
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STAMP = join(ROOT, 'dist', '.build-stamp');
/** A file the CLI cannot start without: a stamp beside a half-deleted dist/ proves nothing. */
const ENTRY = join(ROOT, 'dist', 'cli', 'main.js');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

function sourcesHash() {
  const hash = createHash('sha256');
  const compiler = join(ROOT, 'node_modules', 'typescript', 'package.json');
  hash.update(`typescript ${existsSync(compiler) ? JSON.parse(readFileSync(compiler, 'utf8')).version : 'missing'}\n`);
  for (const file of [join(ROOT, 'tsconfig.json'), join(ROOT, 'tsconfig.build.json'), ...files(join(ROOT, 'src'))]) {
    hash.update(`${relative(ROOT, file)}\n`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

const mode = process.argv[2];
if (mode === '--write') {
  writeFileSync(STAMP, `${sourcesHash()}\n`);
} else if (mode === '--check') {
  const current = existsSync(STAMP) && existsSync(ENTRY) && readFileSync(STAMP, 'utf8').trim() === sourcesHash();
  // The sources may be newer files with the same content (a checkout): the stamp's time is renewed, so that the
  // command's quick check of modification times (src/pipeline/build-freshness.ts) sees the build as current.
  if (current) {
    const now = new Date();
    utimesSync(STAMP, now, now);
  }
  process.exitCode = current ? 0 : 1;
} else {
  process.stderr.write('usage: node scripts/build-stamp.mjs --write | --check\n');
  process.exitCode = 2;
}
