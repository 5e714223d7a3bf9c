// Tells the page kind (from its address, else from its shape) and its UI language, and parses it.
import type { PageSource } from '../input/index.js';
import type { PageAddress } from './address.js';
import { parseHtmlPage } from './html-page.js';
import type { ParseResult } from './item-page.js';
import { parseInfoHtml } from './kohesio-html.js';
import { looksLikeHtml } from './looks-like-html.js';
import type { Page } from './page.js';
import { parseTextPage, type PageReadingOptions } from './parse-text-page.js';
import type { UiPhrases } from './ui-phrases.js';

export { looksLikeItemPage, type PageReadingOptions } from './parse-text-page.js';

/**
 * Parses a page. `phrases` fixes the UI language; null tells it from the page. An item page whose UI language
 * cannot be told is reported (`ui-language-unknown`), never parsed with a guessed one. HTML and Markdown are told
 * from their text; an item page that keeps its property labels is read as such; a portal page with an info block
 * is read by the profile's table.
 */
export function parsePage(
  source: PageSource,
  address: PageAddress | null,
  phrases: UiPhrases | null,
  options: PageReadingOptions = {},
): ParseResult<Page> {
  if (looksLikeHtml(source.text)) {
    const read = parseHtmlPage(source);
    // An HTML page that is no Wikibase item view may be the profile's portal page, read by its template's structure.
    return read.page === null && read.diagnostics.some((d) => d.code === 'html-unrecognised') ? (parseInfoHtml(source, options.info, address) ?? read) : read;
  }
  return parseTextPage(source, address, phrases, options);
}
