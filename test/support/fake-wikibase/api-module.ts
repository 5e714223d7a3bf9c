// What every API module gets (the request, the caller, the shared state) and what ApiMain needs to know of it.
import type { JsonObject } from './json.js';
import type { EntityStore } from './entity-store.js';
import type { RateLimiter } from './rate-limits.js';
import type { ApiRequest } from './request.js';
import type { Identity, Sessions } from './sessions.js';
import type { WikiConfig } from './wiki-config.js';

export interface ApiState {
  readonly sessions: Sessions;
  readonly store: EntityStore;
  readonly config: WikiConfig;
  readonly limiter: RateLimiter;
  /** http://127.0.0.1:<port>, for URLs in results. */
  readonly origin: string;
  readonly apiUrl: string;
  /** The lag maxlag faults report. */
  readonly lag: number;
  /** The replicas' lag now (setLag): every request with a lower maxlag is refused while it lasts. */
  replicaLag: number;
  readonly retryAfterSeconds: number;
}

/** The rights of whoever asks (none for an anonymous caller). */
export function rightsOf(identity: Identity): readonly string[] {
  return identity.kind === 'anonymous' ? [] : identity.user.rights;
}

export interface ActionContext {
  readonly request: ApiRequest;
  readonly params: Readonly<Record<string, string>>;
  readonly identity: Identity;
  readonly state: ApiState;
  /** A warning; `wikibase` for one Wikibase's ApiErrorReporter adds (a message with a name). */
  warn(module: string, code: string, text: string, wikibase?: boolean): void;
  setCookies(cookies: readonly string[]): void;
}

export interface ApiModule {
  /** ApiBase::mustBePosted: refused with `mustbeposted` over GET. */
  readonly mustBePosted: boolean;
  /** ApiBase::needsToken() === 'csrf': ApiMain checks the `token` parameter before the module runs. */
  readonly needsCsrfToken: boolean;
  execute(context: ActionContext): JsonObject;
}
