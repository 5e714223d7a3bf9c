// The auth providers behind one interface: Basic and Bearer up front, Digest once challenged, and `--auth`'s
// choice among them (the exchanges with a server are tested in test/load/store-client.test.ts).
import { describe, expect, it } from 'vitest';
import { Authenticator, BasicAuth, BearerAuth, DigestAuth, type AuthScheme, type Credentials } from '../../src/net/index.js';

const url = new URL('http://127.0.0.1:8890/sparql-auth?default-graph-uri=x');
const DIGEST = 'Digest realm="SPARQL", domain="/sparql-auth", nonce="n1", opaque="o", stale="false", qop="auth", algorithm="MD5"';
const BASIC = 'Basic realm="store"';
const password: Credentials = { kind: 'password', user: 'dba', password: 'secret' };
const scheme = (headers: Readonly<Record<string, string>>): string => headers['authorization']?.split(' ')[0] ?? 'none';

describe('providers', () => {
  it('Basic and Bearer send their header from the first request; a 401 means refused', () => {
    expect(new BasicAuth('dba', 'secret').headers()).toEqual({ authorization: `Basic ${Buffer.from('dba:secret').toString('base64')}` });
    expect(new BearerAuth('t0k').headers()).toEqual({ authorization: 'Bearer t0k' });
    expect(new BasicAuth('dba', 'secret').challenged()).toBe('refused');
    expect(new BearerAuth('t0k').challenged()).toBe('refused');
  });

  it('Digest waits for a challenge, then answers it with a growing count, and restarts the count on a new nonce', () => {
    const digest = new DigestAuth('dba', 'secret', () => 'c0ffee');
    expect(digest.headers('GET', url)).toEqual({});
    expect(digest.challenged(BASIC)).toBe('unsupported');
    expect(digest.challenged(DIGEST)).toBeNull();
    const first = digest.headers('GET', url)['authorization'] ?? '';
    expect(first).toMatch(/^Digest username="dba", realm="SPARQL", nonce="n1", uri="\/sparql-auth\?default-graph-uri=x", algorithm=MD5, response="[0-9a-f]{32}", opaque="o", qop=auth, nc=00000001, cnonce="c0ffee"$/u);
    expect(digest.headers('GET', url)['authorization']).toContain('nc=00000002');
    expect(digest.challenged(DIGEST.replace('n1', 'n2'))).toBeNull();
    expect(digest.headers('GET', url)['authorization']).toContain('nc=00000001');
  });
});

describe('Authenticator (--auth)', () => {
  it.each<[AuthScheme, Credentials | null, string, string | null, string]>([
    // scheme, credentials, header before, the server's challenge → answer, header after
    ['auto', password, 'none', null, 'none'],
    ['auto', password, 'none', DIGEST, 'Digest'],
    ['auto', password, 'none', BASIC, 'Basic'],
    ['auto', password, 'none', `${BASIC}, ${DIGEST}`, 'Digest'],
    ['digest', password, 'none', BASIC, 'none'],
    ['basic', password, 'Basic', DIGEST, 'Basic'],
    ['auto', { kind: 'token', token: 't' }, 'Bearer', null, 'Bearer'],
    ['basic', { kind: 'token', token: 't' }, 'none', null, 'none'],
    ['none', password, 'none', DIGEST, 'none'],
    ['auto', null, 'none', DIGEST, 'none'],
  ])('%s with %j: %s, then after %j: %s', (auth, credentials, before, challenge, after) => {
    const authenticator = new Authenticator(auth, credentials, () => 'c0ffee');
    expect(scheme(authenticator.headers('PUT', url))).toBe(before);
    if (challenge !== null) authenticator.challenged(challenge);
    expect(scheme(authenticator.headers('PUT', url))).toBe(after);
  });

  it.each<[AuthScheme, Credentials | null, string, string | null]>([
    ['auto', null, DIGEST, 'no-credentials'],
    ['none', password, DIGEST, 'no-credentials'],
    ['auto', { kind: 'token', token: 't' }, 'Bearer realm="x"', 'refused'],
    ['digest', password, BASIC, 'unsupported'],
    ['auto', password, 'Negotiate', 'unsupported'],
    ['auto', password, DIGEST, null],
  ])('%s with %j answers %j: %s', (auth, credentials, challenge, failure) => {
    expect(new Authenticator(auth, credentials).challenged(challenge)).toBe(failure);
  });
});
