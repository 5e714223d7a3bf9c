// Which fault, if any, hits a request: scripted ones first (FIFO), else the seeded random plan.
import { createPrng, type Prng } from './prng.js';
import type { FaultKind, FaultPlan } from './types.js';

/** What a fault needs to know of a request to tell whether it can apply. */
export interface FaultTarget {
  readonly action: string;
  /** The request's `maxlag` parameter, when it is an integer. */
  readonly maxlag: number | undefined;
  /** A module that needs a CSRF token (the writes). */
  readonly write: boolean;
}

/**
 * maxlag hits only requests that ask for it with a maxlag below the lag; badtoken only writes; editconflict
 * only wbeditentity; the others any API request.
 */
export function faultApplies(kind: FaultKind, target: FaultTarget, lag: number): boolean {
  switch (kind) {
    case 'maxlag':
      return target.maxlag !== undefined && target.maxlag < lag;
    case 'badtoken':
      return target.write;
    case 'editconflict':
      return target.action === 'wbeditentity';
    default:
      return true;
  }
}

export class FaultSchedule {
  private readonly queue: FaultKind[] = [];
  private plan: FaultPlan | null = null;
  private prng: Prng = createPrng(0);

  constructor(
    plan: FaultPlan | undefined,
    private readonly lag: number,
  ) {
    this.set(plan ?? null);
  }

  inject(kinds: readonly FaultKind[]): void {
    this.queue.push(...kinds);
  }

  /** A new plan restarts its PRNG from the plan's seed; null stops random faults. */
  set(plan: FaultPlan | null): void {
    if (plan && !(plan.rate >= 0 && plan.rate <= 1)) throw new RangeError(`fault rate must be within [0, 1], got ${plan.rate}`);
    this.plan = plan;
    this.prng = createPrng(plan?.seed ?? 0);
  }

  /**
   * The fault for the next API request. Two numbers are drawn for every request, used or not, so the random
   * faults depend only on the sequence of requests, not on scripted faults. A scripted fault waits at the head
   * of the queue until a request it can apply to comes (a maxlag fault for a request carrying maxlag, …).
   */
  next(target: FaultTarget): FaultKind | undefined {
    let random: FaultKind | undefined;
    if (this.plan) {
      const roll = this.prng.next();
      const pick = this.prng.next();
      const applicable = this.plan.kinds.filter((kind) => faultApplies(kind, target, this.lag));
      if (roll < this.plan.rate && applicable.length > 0) random = applicable[Math.floor(pick * applicable.length)];
    }
    const head = this.queue[0];
    if (head !== undefined && faultApplies(head, target, this.lag)) {
      this.queue.shift();
      return head;
    }
    return random;
  }
}
