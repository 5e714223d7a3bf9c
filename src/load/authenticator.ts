// Which Authorization header each request carries: Basic or Bearer up front, Digest once a server challenged us.
import { randomBytes } from 'node:crypto';
import { parseChallenges } from './challenge.js';
import type { Credentials } from './credentials.js';
import { digestAuthorization, digestChallenge, type DigestChallenge } from './digest.js';

/** `auto` answers whatever the server asks for (Digest before Basic); the others insist on one scheme. */
export const AUTH_SCHEMES = ['auto', 'basic', 'digest', 'bearer', 'none'] as const;
export type AuthScheme = (typeof AUTH_SCHEMES)[number];

/** Why a 401 cannot be answered: no credentials, or they were just refused. */
export type AuthFailure = 'no-credentials' | 'refused' | 'unsupported';

export class Authenticator {
  private digest: DigestChallenge | null = null;
  private nc = 0;
  private basic = false;

  constructor(
    private readonly scheme: AuthScheme,
    private readonly credentials: Credentials | null,
    private readonly cnonce: () => string = () => randomBytes(16).toString('hex'),
  ) {
    if (credentials?.kind === 'password' && scheme === 'basic') this.basic = true;
  }

  /** The header for a request, or undefined when none is due yet (auto and digest wait for a challenge). */
  header(method: string, url: URL): string | undefined {
    const c = this.credentials;
    if (c === null || this.scheme === 'none') return undefined;
    if (c.kind === 'token') return this.scheme === 'auto' || this.scheme === 'bearer' ? `Bearer ${c.token}` : undefined;
    if (this.digest !== null) {
      this.nc += 1;
      return digestAuthorization(this.digest, {
        method,
        uri: `${url.pathname}${url.search}`,
        user: c.user,
        password: c.password,
        nc: this.nc,
        cnonce: this.cnonce(),
      });
    }
    if (this.basic) return `Basic ${Buffer.from(`${c.user}:${c.password}`, 'utf8').toString('base64')}`;
    return undefined;
  }

  /**
   * Learns from a 401's `WWW-Authenticate` header: null when the request is worth sending again with the header
   * now due, or why not. The client bounds how often one request is re-sent, so a refused password ends there.
   */
  challenged(wwwAuthenticate: string | null): AuthFailure | null {
    const c = this.credentials;
    if (c === null || this.scheme === 'none') return 'no-credentials';
    if (c.kind === 'token') return 'refused';
    const challenges = parseChallenges(wwwAuthenticate ?? '');
    if (this.scheme !== 'basic') {
      const digest = challenges.map(digestChallenge).find((d) => d !== null);
      if (digest !== undefined && digest !== null) {
        // Requests sent together all meet the same challenge: the count goes on while the nonce stays the same.
        if (this.digest?.nonce !== digest.nonce) this.nc = 0;
        this.digest = digest;
        return null;
      }
    }
    if (this.scheme !== 'digest' && challenges.some((ch) => ch.scheme === 'basic')) {
      this.basic = true;
      return null;
    }
    return 'unsupported';
  }
}
