// What the upload tells its watchers (the progress bar, --verbose): waits with their reason, and requests made.

/** Why a request is held back: the server's lag or limits, a failure being retried, or our own edit ceiling. */
export type WaitReason = 'maxlag' | 'ratelimit' | 'unavailable' | 'server-error' | 'network' | 'readonly' | 'bad-response' | 'pacing';

export type StatusEvent =
  | { readonly kind: 'wait'; readonly reason: WaitReason; readonly ms: number; readonly lag?: number; readonly attempt?: number }
  | { readonly kind: 'request'; readonly method: 'GET' | 'POST'; readonly summary: string }
  | { readonly kind: 'response'; readonly status: number; readonly summary: string }
  | { readonly kind: 'warning'; readonly summary: string; readonly warning: string };

export type StatusListener = (event: StatusEvent) => void;

const REASONS: Record<WaitReason, string> = {
  maxlag: 'the database replicas lag',
  ratelimit: 'rate limited by the wiki',
  unavailable: 'server unavailable (HTTP 503)',
  'server-error': 'server error, retrying',
  network: 'connection failed, retrying',
  readonly: 'the wiki is read-only for now',
  'bad-response': 'unreadable answer, retrying',
  pacing: 'edit rate ceiling',
};

/** "waiting 5 s: the database replicas lag (lag 7 s)", for the progress bar and logs. */
export function describeWait(event: Extract<StatusEvent, { kind: 'wait' }>): string {
  const seconds = event.ms >= 10_000 ? Math.round(event.ms / 1000).toString() : (event.ms / 1000).toFixed(1);
  const lag = event.lag === undefined ? '' : ` (lag ${event.lag} s)`;
  return `waiting ${seconds} s: ${REASONS[event.reason]}${lag}`;
}
