// A Virtuoso the tests start dies with the process that started it, however that process ends (killed, interrupted).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/run-cli.js';
import { installed } from './support/virtuoso.js';

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe.skipIf(!installed() && process.env['CI'] !== 'true')('a Virtuoso started for tests', () => {
  it('dies, its files deleted, when the process that started it is killed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wbimport-virtuoso-life-'));
    const env = {
      ...process.env,
      VIRTUOSO_DIR: dir,
      VIRTUOSO_HTTP_PORT: String(await freePort()),
      VIRTUOSO_SQL_PORT: String(await freePort()),
      VIRTUOSO_WATCH_REMOVE: '1',
    };
    // A stand-in for a test process: starts the server as the tests do, then waits to be killed.
    const owner = spawn(
      process.execPath,
      ['-e', `const { spawnSync } = require('node:child_process'); process.env.VIRTUOSO_WATCH_PID = String(process.pid);
       const r = spawnSync('bash', [${JSON.stringify(join(REPO, 'scripts', 'virtuoso.sh'))}, 'start'], { stdio: 'inherit' });
       console.log('started ' + r.status); setInterval(() => {}, 1000);`],
      { env, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const started = await new Promise<string>((resolve) => owner.stdout.on('data', (c: Buffer) => resolve(c.toString())));
    expect(started.trim()).toBe('started 0');
    const server = Number(readFileSync(join(dir, 'pid'), 'utf8'));
    expect(alive(server)).toBe(true);
    owner.kill('SIGKILL');
    for (let waited = 0; waited < 100 && (alive(server) || existsSync(dir)); waited++) await sleep(100);
    expect(alive(server)).toBe(false);
    expect(existsSync(dir)).toBe(false);
  }, 90_000);
});
