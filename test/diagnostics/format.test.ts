// Formatting diagnostics: the location, the source line with a caret under the right column, long lines clipped, and NDJSON.
import { describe, expect, it } from 'vitest';
import {
  diagnosticMessage,
  formatDiagnosticJson,
  formatDiagnosticText,
  formatLocation,
  type Diagnostic,
  type Span,
} from '../../src/diagnostics/index.js';

const at = (span: Span): Diagnostic => ({ code: 'unit-unknown', severity: 'error', span, unit: 'apples' });

/** The text form split into its head, source line and caret line. */
function parts(d: Diagnostic): { head: string; source?: string; caret?: string } {
  const [head = '', source, caret, ...rest] = formatDiagnosticText(d).split('\n');
  expect(rest).toEqual([]);
  return { head, ...(source === undefined ? {} : { source }), ...(caret === undefined ? {} : { caret }) };
}

describe('formatLocation', () => {
  it.each<[Span, string]>([
    [{ file: 'page.txt', line: 12, column: 1 }, 'page.txt:12:1'],
    [{ file: 'dir/a b.txt', line: 3, column: 17 }, 'dir/a b.txt:3:17'],
    [{ file: '-', line: 1, column: 1 }, '-:1:1'],
    [{ file: 'dump.ndjson', line: 7, column: 1, pageLine: 12 }, 'dump.ndjson:7:1 (page line 12)'],
  ])('%j → %s', (span, expected) => {
    expect(formatLocation(span)).toBe(expected);
  });
});

describe('formatDiagnosticText: the head line', () => {
  it.each<[string, Diagnostic, string]>([
    ['location, severity, code, message', at({ file: 'page.txt', line: 12, column: 1 }), 'page.txt:12:1: error unit-unknown: '],
    ['a page line inside an NDJSON record', at({ file: 'd.ndjson', line: 7, column: 1, pageLine: 3 }), 'd.ndjson:7:1 (page line 3): error unit-unknown: '],
    ['no span: no location', { code: 'input-empty', severity: 'warning' }, 'warning input-empty: '],
  ])('%s', (_, d, prefix) => {
    const { head, source, caret } = parts(d);
    expect(head).toBe(`${prefix}${diagnosticMessage(d)}`);
    expect([source, caret]).toEqual([undefined, undefined]);
  });

  it('says a check\'s item before its message, which comes from the profile', () => {
    const d: Diagnostic = { code: 'rate-mismatch', check: true, severity: 'warning', item: 'Q5', message: 'the rate is off', span: { file: 'p.txt', line: 14, column: 1 } };
    expect(diagnosticMessage(d)).toBe('Q5: the rate is off');
    expect(parts(d).head).toBe('p.txt:14:1: warning rate-mismatch: Q5: the rate is off');
  });
});

describe('formatDiagnosticText: the source line and its caret', () => {
  const SHORT = '12 apples';
  const LONG = Array.from({ length: 30 }, (_, i) => `w${String(i).padStart(2, '0')}ord `).join(''); // 210 characters, every word distinct

  it('shows a short line whole, the caret under column 1', () => {
    const { source, caret } = parts(at({ file: 'p.txt', line: 3, column: 1, text: SHORT }));
    expect(source).toBe(`  | ${SHORT}`);
    expect(caret).toBe('  | ^');
  });

  it.each<[string, string, number, number | undefined, string]>([
    ['a caret as long as the span', SHORT, 4, 6, '^^^^^^'],
    ['a span running past the line end is cut at the end', SHORT, 4, 50, '^^^^^^'],
    ['a span of length 0 still shows one caret', SHORT, 4, 0, '^'],
    ['no length: one caret', SHORT, 9, undefined, '^'],
  ])('%s', (_, text, column, length, carets) => {
    const { source, caret } = parts(at({ file: 'p.txt', line: 1, column, text, ...(length === undefined ? {} : { length }) }));
    const under = (caret ?? '').indexOf('^');
    expect(under).toBe((source ?? '').indexOf(text) + column - 1);
    expect((caret ?? '').slice(under)).toBe(carets);
  });

  it.each<[number]>([[1], [2], [40], [41], [42], [100], [150], [170], [201], [210]])(
    'puts the caret under column %i of a 210-character line',
    (column) => {
      const { source = '', caret = '' } = parts(at({ file: 'p.txt', line: 1, column, text: LONG }));
      const under = caret.indexOf('^');
      expect(caret.slice(0, 4)).toBe('  | ');
      expect(caret.slice(4, under).trim()).toBe('');
      // The character shown above the caret is the one at that column of the original line.
      expect(source.charAt(under)).toBe(LONG.charAt(column - 1));
    },
  );

  it.each<[number, boolean, boolean]>([
    [1, false, true],
    [41, false, true],
    [42, true, true],
    [150, true, true],
    [210, true, false],
  ])('clips a long line around column %i: "…" before %s, after %s, 100 characters of it shown', (column, before, after) => {
    const { source = '' } = parts(at({ file: 'p.txt', line: 1, column, text: LONG }));
    const body = source.slice('  | '.length);
    expect(body.startsWith('…')).toBe(before);
    expect(body.endsWith('…')).toBe(after);
    const shown = body.replace(/^…/, '').replace(/…$/, '');
    expect(LONG.includes(shown)).toBe(true);
    expect(shown.length).toBe(Math.min(100, LONG.length - Math.max(0, column - 41)));
  });

  it('shows 40 characters of context before the column when it clips', () => {
    const { source = '' } = parts(at({ file: 'p.txt', line: 1, column: 150, text: LONG }));
    expect(source).toBe(`  | …${LONG.slice(109, 209)}…`);
  });

  it('shows a 100-character line whole, with no "…"', () => {
    const text = 'x'.repeat(100);
    expect(parts(at({ file: 'p.txt', line: 1, column: 1, text })).source).toBe(`  | ${text}`);
  });

  it('shows no source line when the span has no text', () => {
    expect(formatDiagnosticText(at({ file: 'p.txt', line: 1, column: 5 }))).not.toContain('\n');
  });
});

describe('formatDiagnosticJson', () => {
  it.each<[string, Diagnostic]>([
    ['a core diagnostic', at({ file: 'p.txt', line: 3, column: 1, pageLine: 2, text: '12 apples' })],
    ['a diagnostic without a span', { code: 'statement-unclosed', severity: 'error', lines: 2 }],
    ['a check diagnostic', { code: 'start-after-end', check: true, severity: 'warning', item: 'Q5', message: 'm' }],
  ])('writes %s as one JSON line: its data and its message', (_, d) => {
    const line = formatDiagnosticJson(d);
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({ ...d, message: diagnosticMessage(d) });
  });
});
