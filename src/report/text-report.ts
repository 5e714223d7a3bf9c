// The validation report for people: findings grouped by file, each with its source line and a caret.
import { formatDiagnosticText, plural } from '../diagnostics/index.js';
import type { RunSummary } from '../pipeline/index.js';
import type { ValidationReport } from './validation-report.js';

export function textReport(report: ValidationReport, summary: RunSummary): string {
  const out: string[] = [];
  for (const file of report.files) {
    const findings = [...file.diagnostics, ...file.inputs.flatMap((i) => i.diagnostics)].filter((d) => d.severity !== 'info');
    if (findings.length === 0) continue;
    const pages = file.inputs.filter((i) => i.diagnostics.some((d) => d.severity !== 'info')).length;
    out.push(`${file.file} (${plural(findings.length, 'finding')}${pages > 0 ? ` in ${pages} of ${file.inputs.length} pages or entities` : ''})`);
    findings.sort((a, b) => (a.span?.line ?? 0) - (b.span?.line ?? 0) || (a.span?.pageLine ?? 0) - (b.span?.pageLine ?? 0));
    for (const d of findings) out.push(formatDiagnosticText(d).replace(/^/gmu, '  '));
    out.push('');
  }
  for (const d of report.general) out.push(formatDiagnosticText(d));
  out.push(`wbimport validate: ${summary.line()}`);
  return `${out.join('\n')}\n`;
}
