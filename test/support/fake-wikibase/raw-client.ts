// A bare HTTP client for the fake's own tests: fetch with a cookie jar, form bodies, and JSON path helpers.
import { isJsonObject, type Json } from './json.js';

export interface RawResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body parsed as JSON (null when it is not JSON). */
  readonly json: Json;
}

export interface PostOptions {
  /** Parameters sent in the query string instead of the body. */
  readonly query?: Readonly<Record<string, string>>;
  readonly multipart?: boolean;
}

export class RawClient {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly apiUrl: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {}

  get(params: Readonly<Record<string, string>>): Promise<RawResponse> {
    return this.send('GET', `${this.apiUrl}?${new URLSearchParams(params)}`, undefined, {});
  }

  post(params: Readonly<Record<string, string>>, options: PostOptions = {}): Promise<RawResponse> {
    const url = options.query ? `${this.apiUrl}?${new URLSearchParams(options.query)}` : this.apiUrl;
    if (options.multipart) {
      const form = new FormData();
      for (const [key, value] of Object.entries(params)) form.append(key, value);
      return this.send('POST', url, form, {});
    }
    return this.send('POST', url, new URLSearchParams(params).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
    });
  }

  private async send(
    method: string,
    url: string,
    body: string | FormData | undefined,
    headers: Record<string, string>,
  ): Promise<RawResponse> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, {
      method,
      headers: { ...this.headers, ...headers, ...(cookie === '' ? {} : { cookie }) },
      ...(body === undefined ? {} : { body }),
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = setCookie.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      if (attributes.some((a) => /expires=Thu, 01 Jan 1970/i.test(a))) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(eq + 1).trim());
    }
    const text = await response.text();
    let json: Json = null;
    try {
      json = JSON.parse(text) as Json;
    } catch {
      json = null;
    }
    return { status: response.status, headers: response.headers, text, json };
  }
}

/** The value at a dotted path (`entity.labels.en.value`; list indices as numbers), or undefined. */
export function at(value: Json | undefined, path: string): Json | undefined {
  let current: Json | undefined = value;
  for (const key of path.split('.')) {
    if (Array.isArray(current)) current = current[Number(key)];
    else if (isJsonObject(current)) current = current[key];
    else return undefined;
  }
  return current;
}

/** The string at a path; throws (failing the test) when there is none. */
export function stringAt(value: Json | undefined, path: string): string {
  const found = at(value, path);
  if (typeof found !== 'string') throw new Error(`expected a string at ${path}, got ${JSON.stringify(found)}`);
  return found;
}

export function numberAt(value: Json | undefined, path: string): number {
  const found = at(value, path);
  if (typeof found !== 'number') throw new Error(`expected a number at ${path}, got ${JSON.stringify(found)}`);
  return found;
}

/** Logs in with a bot password the way a client must: login token (with its cookie), then a POSTed login. */
export async function loginWithBotPassword(client: RawClient, username: string, password: string): Promise<RawResponse> {
  const tokens = await client.get({ action: 'query', meta: 'tokens', type: 'login', format: 'json', formatversion: '2' });
  return client.post({
    action: 'login',
    lgname: username,
    lgpassword: password,
    lgtoken: stringAt(tokens.json, 'query.tokens.logintoken'),
    format: 'json',
    formatversion: '2',
  });
}

export async function csrfToken(client: RawClient): Promise<string> {
  const tokens = await client.get({ action: 'query', meta: 'tokens', format: 'json', formatversion: '2' });
  return stringAt(tokens.json, 'query.tokens.csrftoken');
}
