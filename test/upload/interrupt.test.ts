// Ctrl-C: the built CLI stops after the current item with a resumable journal, and the same command finishes.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { BOT_ENV, fake, newProject, serverItems, tempDir, uploadArgs, writeItems } from './support.js';

const BIN = fileURLToPath(new URL('../../bin/wbimport.js', import.meta.url));

it('stops at the first Ctrl-C after the current item, and the same command resumes', async () => {
  const server = await fake();
  const { dir, remove } = tempDir();
  try {
    const input = writeItems(dir, 'items.ndjson', Array.from({ length: 40 }, (_, i) => newProject(i + 1)));
    const journal = join(dir, 'journal.ndjson');
    // 600 edits a minute: a tenth of a second per item, time enough to interrupt in the middle.
    const args = [BIN, ...uploadArgs(server, journal), '--edits-per-minute', '600', input];
    const first = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, args, { env: { ...process.env, ...BOT_ENV } });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
      const timer = setInterval(() => {
        if (existsSync(journal) && readFileSync(journal, 'utf8').split('\n').length > 10) {
          clearInterval(timer);
          child.kill('SIGINT');
        }
      }, 5);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(first.code, first.stderr).toBe(3);
    expect(first.stderr).toContain('stopping after the current item');
    expect(first.stderr).toContain('stopped at your request: run the same command again to resume');
    const done = serverItems(server).size;
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(40);
    const second = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, ...uploadArgs(server, journal), input], { env: { ...process.env, ...BOT_ENV } });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain(`40 items: ${40 - done} created, 0 edited, ${done} unchanged`);
  } finally {
    await server.close();
    remove();
  }
}, 30_000);
