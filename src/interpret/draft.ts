// What interpreting a page yields: an item's terms and statements, each still tied to its source line.
import type { Span } from '../diagnostics/index.js';
import type { DataValue, Datatype, ItemId, PropertyId, Rank } from '../model/index.js';

export interface DraftSnak {
  readonly property: PropertyId;
  readonly datatype: Datatype;
  readonly datavalue: DataValue;
  readonly span: Span;
}

export interface DraftStatement extends DraftSnak {
  readonly rank: Rank;
  readonly qualifiers: readonly DraftSnak[];
}

export interface DraftTerm {
  readonly kind: 'label' | 'description' | 'alias';
  readonly language: string;
  readonly value: string;
  readonly span: Span;
}

/** A sitelink: the site's global id (`enwiki`), the page's title, its badges' items. */
export interface DraftSitelink {
  readonly site: string;
  readonly title: string;
  readonly badges: readonly ItemId[];
  readonly span: Span;
}

export interface ItemDraft {
  readonly id: ItemId;
  /** Where the page shows the item (its title line; a portal page's first line). */
  readonly span: Span;
  readonly terms: readonly DraftTerm[];
  readonly statements: readonly DraftStatement[];
  /** The sitelinks the page shows (a labelled item page's sitelinks section). */
  readonly sitelinks?: readonly DraftSitelink[];
}
