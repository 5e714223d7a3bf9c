// Parsed pages: the blocks of a flattened item page or a portal page, each line with its span.
import type { Span } from '../diagnostics/index.js';
import type { ItemId, PropertyId } from '../model/index.js';
import type { PageSource } from '../input/index.js';
import type { LabelledPage } from './labelled-types.js';
import type { SourceLine, TermsRow } from './page-lines.js';

export type { SourceLine, TermsRow } from './page-lines.js';

export interface PageStatement {
  readonly section: 'statements' | 'identifiers';
  readonly value: SourceLine;
  /** Values between the main value and the references line: the statement's qualifier values. */
  readonly qualifiers: readonly SourceLine[];
  readonly references: number;
  readonly referencesSpan: Span;
  /** The property the page itself names for the value (a fallback indicator line before it or its group). */
  readonly property?: PropertyId;
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
  /** The UI language's aliases, as `- alias` lines under the heading's description. */
  readonly headingAliases?: readonly SourceLine[];
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

/**
 * In a portal's project page with an info block (see kohesio-page.ts): a `Label: value` line; `value` null when
 * the page shows its language's `n/a`.
 */
export interface InfoFieldLine {
  readonly key: string;
  /** The label as the page shows it (`Programming period:`). */
  readonly label: string;
  readonly value: SourceLine | null;
  readonly span: Span;
}

export interface InfoListValue {
  readonly key: string;
  readonly value: SourceLine;
}

/** A portal's project page with an info block (see kohesio-page.ts). */
export interface InfoPage {
  readonly kind: 'info';
  readonly source: PageSource;
  /** Read from the page's HTML (by the template's structure) rather than from a text copy. */
  readonly flattening?: 'html';
  /** The language the page's labels are in. */
  readonly language: string;
  readonly fields: readonly InfoFieldLine[];
  readonly lists: readonly InfoListValue[];
  readonly title?: SourceLine;
  /** The summary, verbatim (its paragraphs with the blank lines between them). */
  readonly summary?: { readonly text: string; readonly span: Span };
  /** Each `Flag of <country>` line: its country and region (a project may have several locations). */
  readonly locations: readonly { readonly country: string; readonly region?: string; readonly span: Span }[];
}

export type Page = ItemPage | PortalPage | LabelledPage | InfoPage;
