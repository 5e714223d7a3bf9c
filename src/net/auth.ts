// How a request proves who sends it: Basic, Digest, Bearer or a cookie session behind one small interface, and the
// `--auth` choice that answers whatever the server asks for.
import { randomBytes } from 'node:crypto';
import { parseChallenges } from './challenge.js';
import type { Credentials } from './credentials.js';
import { digestAuthorization, digestChallenge, type DigestChallenge } from './digest.js';

/** Why a 401 cannot be answered: no credentials, they were just refused, or the server asks for what we lack. */
export type AuthFailure = 'no-credentials' | 'refused' | 'unsupported';

export interface AuthProvider {
  /** The headers a request carries (Authorization, Cookie): none when none is due yet (Digest waits for a challenge). */
  headers(method: string, url: URL): Readonly<Record<string, string>>;
  /** Hears every answer's headers: a cookie session keeps what Set-Cookie says. */
  received?(headers: Headers): void;
  /**
   * Learns from a 401's `WWW-Authenticate` header: null when the request is worth sending again with the header
   * now due, or why not. The caller bounds how often one request is re-sent, so a refused password ends there.
   */
  challenged(wwwAuthenticate: string | null): AuthFailure | null;
}

/** The Basic `Authorization` header value: user:password in base64. */
export const basicAuthorization = (user: string, password: string): string =>
  `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;

/** HTTP Basic, from the first request. */
export class BasicAuth implements AuthProvider {
  constructor(
    private readonly user: string,
    private readonly password: string,
  ) {}
  headers(): Record<string, string> {
    return { authorization: basicAuthorization(this.user, this.password) };
  }
  challenged(): AuthFailure {
    return 'refused';
  }
}

/** An OAuth 2 (or any bearer) token, from the first request. */
export class BearerAuth implements AuthProvider {
  constructor(private readonly token: string) {}
  headers(): Record<string, string> {
    return { authorization: `Bearer ${this.token}` };
  }
  challenged(): AuthFailure {
    return 'refused';
  }
}

/** HTTP Digest (RFC 7616): silent until a server's challenge, then every request answers it. */
export class DigestAuth implements AuthProvider {
  private digest: DigestChallenge | null = null;
  private nc = 0;

  constructor(
    private readonly user: string,
    private readonly password: string,
    private readonly cnonce: () => string = () => randomBytes(16).toString('hex'),
  ) {}

  headers(method: string, url: URL): Record<string, string> {
    if (this.digest === null) return {};
    this.nc += 1;
    const { user, password } = this;
    const uri = `${url.pathname}${url.search}`;
    return { authorization: digestAuthorization(this.digest, { method, uri, user, password, nc: this.nc, cnonce: this.cnonce() }) };
  }

  challenged(wwwAuthenticate: string | null): AuthFailure | null {
    const digest = parseChallenges(wwwAuthenticate ?? '').map(digestChallenge).find((d) => d !== null);
    if (digest === undefined || digest === null) return 'unsupported';
    // Requests sent together all meet the same challenge: the count goes on while the nonce stays the same.
    if (this.digest?.nonce !== digest.nonce) this.nc = 0;
    this.digest = digest;
    return null;
  }
}

/** `auto` answers whatever the server asks for (Digest before Basic); the others insist on one scheme. */
export const AUTH_SCHEMES = ['auto', 'basic', 'digest', 'bearer', 'none'] as const;
export type AuthScheme = (typeof AUTH_SCHEMES)[number];

/** The provider `--auth` asks for with these credentials: a password waits in `auto` to learn the server's scheme. */
export class Authenticator implements AuthProvider {
  private chosen: AuthProvider | null = null;
  private readonly digest: DigestAuth | null = null;

  constructor(
    private readonly scheme: AuthScheme,
    private readonly credentials: Credentials | null,
    cnonce?: () => string,
  ) {
    const c = credentials;
    if (c === null || scheme === 'none') return;
    if (c.kind === 'token') {
      if (scheme === 'auto' || scheme === 'bearer') this.chosen = new BearerAuth(c.token);
      return;
    }
    if (scheme === 'basic') this.chosen = new BasicAuth(c.user, c.password);
    if (scheme === 'auto' || scheme === 'digest') this.digest = new DigestAuth(c.user, c.password, cnonce);
  }

  headers(method: string, url: URL): Readonly<Record<string, string>> {
    return this.chosen?.headers(method, url) ?? {};
  }

  challenged(wwwAuthenticate: string | null): AuthFailure | null {
    const c = this.credentials;
    if (c === null || this.scheme === 'none') return 'no-credentials';
    if (c.kind === 'token') return 'refused';
    if (this.digest !== null && this.digest.challenged(wwwAuthenticate) === null) {
      this.chosen = this.digest;
      return null;
    }
    if (this.scheme !== 'digest' && parseChallenges(wwwAuthenticate ?? '').some((ch) => ch.scheme === 'basic')) {
      this.chosen = new BasicAuth(c.user, c.password);
      return null;
    }
    return 'unsupported';
  }
}
