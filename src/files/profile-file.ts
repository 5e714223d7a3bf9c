// Loading a profile: a built-in name or a JSON file, and the profiles it extends, read from disk and validated.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extendProfile } from '../profile/extend.js';
import { DEFAULT_PROFILE, parseProfile, ProfileError, type Profile } from '../profile/index.js';

const builtInDir = new URL('../../schemas/profiles/', import.meta.url);

function pathOf(nameOrPath: string, from?: string): string {
  if (/^[a-z0-9][a-z0-9-]*$/u.test(nameOrPath)) return fileURLToPath(new URL(`${nameOrPath}.json`, builtInDir));
  return from === undefined ? nameOrPath : resolve(dirname(from), nameOrPath);
}

/** Reads a profile file and, recursively, the profile it `extends` (a built-in name or a path relative to it). */
async function readRaw(path: string, seen: readonly string[]): Promise<Record<string, unknown>> {
  if (seen.includes(path)) throw new ProfileError(`profile ${path} extends itself (${[...seen, path].join(' → ')})`);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ProfileError(`cannot read profile ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ProfileError(`invalid profile ${path}: expected a JSON object`);
  const record = raw as Record<string, unknown>;
  const base = record['extends'];
  if (base === undefined) return record;
  if (typeof base !== 'string') throw new ProfileError(`invalid profile ${path}: "extends" must name a profile`);
  return extendProfile(await readRaw(pathOf(base, path), [...seen, path]), record);
}

/** Resolves a built-in profile name (`eu-knowledge-graph`) or a path to a profile JSON file. */
export async function loadProfile(nameOrPath: string = DEFAULT_PROFILE): Promise<Profile> {
  const path = pathOf(nameOrPath);
  return parseProfile(await readRaw(path, []), path);
}
