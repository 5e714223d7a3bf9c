// The User-Agent both sinks send: our name and version, an optional contact (as Wikimedia asks of bots), Node's version.

/** `wbimport/1.2.3 (ops@example.org) node/20.11.0`; the caller passes the package's version (files/package-version.ts). */
export function userAgent(version: string, contact?: string): string {
  return `wbimport/${version}${contact === undefined ? '' : ` (${contact})`} node/${process.versions.node}`;
}
