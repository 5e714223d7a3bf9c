// A raw page as read from an input, before parsing: its text, where it came from, and its address if known.
export interface PageSource {
  readonly text: string;
  /** The input's path as given, or `-` for standard input. */
  readonly file: string;
  /** 1-based line of the file where the page's text starts (an NDJSON record's line). */
  readonly line: number;
  /** True when the text came from an NDJSON record, so page lines are reported as "page line N". */
  readonly inRecord: boolean;
  /** Inside a record holding several pages: the record's page line where this page starts (1 otherwise). */
  readonly pageLine?: number;
  readonly url?: string;
  /** The item the page is about, when a manifest or an option says so without an address. */
  readonly item?: string;
  /** The page's language (a portal page's), when a manifest or an option says so without an address. */
  readonly language?: string;
}
