// Exit codes: success, invalid input, usage error, failure.
export const EXIT = {
  /** Everything read became data (warnings allowed). */
  ok: 0,
  /** Some input was invalid: it was reported, and the rest was converted. */
  invalidInput: 1,
  /** The command line was wrong, or an input or the profile could not be read. */
  usage: 2,
  /** wbimport itself failed (output not writable, internal error). */
  failure: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error that ends a command with a given exit code and a message for people. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
  }
}
