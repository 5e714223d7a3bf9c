// The cookie session: a jar that keeps, replaces and deletes cookies as Set-Cookie says, as an auth provider.
import { describe, expect, it } from 'vitest';
import { CookieJar, CookieSession, VirtualClock } from '../../src/net/index.js';

describe('CookieJar', () => {
  it('keeps, replaces and deletes cookies as Set-Cookie says', () => {
    const jar = new CookieJar();
    jar.store(['session=abc; path=/; HttpOnly', 'user=Importer; Max-Age=60'], 0);
    expect(jar.header(0)).toBe('session=abc; user=Importer');
    jar.store(['session=def; path=/'], 0);
    expect(jar.header(0)).toBe('session=def; user=Importer');
    expect(jar.header(61_000)).toBe('session=def');
    jar.store(['session=deleted; expires=Thu, 01 Jan 1970 00:00:01 GMT'], 1000);
    expect(jar.header(1000)).toBeUndefined();
  });
});

describe('CookieSession', () => {
  it("sends what the answers set, by the clock's time, until cleared", () => {
    const clock = new VirtualClock(0);
    const session = new CookieSession(clock);
    expect(session.headers()).toEqual({});
    session.received(new Headers([['set-cookie', 'wiki_session=s1; path=/'], ['set-cookie', 'short=x; Max-Age=5']]));
    expect(session.headers()).toEqual({ cookie: 'wiki_session=s1; short=x' });
    void clock.sleep(6000);
    expect(session.headers()).toEqual({ cookie: 'wiki_session=s1' });
    session.clear();
    expect(session.headers()).toEqual({});
    expect(session.challenged()).toBe('unsupported');
  });
});
