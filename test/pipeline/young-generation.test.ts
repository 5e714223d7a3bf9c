// What young-generation.ts relies on of V8, checked in a fresh process (a test runner's own heap has grown already):
// flags set at run time size a new worker's semi-spaces, and the growth factor, set again after the worker's isolate
// is configured (which puts it back), stops this thread's where it is.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAIN_SEMI_SPACE_MB, WORKER_SEMI_SPACE_MB } from '../../src/pipeline/young-generation.js';
import { REPO } from '../support/run-cli.js';

const MODULE = pathToFileURL(join(REPO, 'dist', 'pipeline', 'young-generation.js')).href;

const SCRIPT = `
import { Worker } from 'node:worker_threads';
import { getHeapSpaceStatistics } from 'node:v8';
import { boundYoungGenerations, holdYoungGeneration, releaseYoungGenerations, stopYoungGeneration } from ${JSON.stringify(MODULE)};
const newSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
// Objects that live through a few collections, as a reading thread's pages do: V8 grows the semi-spaces for them.
// \`hold\` is called as the dispatcher calls it, every so many objects.
const churn = (hold) => { let keep = []; for (let i = 0; i < 3e6; i += 1) { keep.push({ i, s: 'x' + i }); if (keep.length > 2e5) keep = []; if (i % 20000 === 0) hold(); } return keep.length; };
stopYoungGeneration();
churn(() => {});
const stopped = newSpace();
boundYoungGenerations();
const inside = "const { getHeapSpaceStatistics } = require('node:v8'); const newSpace = " + newSpace + "; (" + churn + ")(() => {}); require('node:worker_threads').parentPort.postMessage(newSpace());";
const worker = new Worker(inside, { eval: true, execArgv: [] });
worker.once('online', holdYoungGeneration);
const inWorker = await new Promise((resolve) => worker.once('message', resolve));
await worker.terminate();
churn(holdYoungGeneration);
const held = newSpace();
releaseYoungGenerations();
churn(() => {});
console.log(JSON.stringify({ stopped, held, inWorker, released: newSpace() }));
`;

describe('young generations of a run with workers', () => {
  it("fixes a worker's semi-spaces, bounds this thread's, and lets it grow again once released", () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const sizes = JSON.parse(run.stdout) as { stopped: number; held: number; inWorker: number; released: number };
    const MB = 2 ** 20;
    // Stopped at a command's start, V8 still takes its first step (1 → 2 MB here), then no other.
    expect(sizes.stopped).toBeLessThanOrEqual(2 * MB);
    // With workers, this thread's grows to its two semi-spaces of MAIN_SEMI_SPACE_MB and stops there.
    expect(sizes.held).toBe(2 * MAIN_SEMI_SPACE_MB * MB);
    // The worker keeps its whole young generation (two semi-spaces of WORKER_SEMI_SPACE_MB).
    expect(sizes.inWorker).toBe(2 * WORKER_SEMI_SPACE_MB * MB);
    // Released, node's own (two of 16 MB).
    expect(sizes.released).toBe(32 * MB);
  });
});
