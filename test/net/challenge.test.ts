import { describe, expect, it } from 'vitest';
import { parseChallenges } from '../../src/net/index.js';

const flat = (header: string): [string, Record<string, string>][] =>
  parseChallenges(header).map((c) => [c.scheme, Object.fromEntries(c.params)]);

describe('parseChallenges', () => {
  it.each<[string, [string, Record<string, string>][]]>([
    [
      'Digest realm="SPARQL", domain="/sparql-graph-crud-auth", nonce="2897", opaque="5ebe", stale="false", qop="auth", algorithm="MD5"',
      [['digest', { realm: 'SPARQL', domain: '/sparql-graph-crud-auth', nonce: '2897', opaque: '5ebe', stale: 'false', qop: 'auth', algorithm: 'MD5' }]],
    ],
    ['Basic realm="x"', [['basic', { realm: 'x' }]]],
    ['Basic realm=x, charset=UTF-8', [['basic', { realm: 'x', charset: 'UTF-8' }]]],
    [
      'Digest realm="a, b", nonce="n", qop="auth,auth-int", Basic realm="c"',
      [
        ['digest', { realm: 'a, b', nonce: 'n', qop: 'auth,auth-int' }],
        ['basic', { realm: 'c' }],
      ],
    ],
    ['Bearer', [['bearer', {}]]],
    ['Bearer abc123==', [['bearer', { token68: 'abc123==' }]]],
    ['Negotiate, Basic realm="r"', [['negotiate', {}], ['basic', { realm: 'r' }]]],
    ['Digest realm="say \\"hi\\""', [['digest', { realm: 'say "hi"' }]]],
    ['', []],
  ])('%j', (header, expected) => {
    expect(flat(header)).toEqual(expected);
  });
});
