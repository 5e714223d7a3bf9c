// Exit codes and the command line's own error: the table lives beside the error base class (diagnostics/errors.ts).
import { WbimportError, type ExitCode } from '../diagnostics/errors.js';

export { EXIT, WbimportError, type ExitCode } from '../diagnostics/errors.js';

/** A usage or run problem found by a command itself, with the exit code it ends with. */
export class CliError extends WbimportError {
  override readonly name = 'CliError';

  constructor(message: string, exitCode: ExitCode) {
    super(message, { exitCode });
  }
}
