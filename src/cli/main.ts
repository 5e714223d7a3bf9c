// The wbimport program: commands wired to commander, testable in-process with injected streams.
import { Command, CommanderError } from 'commander';
import { packageVersion } from '../files/index.js';
import { convertCommand } from './convert.js';
import { boundHeapGrowth } from './heap-growth.js';
import { loadCommand } from './load.js';
import { profileCommand } from './profile.js';
import { queryCommand } from './query.js';
import { uploadCommand } from './upload.js';
import { validateCommand } from './validate.js';
import { EXIT, WbimportError, type ExitCode } from './exit-codes.js';
import { processIo, type CliIo } from './io.js';

export function buildProgram(io: CliIo, setExit: (code: ExitCode) => void): Command {
  const program = new Command('wbimport')
    .description('Turn raw Wikibase and Kohesio page dumps into typed Wikibase statements: Wikibase JSON and RDF; validate them.')
    .version(packageVersion())
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError('(run wbimport --help for usage)');
  const commands = [convertCommand, validateCommand, queryCommand, uploadCommand, loadCommand, profileCommand];
  // Each command takes the program's settings: help and commander's own errors on the injected streams, no exit.
  for (const command of commands) program.addCommand(command(io, setExit).copyInheritedSettings(program));
  // A command that can share its work with worker threads bounds its heaps once it knows its --jobs; the others
  // work in this thread alone.
  program.hook('preAction', (_program, action) => {
    if (!action.options.some((o) => o.long === '--jobs')) boundHeapGrowth(1);
  });
  return program;
}

/** Runs wbimport with these arguments (without node and script) and returns its exit code. */
export async function run(args: readonly string[], io: CliIo = processIo()): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...args], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    // Every error that ends a command carries its exit code: the one place they become exit codes.
    if (error instanceof WbimportError) {
      io.stderr.write(`wbimport: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`wbimport: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.failure;
  }
}
