// The lines and terms-table rows every kind of parsed page is made of, each with its span (a leaf, so the page
// kinds can share them without importing each other).
import type { Span } from '../diagnostics/index.js';

export interface SourceLine {
  readonly text: string;
  readonly span: Span;
}

export interface TermsRow {
  /** The language's name as the page shows it (e.g. "English"). */
  readonly languageName: string;
  /** The language's code, when the page gives it (an HTML row's class does). */
  readonly languageCode?: string;
  readonly label?: string;
  readonly description?: string;
  readonly aliases: readonly string[];
  readonly span: Span;
}
