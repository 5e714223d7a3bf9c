// The edits-per-minute ceiling: each edit waits for its slot, so a burst never exceeds the rate a bot is allowed.
import type { Clock } from '../net/index.js';

export class Pacer {
  private next = Number.NEGATIVE_INFINITY;
  private readonly intervalMs: number;

  constructor(
    editsPerMinute: number,
    private readonly clock: Clock,
  ) {
    this.intervalMs = 60_000 / editsPerMinute;
  }

  /** Waits until the next edit may start; `onWait` is told how long, when it must wait at all. */
  async beforeEdit(onWait?: (ms: number) => void): Promise<void> {
    const now = this.clock.now();
    const wait = this.next - now;
    if (wait > 0) {
      onWait?.(wait);
      await this.clock.sleep(wait);
    }
    this.next = Math.max(now, this.next) + this.intervalMs;
  }
}
