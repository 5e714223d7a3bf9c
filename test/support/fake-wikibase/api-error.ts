// API errors as MediaWiki reports them: a code, an English info text, extra data, and the errors core modules raise.
import type { JsonObject } from './json.js';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly info: string,
    /** Extra fields of the error object (Wikibase's `messages`, maxlag's `host` and `lag`, …). */
    readonly data: JsonObject = {},
    /** Extra HTTP headers (maxlag's Retry-After and X-Database-Lag). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(`${code}: ${info}`);
  }
}

/** One entry of a Wikibase error's `messages` list (ApiErrorReporter::convertMessageToResult). */
export function wikibaseMessage(name: string, parameters: readonly (string | number)[], html: string): JsonObject {
  return { name, parameters: [...parameters], html };
}

/** A Wikibase error: the info text is the first message in English, and the message list names it. */
export function wikibaseError(
  code: string,
  info: string,
  messageName = `wikibase-api-${code}`,
  parameters: readonly string[] = [],
): ApiError {
  return new ApiError(code, info, { messages: [wikibaseMessage(messageName, parameters, escapeHtml(info))] });
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export const missingParam = (name: string): ApiError =>
  new ApiError('missingparam', `The "${name}" parameter must be set.`);

export const badValue = (name: string, value: string): ApiError =>
  new ApiError('badvalue', `Unrecognized value for parameter "${name}": ${value}.`);

export const mustBePosted = (module: string): ApiError =>
  new ApiError('mustbeposted', `The "${module}" module requires a POST request.`);

export const mustPostParams = (names: readonly string[]): ApiError =>
  new ApiError(
    'mustpostparams',
    names.length === 1
      ? `The following parameter was found in the query string, but must be in the POST body: ${names.join(', ')}.`
      : `The following parameters were found in the query string, but must be in the POST body: ${names.join(', ')}.`,
  );

export const badToken = (): ApiError => new ApiError('badtoken', 'Invalid CSRF token.');
