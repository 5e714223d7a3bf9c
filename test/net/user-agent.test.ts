// The User-Agent both sinks send: name, version (from package.json), the contact when given, Node's version.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { userAgent } from '../../src/net/index.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('userAgent', () => {
  it('names wbimport, its version and Node', () => {
    expect(userAgent()).toBe(`wbimport/${version} node/${process.versions.node}`);
  });

  it('adds a contact, as Wikimedia asks of bots', () => {
    expect(userAgent('ops@example.org')).toBe(`wbimport/${version} (ops@example.org) node/${process.versions.node}`);
  });
});
