// How the commands write diagnostics and their closing line on stderr, and the exit code a run's counts give.
import { formatDiagnostic, type Diagnostic } from '../diagnostics/index.js';
import type { RunSummary } from '../pipeline/index.js';
import { EXIT, type ExitCode } from './exit-codes.js';

export type DiagnosticsFormat = 'text' | 'json';

export interface DiagnosticLog {
  readonly onDiagnostic: (d: Diagnostic) => void;
  /** Whether an input could not be read at all (exit 2 rather than 1). */
  readonly unreadable: () => boolean;
}

/** Writes each diagnostic (text for people, one JSON object a line for machines) through `log`. */
export function diagnosticLog(format: DiagnosticsFormat, log: (text: string) => void): DiagnosticLog {
  let unreadable = false;
  return {
    onDiagnostic(d) {
      if (d.code === 'input-unreadable') unreadable = true;
      log(`${formatDiagnostic(d, format)}\n`);
    },
    unreadable: () => unreadable,
  };
}

/** The closing line of a conversion: `wbimport: 3 pages, …` or `{"summary": {…}}`. */
export function summaryLine(summary: RunSummary, format: DiagnosticsFormat): string {
  return format === 'json' ? `${JSON.stringify({ summary: summary.toJSON() })}\n` : `wbimport: ${summary.line()}\n`;
}

/** 2 when an input could not be read, 1 when some input was invalid, else 0. */
export function inputExit(unreadable: boolean, invalid: boolean): ExitCode {
  if (unreadable) return EXIT.usage;
  return invalid ? EXIT.invalidInput : EXIT.ok;
}
