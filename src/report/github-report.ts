// GitHub Actions workflow commands: one annotation per finding, shown on the file and line in a pull request.
import { diagnosticMessage, type Diagnostic } from '../diagnostics/index.js';
import type { RunSummary } from '../pipeline/index.js';
import type { ValidationReport } from './validation-report.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** The escaping GitHub's runner undoes: data escapes %, CR and LF; property values also `:` and `,`. */
export const escapeData = (s: string): string => s.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/gu, '%3A').replace(/,/gu, '%2C');

export function githubAnnotation(d: Diagnostic): string {
  const props: string[] = [];
  if (d.span !== undefined) {
    props.push(`file=${escapeProperty(d.span.file)}`, `line=${d.span.line}`, `col=${d.span.column}`);
  }
  props.push(`title=${escapeProperty(`wbimport ${d.code}`)}`);
  const where = d.span?.pageLine === undefined ? '' : ` (page line ${d.span.pageLine})`;
  return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(`${diagnosticMessage(d)}${where}`)}`;
}

export function githubReport(report: ValidationReport, summary: RunSummary): string {
  const lines = report.all().filter((d) => d.severity !== 'info').map(githubAnnotation);
  lines.push(`wbimport validate: ${summary.line()}`);
  return `${lines.join('\n')}\n`;
}
