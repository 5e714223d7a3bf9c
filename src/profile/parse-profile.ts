// Reading a profile's JSON: validated, with problems named by JSON path (the files are read at the edge, src/files).
import { z } from 'zod';
import { ProfileSchema, type Profile } from './schema.js';
import { EXIT, WbimportError } from '../diagnostics/errors.js';

export const DEFAULT_PROFILE = 'eu-knowledge-graph';

export class ProfileError extends WbimportError {
  override readonly exitCode = EXIT.usage;
  override readonly name = 'ProfileError';
}

export function parseProfile(raw: unknown, source = 'profile'): Profile {
  const result = ProfileSchema.safeParse(raw);
  if (!result.success) {
    throw new ProfileError(`invalid profile ${source}:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}
