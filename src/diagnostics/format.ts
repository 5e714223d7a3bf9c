// Diagnostics for people (location, message, source line with a caret) and for machines (NDJSON).
import type { Diagnostic } from './diagnostic.js';
import { diagnosticMessage } from './messages.js';
import { formatLocation } from './span.js';

export function formatDiagnosticText(d: Diagnostic): string {
  const head = `${d.span ? `${formatLocation(d.span)}: ` : ''}${d.severity} ${d.code}: ${diagnosticMessage(d)}`;
  const source = d.span?.text;
  if (source === undefined) return head;
  const column = Math.max(1, d.span?.column ?? 1);
  const width = 100;
  const start = Math.max(0, column - 1 - 40);
  const shown = source.slice(start, start + width);
  const caretAt = column - 1 - start;
  const caretLength = Math.max(1, Math.min(d.span?.length ?? 1, shown.length - caretAt));
  return `${head}\n  | ${start > 0 ? '…' : ''}${shown}${source.length > start + width ? '…' : ''}\n  | ${' '.repeat(caretAt + (start > 0 ? 1 : 0))}${'^'.repeat(caretLength)}`;
}

export function formatDiagnosticJson(d: Diagnostic): string {
  return JSON.stringify({ ...d, message: diagnosticMessage(d) });
}

/** A diagnostic in the style a command's `--diagnostics` option asks for. */
export function formatDiagnostic(d: Diagnostic, style: 'text' | 'json'): string {
  return style === 'json' ? formatDiagnosticJson(d) : formatDiagnosticText(d);
}
