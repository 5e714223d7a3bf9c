// Tells the page kind (from its address, else from its shape) and parses it.
import type { PageAddress } from '../source/index.js';
import type { PageSource } from '../source/index.js';
import { parseItemPage, TITLE_LINE, type ParseResult } from './item-page.js';
import type { Page } from './page.js';
import { parsePortalPage } from './portal-page.js';
import type { UiPhrases } from './ui-phrases.js';

/** An item page starts with a title line `<label> (Q…)` and has the item view's fixed phrases. */
export function looksLikeItemPage(text: string, phrases: UiPhrases): boolean {
  const firstLine = /^\s*(.*)/u.exec(text)?.[1] ?? '';
  if (!TITLE_LINE.test(firstLine)) return false;
  const head = text.slice(0, 4000);
  return [phrases.statements, phrases.identifiers, phrases.termsHeader[0], ...phrases.chrome].some((p) =>
    new RegExp(`^\\s*${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'mu').test(head),
  );
}

export function parsePage(source: PageSource, address: PageAddress | null, phrases: UiPhrases): ParseResult<Page> {
  const kind = address?.kind ?? (looksLikeItemPage(source.text, phrases) ? 'item' : 'portal');
  return kind === 'item' ? parseItemPage(source, phrases) : { page: parsePortalPage(source), diagnostics: [] };
}
