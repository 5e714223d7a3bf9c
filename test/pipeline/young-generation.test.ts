// What young-generation.ts relies on of V8, checked in a fresh process (a test runner's own heap has grown already):
// flags set at run time size a new worker's semi-spaces, and stop this thread's from growing once held again after
// the worker's isolate is configured (which puts the growth factor back).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WORKER_SEMI_SPACE_MB } from '../../src/pipeline/young-generation.js';
import { REPO } from '../support/run-cli.js';

const MODULE = pathToFileURL(join(REPO, 'dist', 'pipeline', 'young-generation.js')).href;

const SCRIPT = `
import { Worker } from 'node:worker_threads';
import { getHeapSpaceStatistics } from 'node:v8';
import { boundYoungGenerations, holdYoungGeneration, releaseYoungGenerations } from ${JSON.stringify(MODULE)};
const newSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
// Objects that live through a few collections, as a reading thread's do: V8 grows the semi-spaces for them.
const churn = () => { let keep = []; for (let i = 0; i < 3e6; i += 1) { keep.push({ i, s: 'x' + i }); if (keep.length > 2e5) keep = []; } return keep.length; };
const before = newSpace();
boundYoungGenerations();
const inside = "const { getHeapSpaceStatistics } = require('node:v8'); const newSpace = " + newSpace + "; (" + churn + ")(); require('node:worker_threads').parentPort.postMessage(newSpace());";
const worker = new Worker(inside, { eval: true, execArgv: [] });
worker.once('online', holdYoungGeneration);
const inWorker = await new Promise((resolve) => worker.once('message', resolve));
await worker.terminate();
churn();
const held = newSpace();
releaseYoungGenerations();
churn();
console.log(JSON.stringify({ before, held, inWorker, released: newSpace() }));
`;

describe('young generations of a run with workers', () => {
  it("fixes a worker's semi-spaces and keeps this thread's at their size until released", () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const sizes = JSON.parse(run.stdout) as { before: number; held: number; inWorker: number; released: number };
    // Held from the start, V8 still takes its first step (1 → 2 MB here), then no other: node's own would be 32 MB.
    expect(sizes.held).toBeLessThanOrEqual(Math.max(sizes.before, 2 * 2 ** 20));
    // The worker keeps its whole young generation (two semi-spaces of WORKER_SEMI_SPACE_MB), though this thread's is held.
    expect(sizes.inWorker).toBe(2 * WORKER_SEMI_SPACE_MB * 2 ** 20);
    expect(sizes.released).toBeGreaterThan(sizes.held);
  });
});
