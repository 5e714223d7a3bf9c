// One error base: every error class in src/ extends WbimportError (directly or through another), which carries the
// exit code a command ends with; the CLI turns errors into exit codes only through it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, WbimportError } from '../../src/diagnostics/index.js';
import { LinkMapError } from '../../src/resolve/index.js';
import { ManifestError } from '../../src/source/index.js';
import { ProfileError } from '../../src/profile/index.js';
import { QueryError } from '../../src/query/index.js';
import { EndpointError, StoreError } from '../../src/load/index.js';
import { CredentialsError, NetworkError, PrivateFileError } from '../../src/net/index.js';
import { ApiError, JournalError, OutcomeUnknown, TransportError, UploadStopped } from '../../src/upload/index.js';
import { CliError } from '../../src/cli/exit-codes.js';
import { DatatypesFileError } from '../../src/files/index.js';

const root = join(import.meta.dirname, '../..');

describe('the error classes', () => {
  it('all extend WbimportError: none extends Error itself but the base', () => {
    const files = readdirSync(join(root, 'src'), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => join(e.parentPath, e.name));
    const direct = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/class (\w+) extends (?:Error|TypeError|RangeError)\b/gu)].map((m) => `${relative(root, file)}: ${m[1]}`),
    );
    expect(direct).toEqual(['src/diagnostics/errors.ts: WbimportError']);
  });

  it.each([
    ['ProfileError', new ProfileError('x'), EXIT.usage],
    ['ManifestError', new ManifestError('x'), EXIT.usage],
    ['LinkMapError', new LinkMapError('x'), EXIT.usage],
    ['QueryError', new QueryError({ message: 'x' } as ConstructorParameters<typeof QueryError>[0]), EXIT.usage],
    ['EndpointError', new EndpointError('x'), EXIT.usage],
    ['CredentialsError', new CredentialsError('x'), EXIT.usage],
    ['JournalError', new JournalError('x'), EXIT.usage],
    ['PrivateFileError', new PrivateFileError('x'), EXIT.usage],
    ['DatatypesFileError', new DatatypesFileError('x'), EXIT.usage],
    ['StoreError', new StoreError('x', 'unavailable'), EXIT.failure],
    ['ApiError', new ApiError('blocked', 'x'), EXIT.failure],
    ['TransportError', new TransportError('x'), EXIT.failure],
    ['NetworkError', new NetworkError('x'), EXIT.failure],
    ['OutcomeUnknown', new OutcomeUnknown('x'), EXIT.failure],
    ['UploadStopped', new UploadStopped(), EXIT.failure],
    ['CliError', new CliError('x', EXIT.invalidInput), EXIT.invalidInput],
  ])('%s carries its exit code', (_, error, code) => {
    expect(error).toBeInstanceOf(WbimportError);
    expect(error.exitCode).toBe(code);
  });
});
