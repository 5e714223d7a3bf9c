#!/usr/bin/env node
// The wbimport command: a shim over the compiled CLI (run `npm run build` after changing src/).
import { fileURLToPath } from 'node:url';

// In a checkout, dist/ must have been built from src/ as it is: refuse to mix new sources with stale code.
const root = fileURLToPath(new URL('..', import.meta.url));
let stale;
try {
  stale = (await import('../dist/pipeline/build-freshness.js')).staleBuild(root);
} catch {
  stale = 'dist/ is missing or incomplete: run npm run build';
}
if (stale !== null) {
  process.stderr.write(`wbimport: ${stale}\n`);
  process.exit(2);
}

// Every command's heaps grow within bounds, this thread's young generation kept small until the command knows
// whether worker threads share its work (a run with workers bounds them further once it knows its --jobs).
(await import('../dist/cli/heap-growth.js')).boundHeapsAtStart();

const { run } = await import('../dist/cli/main.js');

// A reader that stops early (`| head`) closes the pipe: that ends the run quietly, as for any Unix filter.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2));
