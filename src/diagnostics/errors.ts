// The errors that stop a run: one base class carrying the exit code the program ends with, so the CLI maps them in one place.

/** Exit codes: success, invalid input, usage error, failure. */
export const EXIT = {
  /** Everything read became data (warnings allowed). */
  ok: 0,
  /** Some input was invalid: it was reported, and the rest was converted. */
  invalidInput: 1,
  /** The command line was wrong, or an input, the profile or the credentials could not be read. */
  usage: 2,
  /** wbimport itself failed (output not writable, a server that stays down, internal error). */
  failure: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Error's own options (a cause), and the exit code when it is not the class's. */
export interface WbimportErrorOptions extends ErrorOptions {
  readonly exitCode?: ExitCode;
}

/**
 * An error that ends a command, with a message for people and the exit code it ends with. A subclass that always
 * means the same thing fixes its code (`override readonly exitCode = EXIT.usage`); the default is a failure.
 * Constructed as an Error is (a message, then options with a cause), so any error class can extend it.
 */
export class WbimportError extends Error {
  readonly exitCode: ExitCode;

  constructor(message?: string, options: WbimportErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.exitCode = options.exitCode ?? EXIT.failure;
  }
}
