// The streams a command uses, injectable so the CLI can be tested in-process.
import { createWriteStream } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { CliError, EXIT } from './exit-codes.js';

export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

export const processIo = (): CliIo => ({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });

/** Opens the output: a file (created or truncated) or the command's stdout; `close` flushes it. */
export async function openOutput(path: string | undefined, io: CliIo): Promise<{ out: Writable; close: () => Promise<void> }> {
  if (path === undefined || path === '-') return { out: io.stdout, close: async () => {} };
  const out = createWriteStream(path);
  await new Promise<void>((resolve, reject) => {
    out.once('open', () => resolve());
    out.once('error', (e) => reject(new CliError(`cannot write ${path}: ${e.message}`, EXIT.failure)));
  });
  return {
    out,
    close: async () => {
      out.end();
      await finished(out);
    },
  };
}
