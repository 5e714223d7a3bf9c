// `--save`: the loaded store written as N-Quads (gzipped for a `.gz` name), which `query` reads back by its
// extension without converting anything again. oxigraph's JavaScript build keeps its store in memory only.
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Store } from 'oxigraph';

/** Writes every quad, named graphs kept; call it before the graphs are merged into the default graph. */
export async function saveStore(store: Store, path: string): Promise<number> {
  const text = store.dump({ format: 'application/n-quads' });
  const data = /\.gz$/iu.test(path) ? await promisify(gzip)(Buffer.from(text)) : text;
  await writeFile(path, data);
  return store.size;
}
