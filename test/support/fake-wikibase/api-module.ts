// What every API module gets (the request, the caller, the shared state) and what ApiMain needs to know of it.
import type { JsonObject } from './json.js';
import type { EntityStore } from './entity-store.js';
import type { ApiRequest } from './request.js';
import type { Identity, Sessions } from './sessions.js';

export interface ApiState {
  readonly sessions: Sessions;
  readonly store: EntityStore;
  /** http://127.0.0.1:<port>, for URLs in results. */
  readonly origin: string;
  readonly apiUrl: string;
  readonly lag: number;
  readonly retryAfterSeconds: number;
}

export interface ActionContext {
  readonly request: ApiRequest;
  readonly params: Readonly<Record<string, string>>;
  readonly identity: Identity;
  readonly state: ApiState;
  warn(module: string, code: string, text: string): void;
  setCookies(cookies: readonly string[]): void;
}

export interface ApiModule {
  /** ApiBase::mustBePosted: refused with `mustbeposted` over GET. */
  readonly mustBePosted: boolean;
  /** ApiBase::needsToken() === 'csrf': ApiMain checks the `token` parameter before the module runs. */
  readonly needsCsrfToken: boolean;
  execute(context: ActionContext): JsonObject;
}
