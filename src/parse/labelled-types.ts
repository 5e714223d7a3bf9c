// Pages that keep their property labels (Wikibase item pages copied as text, Markdown or HTML): lines with their
// links, statement groups, and the page as parsed.
import type { Span } from '../diagnostics/index.js';
import type { ItemId, PropertyId, Rank } from '../model/index.js';
import type { PageSource } from '../input/index.js';
import type { TermsRow } from './page-lines.js';

/** A link on a line: its text, its target, and the entity the target names on a Wikibase (`…/wiki/Q42`). */
export interface Link {
  readonly text: string;
  readonly target: string;
  readonly entity?: ItemId | PropertyId;
}

/** One line of a flattening, read as a reader sees it: its visible text, its links, whether it was a list item. */
export interface MarkedLine {
  /** The visible text, trimmed, without list or heading marks, each link replaced by its text. */
  readonly text: string;
  readonly span: Span;
  /** The line began with a list mark (`* `, `- `). */
  readonly marked: boolean;
  readonly links: readonly Link[];
}

/** The link a line consists of, when it is nothing but one link. */
export function soleLink(line: MarkedLine): Link | undefined {
  const [only] = line.links;
  return line.links.length === 1 && only !== undefined && only.text.trim() === line.text ? only : undefined;
}

/** A property as the page names it: its label, and its id when a link or the profile's label table gives it. */
export interface PropertyRef {
  readonly label: string;
  readonly id?: PropertyId;
  /** The properties that share this label in the profile's table (the page cannot tell which it shows). */
  readonly candidates?: readonly PropertyId[];
  readonly span: Span;
}

export interface LabelledQualifier {
  readonly property: PropertyRef;
  /** The qualifier's value lines (a qualifier may show several values). */
  readonly values: readonly MarkedLine[];
}

export interface LabelledStatement {
  readonly section: 'statements' | 'identifiers';
  readonly property: PropertyRef;
  /** The main value's lines: most often one; a file or a map shows more (thumbnails, sizes, map controls). */
  readonly value: readonly MarkedLine[];
  readonly qualifiers: readonly LabelledQualifier[];
  readonly references: number;
  readonly referencesSpan: Span;
  /** The rank, when the flattening shows it (HTML does; text never). */
  readonly rank?: Rank;
}

export type Flattening = 'text' | 'markdown' | 'html';

/** A sitelink as the page shows it, under its group: the site as the row names it, the page's title, its badges. */
export interface LabelledSitelink {
  /** The group's key (`wikipedia`, `wikivoyage`, `special`), when the page or the heading's name tells it. */
  readonly group?: string;
  /** The group's heading as shown, when its name is none the reader knows. */
  readonly groupName?: string;
  /** The site as the row shows it: a global site id (`enwiki`), or a language code under its group. */
  readonly site: string;
  readonly title: string;
  /** Badge items (featured article, …): HTML shows their ids; a text flattening shows none. */
  readonly badges: readonly ItemId[];
  readonly span: Span;
}

export interface LabelledPage {
  readonly kind: 'labelled';
  readonly flattening: Flattening;
  readonly source: PageSource;
  readonly uiLanguage: string;
  readonly id: ItemId;
  readonly titleLabel?: string;
  readonly titleSpan: Span;
  readonly terms: readonly TermsRow[];
  /** Aliases shown under the heading, in the UI language (the terms table of a flattening may lose them). */
  readonly headingAliases: readonly MarkedLine[];
  readonly statements: readonly LabelledStatement[];
  /** The sitelinks section's rows (none when the page shows no section or an empty one). */
  readonly sitelinks: readonly LabelledSitelink[];
  /**
   * The host of the Wikibase the page's links point into (its concept URI, its entity links), when they are
   * absolute: ids mean something only on their own Wikibase (the EU Knowledge Graph's P835 is not Wikidata's).
   */
  readonly site?: string;
}

/** The host of an absolute http(s) address; undefined for a relative or malformed one. */
export function hostOf(target: string): string | undefined {
  if (!/^https?:\/\//u.test(target)) return undefined;
  try {
    return new URL(target).host;
  } catch {
    return undefined;
  }
}

/** The host most of these entity links point into (absolute links only). */
export function linkedHostOf(links: readonly Link[]): string | undefined {
  const counts = new Map<string, number>();
  for (const link of links) {
    const host = link.entity === undefined ? undefined : hostOf(link.target);
    if (host === undefined) continue;
    counts.set(host, (counts.get(host) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/**
 * Property labels as pages show them, per UI language (the profile's table): the property a label names, or the
 * properties that share it.
 */
export interface PropertyLabels {
  lookup(label: string, uiLanguage: string): PropertyId | readonly PropertyId[] | undefined;
  /** Whether the label is the property's own label in the UI language (no fallback language named after it). */
  isOwnLabel?(label: string, uiLanguage: string): boolean;
  /** Properties used only as qualifiers: never the head of a statement group. */
  readonly qualifierOnly?: ReadonlySet<string>;
  /** Properties whose values are items or properties (shown as links, so a flattening that drops links drops them). */
  readonly linkValued?: ReadonlySet<string>;
}

export const NO_PROPERTY_LABELS: PropertyLabels = { lookup: () => undefined };
