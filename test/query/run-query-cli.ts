// Runs `wbimport query …` in-process. Through runInProcess (the real program, main.ts) once main.ts registers the
// command; until then through a program built the same way around queryCommand alone, so these tests run either way.
import { PassThrough, Readable } from 'node:stream';
import { Command, CommanderError } from 'commander';
import { CliError, EXIT, type ExitCode } from '../../src/cli/exit-codes.js';
import { buildProgram } from '../../src/cli/main.js';
import { queryCommand } from '../../src/cli/query.js';
import { runInProcess, type CliResult } from '../support/run-cli.js';

const quiet = { stdin: Readable.from([]), stdout: new PassThrough(), stderr: new PassThrough() };
export const queryRegistered = buildProgram(quiet, () => {}).commands.some((c) => c.name() === 'query');

async function runStandalone(args: readonly string[], stdin: string): Promise<CliResult> {
  let out = '';
  let err = '';
  const io = {
    stdin: Readable.from([stdin]),
    stdout: new PassThrough().on('data', (c: Buffer) => (out += c.toString('utf8'))),
    stderr: new PassThrough().on('data', (c: Buffer) => (err += c.toString('utf8'))),
  };
  let code: ExitCode = EXIT.ok;
  const program = new Command('wbimport')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  program.addCommand(queryCommand(io, (c) => (code = c)).exitOverride());
  try {
    await program.parseAsync(['query', ...args], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) code = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    else if (error instanceof CliError) {
      io.stderr.write(`wbimport: ${error.message}\n`);
      code = error.exitCode;
    } else throw error;
  }
  await new Promise((resolve) => setImmediate(resolve));
  return { code, stdout: out, stderr: err };
}

export function runQueryCli(args: readonly string[], stdin = ''): Promise<CliResult> {
  return queryRegistered ? runInProcess(['query', ...args], stdin) : runStandalone(args, stdin);
}
