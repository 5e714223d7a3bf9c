import { describe, expect, it } from 'vitest';
import { digestAuthorization, digestChallenge, parseChallenges, type DigestChallenge } from '../../src/net/index.js';

function field(header: string, name: string): string | undefined {
  return new RegExp(`${name}="?([^",]*)"?`, 'u').exec(header)?.[1];
}

describe('digestAuthorization', () => {
  // The worked examples of RFC 2617 §3.5 and RFC 7616 §3.9.1.
  it.each<[string, DigestChallenge, { method: string; uri: string; user: string; password: string; cnonce: string }, string]>([
    [
      'RFC 2617, MD5',
      { realm: 'testrealm@host.com', nonce: 'dcd98b7102dd2f0e8b11d0f600bfb0c093', opaque: '5ccc069c403ebaf9f0171e9517f40e41', algorithm: 'MD5', qopAuth: true, stale: false },
      { method: 'GET', uri: '/dir/index.html', user: 'Mufasa', password: 'Circle Of Life', cnonce: '0a4f113b' },
      '6629fae49393a05397450978507c4ef1',
    ],
    [
      'RFC 7616, MD5',
      { realm: 'http-auth@example.org', nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v', opaque: 'FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS', algorithm: 'MD5', qopAuth: true, stale: false },
      { method: 'GET', uri: '/dir/index.html', user: 'Mufasa', password: 'Circle of Life', cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ' },
      '8ca523f5e9506fed4657c9700eebdbec',
    ],
    [
      'RFC 7616, SHA-256',
      { realm: 'http-auth@example.org', nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v', opaque: 'FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS', algorithm: 'SHA-256', qopAuth: true, stale: false },
      { method: 'GET', uri: '/dir/index.html', user: 'Mufasa', password: 'Circle of Life', cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ' },
      '753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1',
    ],
  ])('%s', (_, challenge, request, response) => {
    const header = digestAuthorization(challenge, { ...request, nc: 1 });
    expect(header.startsWith('Digest ')).toBe(true);
    expect(field(header, 'response')).toBe(response);
    expect(field(header, 'nc')).toBe('00000001');
    expect(field(header, 'qop')).toBe('auth');
    expect(field(header, 'opaque')).toBe(challenge.opaque);
    expect(field(header, 'uri')).toBe('/dir/index.html');
  });

  it('counts requests in hexadecimal, eight digits', () => {
    const challenge: DigestChallenge = { realm: 'r', nonce: 'n', algorithm: 'MD5', qopAuth: true, stale: false };
    const header = digestAuthorization(challenge, { method: 'PUT', uri: '/', user: 'u', password: 'p', nc: 255, cnonce: 'c' });
    expect(field(header, 'nc')).toBe('000000ff');
  });

  it('answers a challenge without qop the RFC 2069 way, with no nc or cnonce', () => {
    const challenge: DigestChallenge = { realm: 'r', nonce: 'n', algorithm: 'MD5', qopAuth: false, stale: false };
    const header = digestAuthorization(challenge, { method: 'GET', uri: '/x', user: 'u', password: 'p', nc: 1, cnonce: 'c' });
    expect(header).not.toContain('nc=');
    expect(header).not.toContain('qop=');
  });

  it('never writes the password itself', () => {
    const challenge: DigestChallenge = { realm: 'r', nonce: 'n', algorithm: 'MD5', qopAuth: true, stale: false };
    const header = digestAuthorization(challenge, { method: 'GET', uri: '/x', user: 'u', password: 'hunter2-secret', nc: 1, cnonce: 'c' });
    expect(header).not.toContain('hunter2-secret');
  });
});

describe('digestChallenge', () => {
  const read = (header: string): DigestChallenge | null => {
    const [first] = parseChallenges(header);
    return first === undefined ? null : digestChallenge(first);
  };

  it.each<[string, Partial<DigestChallenge> | null]>([
    ['Digest realm="SPARQL", nonce="abc", opaque="o", stale="false", qop="auth", algorithm="MD5"', { realm: 'SPARQL', nonce: 'abc', opaque: 'o', algorithm: 'MD5', qopAuth: true, stale: false }],
    ['Digest realm="r", nonce="n", stale=TRUE, qop="auth-int,auth"', { algorithm: 'MD5', qopAuth: true, stale: true }],
    ['Digest realm="r", nonce="n", algorithm=SHA-256-sess, qop="auth"', { algorithm: 'SHA-256-sess' }],
    ['Digest realm="r", nonce="n"', { qopAuth: false }],
    ['Digest realm="r", nonce="n", qop="auth-int"', null],
    ['Digest realm="r", nonce="n", algorithm=SHA-512-256', null],
    ['Digest realm="r"', null],
    ['Basic realm="r"', null],
  ])('%j', (header, expected) => {
    const challenge = read(header);
    if (expected === null) expect(challenge).toBeNull();
    else expect(challenge).toMatchObject(expected);
  });
});
