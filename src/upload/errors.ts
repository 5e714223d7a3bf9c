// The ways talking to a Wikibase fails, each with what the run should do about it.
import { WbimportError } from '../diagnostics/errors.js';

/** The Action API answered with an error (`{"error": {"code": …}}`) that retrying the same request will not cure. */
export class ApiError extends WbimportError {
  override readonly name = 'ApiError';
  constructor(
    readonly code: string,
    readonly info: string,
    /** The error's `messages` (Wikibase puts the reason for a refused edit there), as sent. */
    readonly messages: readonly { readonly name: string; readonly parameters: readonly unknown[] }[] = [],
  ) {
    super(`${code}: ${info}`);
  }

  hasMessage(name: string): boolean {
    return this.messages.some((m) => m.name === name) || this.info.includes(name);
  }
}

/** The server could not be reached or kept failing after every retry: the run stops (exit 3). */
export class TransportError extends WbimportError {
  override readonly name = 'TransportError';
}

/** A write whose answer was lost (dropped connection, timeout, a 5xx after sending): it may or may not have been applied. */
export class OutcomeUnknown extends WbimportError {
  override readonly name = 'OutcomeUnknown';
}

/** API error codes that every further edit would meet too: the run stops instead of failing item after item. */
export const FATAL_API_CODES: ReadonlySet<string> = new Set([
  'blocked',
  'autoblocked',
  'permissiondenied',
  'writeapidenied',
  'badtags',
  'tags-apply-not-allowed-one',
  'tags-apply-not-allowed-multi',
  'mwoauth-invalid-authorization',
  'mwoauth-invalid-authorization-invalid-user',
  'notloggedin',
]);
