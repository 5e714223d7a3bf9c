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

/**
 * An error that ends a command, with a message for people and the exit code it ends with. A subclass that always
 * means the same thing fixes its code (`override readonly exitCode = EXIT.usage`); the default is a failure.
 */
export class WbimportError extends Error {
  readonly exitCode: ExitCode;

  constructor(message?: string, exitCode: ExitCode = EXIT.failure, options?: ErrorOptions) {
    super(message, options);
    this.exitCode = exitCode;
  }
}
