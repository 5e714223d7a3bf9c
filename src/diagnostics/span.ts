// Where something was read: file, line and column, so any problem can be shown with its source line.
export interface Span {
  /** The input's path as the user gave it, or `-` for standard input. */
  readonly file: string;
  /** 1-based line in the file (for NDJSON input, the line of the record). */
  readonly line: number;
  /** 1-based column of the first character concerned. */
  readonly column: number;
  /** How many characters are concerned (for the caret); at least 1. */
  readonly length?: number;
  /** For a page inside an NDJSON record: the 1-based line within the record's text. */
  readonly pageLine?: number;
  /** The source line itself, to show under the message. */
  readonly text?: string;
}

export function formatLocation(span: Span): string {
  const where = `${span.file}:${span.line}:${span.column}`;
  return span.pageLine === undefined ? where : `${where} (page line ${span.pageLine})`;
}
