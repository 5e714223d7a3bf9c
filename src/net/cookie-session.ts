// A cookie session: what a MediaWiki login needs (its session and login cookies) kept from answer to request, no more.
import type { AuthFailure, AuthProvider } from './auth.js';
import type { Clock } from './clock.js';

/** A tiny cookie jar for one host. */
export class CookieJar {
  private readonly cookies = new Map<string, { value: string; expires: number }>();

  /** Takes the Set-Cookie headers of a response; an expired or Max-Age=0 cookie is a deletion. */
  store(setCookies: readonly string[], now: number): void {
    for (const header of setCookies) {
      const [pair = '', ...attributes] = header.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      let expires = Number.POSITIVE_INFINITY;
      for (const attribute of attributes) {
        const [key = '', val = ''] = attribute.split('=').map((s) => s.trim());
        if (key.toLowerCase() === 'max-age' && /^-?\d+$/u.test(val)) expires = now + Number(val) * 1000;
        else if (key.toLowerCase() === 'expires' && expires === Number.POSITIVE_INFINITY) {
          const date = Date.parse(val);
          if (!Number.isNaN(date)) expires = date;
        }
      }
      if (expires <= now || value === 'deleted') this.cookies.delete(name);
      else this.cookies.set(name, { value, expires });
    }
  }

  /** The Cookie header to send, or undefined when there is nothing to send. */
  header(now: number): string | undefined {
    const live: string[] = [];
    for (const [name, cookie] of this.cookies) {
      if (cookie.expires <= now) this.cookies.delete(name);
      else live.push(`${name}=${cookie.value}`);
    }
    return live.length === 0 ? undefined : live.join('; ');
  }

  clear(): void {
    this.cookies.clear();
  }
}

/** The jar as an auth provider: its cookies go with every request, every answer's Set-Cookie comes back to it. */
export class CookieSession implements AuthProvider {
  readonly jar = new CookieJar();

  constructor(private readonly clock: Clock) {}

  headers(): Record<string, string> {
    const cookie = this.jar.header(this.clock.now());
    return cookie === undefined ? {} : { cookie };
  }

  received(headers: Headers): void {
    this.jar.store(headers.getSetCookie(), this.clock.now());
  }

  /** A session is opened by a login the caller makes, not by answering a challenge. */
  challenged(): AuthFailure {
    return 'unsupported';
  }

  clear(): void {
    this.jar.clear();
  }
}
