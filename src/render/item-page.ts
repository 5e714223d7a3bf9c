// Renders an item as the flattened text of Wikibase's item view in a UI language, as the scraper leaves it.
import type { Item } from '../model/index.js';
import { uiPhrases } from '../parse/index.js';
import type { Profile } from '../profile/index.js';
import { AFTER_LABEL, type TermsRowLayout } from './row-layout.js';
import { renderStatementSections, type OmittedValue } from './statements.js';
import { renderTermsTable, termsLanguages } from './terms-table.js';

/** MediaWiki's skin links the scraper kept, as the English seed page shows them. */
export const ENGLISH_SKIN_LINES: readonly string[] = ['Jump to navigation', 'Jump to search'];

export interface RenderItemPageOptions {
  /** Lines between the title and the description; by default the English skin links on English pages, else none. */
  readonly skinLines?: readonly string[];
  /** How terms rows break over lines; by default as on the seed page, after the label cell. */
  readonly termsRowLayout?: TermsRowLayout;
  /** The languages with a terms row, in order; by default the UI language, then every language with a term. */
  readonly termsLanguages?: readonly string[];
  /** Show the "In more languages" toggler above the terms table (the seed page does not). */
  readonly termsToggler?: boolean;
  /** End the text with a line break (the seed page has none). */
  readonly finalNewline?: boolean;
  /** Told of every value the page does not show (links, values needing messages we lack). */
  readonly onOmit?: (omitted: OmittedValue) => void;
}

/**
 * The page: `<label> (Q…)` (or the "no label" placeholder), the skin lines, the UI language's description (or its
 * placeholder), the terms table, then the statement sections. Header aliases are not shown: the seed page has
 * none, and the terms table carries them.
 */
export function renderItemPage(item: Item, uiLanguage: string, profile: Profile, options: RenderItemPageOptions = {}): string {
  if (item.id === undefined) throw new RangeError('an item page needs an item id for its title');
  const phrases = uiPhrases(uiLanguage);
  const label = item.labels?.[uiLanguage]?.value ?? phrases.labelEmpty;
  const description = item.descriptions?.[uiLanguage]?.value ?? phrases.descriptionEmpty;
  const lines = [
    `${label} (${item.id})`,
    ...(options.skinLines ?? (uiLanguage === 'en' ? ENGLISH_SKIN_LINES : [])),
    description,
    ...(options.termsToggler === true ? [phrases.termsToggler] : []),
    ...renderTermsTable(
      item,
      phrases,
      options.termsLanguages ?? termsLanguages(item, uiLanguage),
      options.termsRowLayout ?? AFTER_LABEL,
    ),
    ...renderStatementSections(item.claims ?? {}, phrases, profile, options.onOmit ?? (() => {})),
  ];
  return lines.join('\n') + (options.finalNewline === true ? '\n' : '');
}
