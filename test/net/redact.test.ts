// The one redactor: each secret masked as written and in every form it is sent or echoed in, for either sink.
import { describe, expect, it } from 'vitest';
import { basicAuthorization, redactor, secretsOf, type Credentials } from '../../src/net/index.js';

const SECRET = 'p@ss w/rd&"x"+é';
const PASSWORD: Credentials = { kind: 'password', user: 'dba', password: SECRET };
const TOKEN: Credentials = { kind: 'token', token: SECRET };

describe('redactor', () => {
  it.each<[string, string]>([
    ['as written', `password ${SECRET} here`],
    ['percent-encoded (a URL, a query string)', `http://h/x?pw=${encodeURIComponent(SECRET)}`],
    ['percent-encoded with lower-case hex', `pw=${encodeURIComponent(SECRET).replace(/%[0-9A-F]{2}/gu, (e) => e.toLowerCase())}`],
    ['form-encoded (a POST body)', new URLSearchParams({ lgpassword: SECRET }).toString()],
    ['JSON-escaped (an echoed request)', JSON.stringify({ password: SECRET })],
  ])('masks a password %s', (_, text) => {
    const out = redactor(PASSWORD)(text);
    expect(out).not.toContain('w/rd');
    expect(out).not.toMatch(/w%2Frd|w%2frd/u);
    expect(out).toContain('***');
  });

  it('masks a Basic Authorization header, which carries user:password in base64', () => {
    const header = basicAuthorization('dba', SECRET);
    const out = redactor(PASSWORD)(`GET /sparql\r\nAuthorization: ${header}\r\n`);
    expect(out).toBe('GET /sparql\r\nAuthorization: Basic ***\r\n');
  });

  it.each([
    ['as written', `Bearer ${SECRET}`],
    ['percent-encoded', `access_token=${encodeURIComponent(SECRET)}`],
    ['form-encoded', new URLSearchParams({ token: SECRET }).toString()],
  ])('masks a token %s', (_, text) => {
    expect(redactor(TOKEN)(text)).not.toContain('w/rd');
    expect(redactor(TOKEN)(text)).not.toContain(encodeURIComponent(SECRET));
  });

  it('leaves the user name and everything else as it is', () => {
    expect(redactor(PASSWORD)('user dba logged in')).toBe('user dba logged in');
    expect(redactor(null)(`nothing to hide ${SECRET}`)).toBe(`nothing to hide ${SECRET}`);
  });

  it('masks every occurrence, and a tiny secret too', () => {
    expect(redactor({ kind: 'token', token: 'ab' })('ab cd ab')).toBe('*** cd ***');
  });
});

describe('secretsOf', () => {
  it('is the password or the token, never the user name', () => {
    expect(secretsOf(PASSWORD)).toEqual([SECRET]);
    expect(secretsOf(TOKEN)).toEqual([SECRET]);
    expect(secretsOf(null)).toEqual([]);
  });
});
