// Runs `wbimport query …` in-process, through the real program (src/cli/main.ts), as the other CLI tests do.
import { runInProcess, type CliResult } from '../support/run-cli.js';

export function runQueryCli(args: readonly string[], stdin = ''): Promise<CliResult> {
  return runInProcess(['query', ...args], stdin);
}
