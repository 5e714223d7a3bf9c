// MediaWiki's pingLimiter for the fake: per user and action, N actions in a window of S seconds. Users with the
// `noratelimit` right (a bot password with the highvolume grant) are never limited.
import type { RateLimit } from './wiki-config.js';

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly now: () => number) {}

  /** True when the action is over the limit (and is then not counted), as User::pingLimiter answers. */
  ping(user: string, action: string, limit: RateLimit, rights: readonly string[]): boolean {
    if (rights.includes('noratelimit')) return false;
    const key = `${action}\u0000${user}`;
    const now = this.now();
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < limit.seconds * 1000);
    if (recent.length >= limit.actions) {
      this.hits.set(key, recent);
      return true;
    }
    recent.push(now);
    this.hits.set(key, recent);
    return false;
  }
}

export const THROTTLED_TEXT =
  'As an anti-abuse measure, you are limited from performing this action too many times in a short space of time, ' +
  'and you have exceeded this limit. Please try again in a few minutes.';
