// The public face of the fake Wikibase: fault kinds, options, the request log and the handle tests hold.
import type { BotPassword } from './sessions.js';
import type { RateLimit, StringLimits } from './wiki-config.js';

/** What the fake can do wrong on purpose; each kind says when it applies (see faults.ts). */
export type FaultKind =
  | 'maxlag' // HTTP 200 maxlag error with Retry-After and X-Database-Lag; only for requests carrying maxlag=N, N < lag
  | 'ratelimit' // HTTP 429 with Retry-After
  | 'badtoken' // badtoken error on a write; the session's csrf token is rotated
  | 'editconflict' // editconflict error on wbeditentity, before anything is applied
  | 'server-error' // HTTP 500 with an HTML body
  | 'unavailable' // HTTP 503 with Retry-After
  | 'drop-before' // the socket is destroyed before the request is handled (nothing applied)
  | 'drop-after'; // the request is applied, then the socket is destroyed with no response

export const FAULT_KINDS: readonly FaultKind[] = [
  'maxlag',
  'ratelimit',
  'badtoken',
  'editconflict',
  'server-error',
  'unavailable',
  'drop-before',
  'drop-after',
];

export interface FaultPlan {
  readonly rate: number;
  readonly kinds: readonly FaultKind[];
  readonly seed: number;
}

export interface FakeWikibaseOptions {
  /** Default { username: 'Importer@wbimport', password: 'bot-secret-123' }, with every grant. */
  readonly botPassword?: { readonly username: string; readonly password: string };
  /** More bot passwords (other accounts, or the same account with fewer grants: see sessions.ts GRANT_RIGHTS). */
  readonly botPasswords?: readonly BotPassword[];
  /** Properties of the wiki (id → datatype) beside the eu-knowledge-graph profile's, which every fake has. */
  readonly properties?: Readonly<Record<string, string>>;
  /** The wiki's string limits (stock: 400 for values, 500 for URLs, 250 for terms). */
  readonly limits?: Partial<StringLimits>;
  /** The concept URI base (default https://linkedopendata.eu/entity/): quantity units must be under it. */
  readonly conceptBase?: string;
  /** Change tags defined for manual use (default none). */
  readonly tags?: readonly string[];
  /** Edits per window for users without `noratelimit` (default 90 a minute), and creates (default 30 a minute). */
  readonly editRateLimit?: RateLimit;
  readonly createRateLimit?: RateLimit;
  /** Where api.php is served (default /w/api.php; /api.php for a wiki at the web root). */
  readonly apiPath?: string;
  /** The rate limiter's clock in milliseconds (default Date.now; tests pass a virtual clock's). */
  readonly now?: () => number;
  /** A bearer token accepted in `Authorization: Bearer …`; default 'oauth-secret-456'. */
  readonly oauthToken?: string;
  /** Pre-existing entities (Wikibase JSON items, with ids); stored with revision ids. */
  readonly entities?: readonly unknown[];
  /** Random faults on that fraction of requests (seeded, deterministic per request sequence). */
  readonly faults?: FaultPlan;
  /** What Retry-After says (default 1). */
  readonly retryAfterSeconds?: number;
  /** The replication lag reported by maxlag faults (default 7). */
  readonly lag?: number;
}

export interface RequestRecord {
  readonly method: string;
  readonly action: string;
  readonly params: Record<string, string>;
  /** The HTTP status sent; 0 when the socket was destroyed instead (drop faults). */
  readonly status: number;
  readonly fault?: FaultKind;
  readonly authorization?: string;
}

export interface FakeWikibase {
  /** http://127.0.0.1:<port>/w/api.php */
  readonly apiUrl: string;
  /** Current state: id → Wikibase JSON item incl. lastrevid (a fresh copy on every read). */
  readonly entities: ReadonlyMap<string, unknown>;
  /** Every request as received (raw values; tests grep these for secrets). */
  readonly log: readonly RequestRecord[];
  /** Every raw request (request line, headers, body) as bytes received, for secret-leak tests. */
  readonly rawRequests: readonly string[];
  /** Scripted faults, FIFO, for the next requests they apply to (before random ones). */
  injectNext(...kinds: FaultKind[]): void;
  setFaults(plan: FaultPlan | null): void;
  /** Successful wbeditentity calls so far (null edits included). */
  editCount(): number;
  /** Sets the replicas' lag: requests with a lower maxlag are refused with a maxlag error while it lasts. */
  setLag(seconds: number): void;
  close(): Promise<void>;
}
