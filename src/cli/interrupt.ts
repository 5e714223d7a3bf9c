// Ctrl-C during a long write (upload): the first asks the run to stop after the current item; a second one quits.
import type { CliIo } from './io.js';

export interface StopRequest {
  readonly requested: () => boolean;
  /** Stops listening (the run is over). */
  readonly dispose: () => void;
}

/** Listens for SIGINT only when the command runs as the process (not in-process in a test or a host program). */
export function stopOnInterrupt(io: CliIo, say: (text: string) => void, what: string): StopRequest {
  let requested = false;
  const onSigint = (): void => {
    requested = true;
    say(`wbimport: stopping after ${what} (Ctrl-C again to quit now; the same command resumes)\n`);
  };
  const watching = io.stdin === process.stdin;
  if (watching) process.once('SIGINT', onSigint);
  return {
    requested: () => requested,
    dispose: () => {
      if (watching) process.off('SIGINT', onSigint);
    },
  };
}
