// Reads an HTTP request the way PHP does for api.php: query and form body merged (body wins), cookies by name.
import type { IncomingHttpHeaders } from 'node:http';

export interface ApiRequest {
  readonly method: string;
  readonly path: string;
  /** `$_POST + $_GET`: a body parameter hides a query parameter of the same name. */
  readonly params: Readonly<Record<string, string>>;
  /** Names that came in the POST body (MediaWiki's requirePostedParameters looks at these). */
  readonly postedKeys: ReadonlySet<string>;
  readonly queryKeys: ReadonlySet<string>;
  readonly wasPosted: boolean;
  readonly cookies: ReadonlyMap<string, string>;
  readonly authorization: string | undefined;
}

export async function readApiRequest(
  method: string,
  rawUrl: string,
  headers: IncomingHttpHeaders,
  body: Buffer,
): Promise<ApiRequest> {
  const url = new URL(rawUrl, 'http://fake.invalid');
  const params: Record<string, string> = {};
  const queryKeys = new Set<string>();
  for (const [key, value] of url.searchParams) {
    params[key] = value;
    queryKeys.add(key);
  }
  const postedKeys = new Set<string>();
  const wasPosted = method === 'POST';
  if (wasPosted) {
    for (const [key, value] of await formFields(headers['content-type'] ?? '', body)) {
      params[key] = value;
      postedKeys.add(key);
    }
  }
  return {
    method,
    path: url.pathname,
    params,
    postedKeys,
    queryKeys,
    wasPosted,
    cookies: parseCookies(headers.cookie ?? ''),
    authorization: headers.authorization,
  };
}

/** Form fields of a urlencoded or multipart body; PHP ignores other bodies, and so does this. */
async function formFields(contentType: string, body: Buffer): Promise<Array<[string, string]>> {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/x-www-form-urlencoded') return [...new URLSearchParams(body.toString('utf8'))];
  if (type === 'multipart/form-data') {
    try {
      const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
      const fields: Array<[string, string]> = [];
      for (const [key, value] of form) fields.push([key, typeof value === 'string' ? value : await value.text()]);
      return fields;
    } catch {
      return []; // a malformed multipart body reaches PHP as no fields at all
    }
  }
  return [];
}

export function parseCookies(header: string): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    cookies.set(part.slice(0, eq).trim(), safeDecode(part.slice(eq + 1).trim()));
  }
  return cookies;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A multi-value parameter: `a|b|c`, or with a leading U+001F that character as the separator (how MediaWiki
 * lets values contain a pipe).
 */
export function multiValue(value: string): string[] {
  if (value === '') return [];
  return value.startsWith('\u001f') ? value.slice(1).split('\u001f') : value.split('|');
}

/** MediaWiki's boolean parameters are true when present, whatever their value (even "false"). */
export function flag(params: Readonly<Record<string, string>>, name: string): boolean {
  return params[name] !== undefined;
}
