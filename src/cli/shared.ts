// What the commands share: loading the profile as a usage error, and the inputs and --url rule.
import { loadProfile, ProfileError, type Profile } from '../profile/index.js';
import { CliError, EXIT } from './exit-codes.js';

export async function profileOrUsage(nameOrPath: string): Promise<Profile> {
  try {
    return await loadProfile(nameOrPath);
  } catch (error) {
    if (error instanceof ProfileError) throw new CliError(error.message, EXIT.usage);
    throw error;
  }
}

/** The inputs to read (standard input when none are named); --url names the address of a single one. */
export function inputsOrStdin(inputs: readonly string[], url: string | undefined): string[] {
  const names = inputs.length > 0 ? [...inputs] : ['-'];
  if (url !== undefined && names.length !== 1) {
    throw new CliError('--url gives the address of one page: name exactly one input (use NDJSON records for many)', EXIT.usage);
  }
  return names;
}
