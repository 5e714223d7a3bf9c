#!/usr/bin/env node
// The wbimport command: a shim over the compiled CLI (run `npm run build` after changing src/).
import { run } from '../dist/cli/main.js';

process.exitCode = await run(process.argv.slice(2));
