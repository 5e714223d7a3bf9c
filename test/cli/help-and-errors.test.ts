// Every command's --help and commander's own errors (an unknown option, a value outside the choices, a bad number)
// go through the injected streams with the documented exit code, never to the process's own stdout and stderr.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { runInProcess } from '../support/run-cli.js';

const SEEDS = 'fixtures/seeds/input.ndjson';

/** Per command: a value outside the choices and a refused value (a bad number where the command takes one), each with what stderr must name. */
const COMMANDS: Record<string, { choice: [string[], RegExp]; value: [string[], RegExp] }> = {
  convert: {
    choice: [['--to', 'rdfxml'], /argument 'rdfxml' is invalid\. Allowed choices are json/u],
    value: [['--jobs', '0'], /--jobs expects a whole number from 1, got "0"/u],
  },
  validate: {
    choice: [['--format', 'yaml'], /argument 'yaml' is invalid\. Allowed choices are text, json, junit, github/u],
    value: [['--max-warnings', 'many'], /--max-warnings expects a whole number from 0, got "many"/u],
  },
  upload: {
    choice: [['--duplicates', 'merge'], /argument 'merge' is invalid\. Allowed choices are adopt, refuse/u],
    value: [['--edits-per-minute', '-3'], /--edits-per-minute expects a positive number, got "-3"/u],
  },
  load: {
    choice: [['--method', 'teleport'], /argument 'teleport' is invalid\. Allowed choices are bulk, quads, gsp, update/u],
    value: [['--concurrency', '65'], /--concurrency expects a whole number from 1 to 64, got "65"/u],
  },
  query: {
    choice: [['--format', 'yaml'], /argument 'yaml' is invalid\. Allowed choices are/u],
    value: [['--max-width', '1e3'], /--max-width expects a whole number from 0, got "1e3"/u],
  },
  profile: {
    choice: [['--name', 'Not A Name'], /--name expects lower-case letters, digits and dashes, got "Not A Name"/u],
    value: [['--name', '-dash-first'], /--name expects lower-case letters, digits and dashes/u],
  },
};

describe.each(Object.entries(COMMANDS))('wbimport %s, in-process', (command, bad) => {
  let out: MockInstance;
  let err: MockInstance;
  beforeEach(() => {
    out = vi.spyOn(process.stdout, 'write');
    err = vi.spyOn(process.stderr, 'write');
  });
  afterEach(() => {
    // Nothing went to the process's own streams: everything was in the injected ones.
    expect(out).not.toHaveBeenCalled();
    expect(err).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('writes --help to the injected stdout, with examples, and exits 0', async () => {
    const result = await runInProcess([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: wbimport ${command} [options]`);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('Exit codes:');
    expect(result.stderr).toBe('');
  });

  it.each([
    ['an unknown option', ['--frobnicate'], /error: unknown option '--frobnicate'/u],
    ['a value outside the choices', bad.choice[0], bad.choice[1]],
    ['a refused value', bad.value[0], bad.value[1]],
  ])('refuses %s on the injected stderr with exit 2', async (_, args, message) => {
    const result = await runInProcess([command, ...args, SEEDS]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});
