// Packages that only some commands use, loaded on first use (each ships CommonJS, so `require` loads it at once,
// with no await): `convert` and every worker thread start without them. oxigraph alone is about 20 MB of memory and
// 0.1–0.4 s of start-up (its WebAssembly), cli-progress and csv-parse 5–8 MB each (issue 15).
import { createRequire } from 'node:module';
import { lazy } from './memo.js';

const require = createRequire(import.meta.url);

/** The SPARQL store: `query`, and nothing else. */
export const oxigraph = lazy('package oxigraph', () => require('oxigraph') as typeof import('oxigraph'));

/** The progress bar: only when one is drawn on a terminal. */
export const cliProgress = lazy('package cli-progress', () => require('cli-progress') as typeof import('cli-progress'));

/** The CSV reader: link maps and profile generation from CSV. */
export const csvParse = lazy('package csv-parse', () => require('csv-parse/sync') as typeof import('csv-parse/sync'));
