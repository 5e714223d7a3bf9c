// The User-Agent both sinks send: name, the version it is given, the contact when given, Node's version.
import { describe, expect, it } from 'vitest';
import { userAgent } from '../../src/net/index.js';

describe('userAgent', () => {
  it('names wbimport, its version and Node', () => {
    expect(userAgent('1.2.3')).toBe(`wbimport/1.2.3 node/${process.versions.node}`);
  });

  it('adds a contact, as Wikimedia asks of bots', () => {
    expect(userAgent('1.2.3', 'ops@example.org')).toBe(`wbimport/1.2.3 (ops@example.org) node/${process.versions.node}`);
  });
});
