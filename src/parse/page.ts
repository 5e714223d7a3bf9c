// Parsed pages: the blocks of a flattened item page or a portal page, each line with its span.
import type { Span } from '../diagnostics/index.js';
import type { ItemId } from '../model/index.js';
import type { PageSource } from '../source/index.js';

export interface SourceLine {
  readonly text: string;
  readonly span: Span;
}

export interface TermsRow {
  /** The language's name as the page shows it (e.g. "English"). */
  readonly languageName: string;
  readonly label?: string;
  readonly description?: string;
  readonly aliases: readonly string[];
  readonly span: Span;
}

export interface PageStatement {
  readonly section: 'statements' | 'identifiers';
  readonly value: SourceLine;
  /** Values between the main value and the references line: the statement's qualifier values. */
  readonly qualifiers: readonly SourceLine[];
  readonly references: number;
  readonly referencesSpan: Span;
}

export interface ItemPage {
  readonly kind: 'item';
  readonly source: PageSource;
  /** The UI language the page was read in. */
  readonly uiLanguage: string;
  readonly id: ItemId;
  /** The title's label, unless the page shows the "no label" placeholder. */
  readonly titleLabel?: string;
  readonly titleSpan: Span;
  readonly description?: string;
  /** Where the description under the title is. */
  readonly descriptionSpan?: Span;
  readonly terms: readonly TermsRow[];
  readonly statements: readonly PageStatement[];
}

export interface PortalPage {
  readonly kind: 'portal';
  readonly source: PageSource;
  /** The summary, verbatim but for a final line break. */
  readonly text: string;
  readonly span: Span;
}

export type Page = ItemPage | PortalPage;
