// The validation report for machines: every finding with its code, severity, location and message.
import { diagnosticMessage } from '../diagnostics/index.js';
import type { RunSummary } from '../pipeline/index.js';
import type { ValidationReport } from './validation-report.js';

export function jsonReport(report: ValidationReport, summary: RunSummary, valid: boolean): string {
  const withMessage = (d: Parameters<typeof diagnosticMessage>[0]): object => ({ ...d, message: diagnosticMessage(d) });
  const files = report.files.map((f) => ({
    file: f.file,
    diagnostics: f.diagnostics.map(withMessage),
    inputs: f.inputs.map((i) => ({ ...i.input, diagnostics: i.diagnostics.map(withMessage) })),
  }));
  return `${JSON.stringify({ valid, summary: summary.toJSON(), files, diagnostics: report.general.map(withMessage) }, null, 2)}\n`;
}
