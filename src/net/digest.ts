// HTTP Digest access authentication (RFC 7616; RFC 2617's MD5 as Virtuoso's `-auth` endpoints ask), client side.
import { createHash } from 'node:crypto';
import type { Challenge } from './challenge.js';

export type DigestAlgorithm = 'MD5' | 'MD5-sess' | 'SHA-256' | 'SHA-256-sess';

export interface DigestChallenge {
  readonly realm: string;
  readonly nonce: string;
  readonly opaque?: string;
  readonly algorithm: DigestAlgorithm;
  /** Whether the server offers qop=auth; without it, RFC 2069's older response is computed. */
  readonly qopAuth: boolean;
  /** The nonce merely expired: the same credentials, with the new nonce, will do. */
  readonly stale: boolean;
}

const ALGORITHMS: Record<string, DigestAlgorithm> = {
  md5: 'MD5',
  'md5-sess': 'MD5-sess',
  'sha-256': 'SHA-256',
  'sha-256-sess': 'SHA-256-sess',
};

/** The Digest challenge we can answer, or null (none offered, or only algorithms or qop values we lack). */
export function digestChallenge(challenge: Challenge): DigestChallenge | null {
  if (challenge.scheme !== 'digest') return null;
  const realm = challenge.params.get('realm');
  const nonce = challenge.params.get('nonce');
  if (realm === undefined || nonce === undefined) return null;
  const algorithm = ALGORITHMS[(challenge.params.get('algorithm') ?? 'MD5').toLowerCase()];
  if (algorithm === undefined) return null;
  const qop = challenge.params.get('qop');
  const qops = qop === undefined ? [] : qop.split(',').map((q) => q.trim().toLowerCase());
  if (qop !== undefined && !qops.includes('auth')) return null;
  const opaque = challenge.params.get('opaque');
  return {
    realm,
    nonce,
    algorithm,
    qopAuth: qops.includes('auth'),
    stale: challenge.params.get('stale')?.toLowerCase() === 'true',
    ...(opaque === undefined ? {} : { opaque }),
  };
}

export interface DigestRequest {
  readonly method: string;
  /** The request target as sent: path and query, e.g. `/sparql-graph-crud-auth?graph=…`. */
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** Nonce count: how many requests this client has sent with this nonce, this one included. */
  readonly nc: number;
  readonly cnonce: string;
}

function hash(algorithm: DigestAlgorithm, text: string): string {
  return createHash(algorithm.startsWith('SHA-256') ? 'sha256' : 'md5')
    .update(text, 'utf8')
    .digest('hex');
}

const quote = (s: string): string => `"${s.replace(/["\\]/gu, (c) => `\\${c}`)}"`;

/** The `Authorization` header value that answers `challenge` for this request. */
export function digestAuthorization(challenge: DigestChallenge, request: DigestRequest): string {
  const { algorithm, realm, nonce } = challenge;
  const nc = request.nc.toString(16).padStart(8, '0');
  let ha1 = hash(algorithm, `${request.user}:${realm}:${request.password}`);
  if (algorithm.endsWith('-sess')) ha1 = hash(algorithm, `${ha1}:${nonce}:${request.cnonce}`);
  const ha2 = hash(algorithm, `${request.method}:${request.uri}`);
  const response = challenge.qopAuth
    ? hash(algorithm, `${ha1}:${nonce}:${nc}:${request.cnonce}:auth:${ha2}`)
    : hash(algorithm, `${ha1}:${nonce}:${ha2}`);
  const fields = [
    `username=${quote(request.user)}`,
    `realm=${quote(realm)}`,
    `nonce=${quote(nonce)}`,
    `uri=${quote(request.uri)}`,
    `algorithm=${algorithm}`,
    `response=${quote(response)}`,
    ...(challenge.opaque === undefined ? [] : [`opaque=${quote(challenge.opaque)}`]),
    ...(challenge.qopAuth ? ['qop=auth', `nc=${nc}`, `cnonce=${quote(request.cnonce)}`] : []),
  ];
  return `Digest ${fields.join(', ')}`;
}
