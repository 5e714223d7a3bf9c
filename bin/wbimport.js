#!/usr/bin/env node
// The wbimport command: a shim over the compiled CLI (run `npm run build` after changing src/).
import { run } from '../dist/cli/main.js';

// A reader that stops early (`| head`) closes the pipe: that ends the run quietly, as for any Unix filter.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2));
