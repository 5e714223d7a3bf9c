// Reading a file that holds a secret: refused when other users may read or write it, as ssh refuses such a key.
import { EXIT, WbimportError } from '../diagnostics/errors.js';

/** Why a private file could not be used; the message never quotes the file's content. */
export class PrivateFileError extends WbimportError {
  override readonly exitCode = EXIT.usage;
}

/** The file's text, after checking that only its owner may read or write it (not checked on Windows). */
export async function readPrivateFile(path: string, platform: NodeJS.Platform = process.platform): Promise<string> {
  const { readFile, stat } = await import('node:fs/promises');
  try {
    const info = await stat(path);
    if (platform !== 'win32' && (info.mode & 0o077) !== 0) {
      throw new PrivateFileError(
        `${path} can be read or written by other users (mode ${(info.mode & 0o777).toString(8)}): run chmod 600 ${path}`,
      );
    }
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof PrivateFileError) throw error;
    throw new PrivateFileError(`cannot read the credentials file ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
