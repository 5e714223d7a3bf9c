// Reading a link map file (--link-map) from disk; its text is read by resolve/link-map.ts.
import { readFile } from 'node:fs/promises';
import { LinkMapError, parseLinkMap, type LinkEntry } from '../resolve/index.js';

export async function readLinkMap(path: string): Promise<LinkEntry[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new LinkMapError(`cannot read link map ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseLinkMap(text, path);
}
