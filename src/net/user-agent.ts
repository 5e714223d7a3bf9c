// The User-Agent both sinks send: our name and version, an optional contact (as Wikimedia asks of bots), Node's version.
import { readFileSync } from 'node:fs';

/** `wbimport/1.2.3 (ops@example.org) node/20.11.0`; the version is read when asked, not at import. */
export function userAgent(contact?: string): string {
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return `wbimport/${version}${contact === undefined ? '' : ` (${contact})`} node/${process.versions.node}`;
}
