// JUnit XML for CI dashboards: a test suite per file, a test case per page or entity, errors as failures.
import { diagnosticMessage, formatDiagnosticText, type Diagnostic } from '../diagnostics/index.js';
import type { RunSummary } from '../pipeline/index.js';
import type { ValidationReport } from './validation-report.js';

/** XML 1.0 text and attribute values: the five entities escaped, characters XML cannot hold dropped. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;');
}

function testCase(name: string, classname: string, diagnostics: readonly Diagnostic[]): { xml: string; failed: boolean } {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const others = diagnostics.filter((d) => d.severity !== 'error');
  const lines = [`    <testcase classname="${xmlEscape(classname)}" name="${xmlEscape(name)}">`];
  const first = errors[0];
  if (first !== undefined) {
    const message = errors.length === 1 ? `${first.code}: ${diagnosticMessage(first)}` : `${errors.length} errors, the first ${first.code}: ${diagnosticMessage(first)}`;
    lines.push(`      <failure type="${xmlEscape(first.code)}" message="${xmlEscape(message)}">${xmlEscape(errors.map(formatDiagnosticText).join('\n'))}</failure>`);
  }
  if (others.length > 0) lines.push(`      <system-out>${xmlEscape(others.map(formatDiagnosticText).join('\n'))}</system-out>`);
  lines.push('    </testcase>');
  return { xml: lines.join('\n'), failed: first !== undefined };
}

export function junitReport(report: ValidationReport, summary: RunSummary): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  const general = report.general.length === 0 ? [] : [{ file: '(run)', inputs: [], diagnostics: report.general }];
  for (const file of [...report.files, ...general]) {
    const cases = file.inputs.map((i) =>
      testCase(`${i.input.file}:${i.input.line}${i.input.item === undefined ? '' : ` ${i.input.item}`}`, file.file, i.diagnostics),
    );
    if (file.diagnostics.some((d) => d.severity !== 'info') || file.inputs.length === 0) cases.unshift(testCase(`${file.file} (the file)`, file.file, file.diagnostics));
    const failed = cases.filter((c) => c.failed).length;
    tests += cases.length;
    failures += failed;
    suites.push(
      [`  <testsuite name="${xmlEscape(file.file)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0">`, ...cases.map((c) => c.xml), '  </testsuite>'].join('\n'),
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="wbimport validate" tests="${tests}" failures="${failures}" errors="0">`,
    `  <!-- ${xmlEscape(summary.line()).replace(/--/gu, '- -')} -->`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
