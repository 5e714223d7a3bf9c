// Loading a profile: a built-in name or a JSON file, validated, with problems named by JSON path.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ProfileSchema, type Profile } from './schema.js';

export const DEFAULT_PROFILE = 'eu-knowledge-graph';

const builtInDir = new URL('../../schemas/profiles/', import.meta.url);

export class ProfileError extends Error {
  override readonly name = 'ProfileError';
}

/** Resolves a built-in profile name (`eu-knowledge-graph`) or a path to a profile JSON file. */
export async function loadProfile(nameOrPath: string = DEFAULT_PROFILE): Promise<Profile> {
  const isName = /^[a-z0-9][a-z0-9-]*$/.test(nameOrPath);
  const path = isName ? fileURLToPath(new URL(`${nameOrPath}.json`, builtInDir)) : nameOrPath;
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ProfileError(`cannot read profile ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseProfile(raw, path);
}

export function parseProfile(raw: unknown, source = 'profile'): Profile {
  const result = ProfileSchema.safeParse(raw);
  if (!result.success) {
    throw new ProfileError(`invalid profile ${source}:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}
