// Turns results and errors into api.php responses: format=json|jsonfm, formatversion 1 or 2, errorformat bc or modern.
import type { ApiError } from './api-error.js';
import { escapeHtml } from './api-error.js';
import { isJsonObject, type Json, type JsonObject } from './json.js';

export interface HttpReply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | readonly string[]>>;
  readonly body: string;
}

export interface ApiWarning {
  readonly module: string;
  readonly code: string;
  readonly text: string;
  /** A Wikibase warning (ApiErrorReporter): shown as `{messages: [{name, parameters, html, type}]}`. */
  readonly wikibase?: boolean;
}

export interface OutputFormat {
  /** `jsonfm` (MediaWiki's default when no format is given) wraps the JSON in an HTML page. */
  readonly html: boolean;
  readonly version: 1 | 2;
  /** `bc` is the default `{error: {code, info}}`; the others give `{errors: [{code, text, module}]}`. */
  readonly modernErrors: boolean;
  /** `servedby`: the answer names the server (MediaWiki adds it only when asked). */
  readonly servedBy: boolean;
}

export const SERVED_BY = 'fake-wikibase';

export function outputFormat(params: Readonly<Record<string, string>>): OutputFormat {
  const format = params['format'] ?? 'jsonfm';
  const errorformat = params['errorformat'] ?? 'bc';
  return {
    html: format !== 'json',
    version: params['formatversion'] === '2' || params['formatversion'] === 'latest' ? 2 : 1,
    modernErrors: errorformat !== 'bc',
    servedBy: params['servedby'] !== undefined,
  };
}

export function docref(apiUrl: string): string {
  return (
    `See ${apiUrl} for API usage. Subscribe to the mediawiki-api-announce mailing list at ` +
    '&lt;https://lists.wikimedia.org/postorius/lists/mediawiki-api-announce.lists.wikimedia.org/&gt; ' +
    'for notice of API deprecations and breaking changes.'
  );
}

const BASE_HEADERS = {
  'cache-control': 'private, must-revalidate, max-age=0',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
} as const;

export function resultReply(
  result: JsonObject,
  warnings: readonly ApiWarning[],
  format: OutputFormat,
  headers: Readonly<Record<string, string | readonly string[]>> = {},
): HttpReply {
  const body: JsonObject = {};
  if (warnings.length > 0) body['warnings'] = warningsJson(warnings, format);
  Object.assign(body, result);
  if (format.servedBy) body['servedby'] = SERVED_BY;
  return encode(200, format.version === 1 ? bcBooleans(body) : body, format, headers);
}

export function errorReply(
  error: ApiError,
  warnings: readonly ApiWarning[],
  format: OutputFormat,
  apiUrl: string,
  headers: Readonly<Record<string, string | readonly string[]>> = {},
): HttpReply {
  const body: JsonObject = {};
  if (format.modernErrors) {
    const entry: JsonObject = { code: error.code, text: error.info };
    if (Object.keys(error.data).length > 0) entry['data'] = error.data;
    entry['module'] = 'main';
    body['errors'] = [entry];
    body['docref'] = docref(apiUrl);
  } else {
    const data = format.version === 1 ? bcMessages(error.data) : error.data;
    body['error'] = { code: error.code, info: error.info, ...data, [format.version === 1 ? '*' : 'docref']: docref(apiUrl) };
  }
  if (warnings.length > 0) body['warnings'] = warningsJson(warnings, format);
  if (format.servedBy) body['servedby'] = SERVED_BY;
  return encode(200, body, format, { ...headers, 'mediawiki-api-error': error.code, ...error.headers });
}

/** A plain HTML page, as a front end or PHP's fatal error handler sends (HTTP-level faults, unknown paths). */
export function htmlReply(
  status: number,
  title: string,
  message: string,
  headers: Readonly<Record<string, string>> = {},
): HttpReply {
  const body =
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
    `<body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></body></html>\n`;
  return { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers }, body };
}

function encode(
  status: number,
  body: JsonObject,
  format: OutputFormat,
  headers: Readonly<Record<string, string | readonly string[]>>,
): HttpReply {
  // formatversion=1 escapes every non-ASCII character, as PHP's json_encode does without the utf8 option.
  let json = JSON.stringify(body);
  if (format.version === 1) json = json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (format.html) {
    const page =
      '<!DOCTYPE html>\n<html><head><title>MediaWiki API result</title></head><body>\n' +
      '<p>This is the HTML representation of the JSON format. Use format=json for machine-readable output.</p>\n' +
      `<pre>${escapeHtml(JSON.stringify(body, null, 4))}</pre>\n</body></html>\n`;
    return { status, headers: { ...BASE_HEADERS, 'content-type': 'text/html; charset=utf-8', ...headers }, body: page };
  }
  return { status, headers: { ...BASE_HEADERS, 'content-type': 'application/json; charset=utf-8', ...headers }, body: json };
}

function warningsJson(warnings: readonly ApiWarning[], format: OutputFormat): Json {
  if (format.modernErrors) return warnings.map((w) => ({ code: w.code, text: w.text, module: w.module }));
  const byModule: JsonObject = {};
  for (const w of warnings) {
    if (w.wikibase === true) {
      const previous = byModule[w.module];
      const messages = isJsonObject(previous) && Array.isArray(previous['messages']) ? previous['messages'] : [];
      const html = format.version === 1 ? { '*': escapeHtml(w.text) } : escapeHtml(w.text);
      byModule[w.module] = { messages: [...messages, { name: w.code, parameters: [], html, type: 'warning' }] };
      continue;
    }
    const previous = byModule[w.module];
    const prior = isJsonObject(previous) ? previous[format.version === 1 ? '*' : 'warnings'] : undefined;
    const text = typeof prior === 'string' ? `${prior}\n${w.text}` : w.text;
    byModule[w.module] = format.version === 1 ? { '*': text } : { warnings: text };
  }
  return byModule;
}

/** formatversion=1 shows `true` as "" and leaves `false` out. */
export function bcBooleans(value: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === false) continue;
    out[key] = v === true ? '' : bcValue(v);
  }
  return out;
}

function bcValue(value: Json): Json {
  if (Array.isArray(value)) return value.map((v) => (v === true ? '' : bcValue(v)));
  return isJsonObject(value) ? bcBooleans(value) : value;
}

/** formatversion=1 wraps each Wikibase message's html in `{"*": …}`. */
function bcMessages(data: JsonObject): JsonObject {
  const messages = data['messages'];
  if (!Array.isArray(messages)) return data;
  return {
    ...data,
    messages: messages.map((m) => (isJsonObject(m) && typeof m['html'] === 'string' ? { ...m, html: { '*': m['html'] } } : m)),
  };
}
