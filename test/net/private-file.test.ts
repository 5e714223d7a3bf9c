// A file holding a secret is read only when no other user may read or write it, and no message quotes its content.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PrivateFileError, readPrivateFile } from '../../src/net/index.js';

describe('readPrivateFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wbimport-private-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, mode: number): string => {
    const path = join(dir, name);
    writeFileSync(path, 'the-secret');
    chmodSync(path, mode);
    return path;
  };

  it.each([0o600, 0o400, 0o700])('reads a file of mode %o', async (mode) => {
    expect(await readPrivateFile(file(`ok-${mode.toString(8)}`, mode), 'linux')).toBe('the-secret');
  });

  it.each([
    [0o644, '644'],
    [0o640, '640'],
    [0o602, '602'],
    [0o660, '660'],
  ])('refuses a file of mode %o, saying how to fix it', async (mode, shown) => {
    const path = file(`open-${shown}`, mode);
    const error = await readPrivateFile(path, 'linux').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrivateFileError);
    expect((error as Error).message).toBe(`${path} can be read or written by other users (mode ${shown}): run chmod 600 ${path}`);
    expect((error as Error).message).not.toContain('the-secret');
  });

  it('does not check the mode on Windows', async () => {
    expect(await readPrivateFile(file('windows', 0o644), 'win32')).toBe('the-secret');
  });

  it('names a file it cannot read, and why', async () => {
    await expect(readPrivateFile(join(dir, 'none'), 'linux')).rejects.toThrow(/cannot read the credentials file .*none \(ENOENT\)/u);
  });
});
