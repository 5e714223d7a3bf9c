// The package's own version (for --version, the upload journal and the User-Agent), read when first asked, not at import.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { lazy } from '../util/memo.js';

const PackageJsonSchema = z.object({ version: z.string().min(1) }).loose();

export const packageVersion = lazy('files.package-version', (): string => {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return PackageJsonSchema.parse(JSON.parse(text)).version;
});
