// Tells the page kind (from its address, else from its shape) and its UI language, and parses it.
import type { Diagnostic } from '../diagnostics/index.js';
import type { PageAddress, PageSource } from '../source/index.js';
import { detectUiLanguage } from './detect-ui-language.js';
import { parseItemPage, TITLE_LINE, type ParseResult } from './item-page.js';
import type { Page } from './page.js';
import { parsePortalPage } from './portal-page.js';
import { uiPhrases, type UiPhrases } from './ui-phrases.js';

/** An item page starts with a title line `<label> (Q…)` and has the item view's fixed phrases. */
export function looksLikeItemPage(text: string, phrases: UiPhrases): boolean {
  const firstLine = /^\s*(.*)/u.exec(text)?.[1] ?? '';
  if (!TITLE_LINE.test(firstLine)) return false;
  const head = text.slice(0, 4000);
  return [phrases.statements, phrases.identifiers, phrases.termsHeader[0], ...phrases.chrome].some((p) =>
    // Not \b: it only knows ASCII letters, and Greek or Bulgarian headings end in others.
    new RegExp(`^\\s*${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'mu').test(head),
  );
}

const startsWithTitle = (text: string): boolean => TITLE_LINE.test(/^\s*(.*)/u.exec(text)?.[1] ?? '');

/**
 * Parses a page. `phrases` fixes the UI language; null tells it from the page. An item page whose UI language
 * cannot be told is reported (`ui-language-unknown`), never parsed with a guessed one.
 */
export function parsePage(source: PageSource, address: PageAddress | null, phrases: UiPhrases | null): ParseResult<Page> {
  if (address?.kind === 'portal') return { page: parsePortalPage(source), diagnostics: [] };
  let chosen = phrases;
  if (chosen === null && (address?.kind === 'item' || startsWithTitle(source.text))) {
    const guess = detectUiLanguage(source.text);
    if (guess !== null && 'language' in guess) {
      chosen = uiPhrases(guess.language);
    } else if (guess !== null || address?.kind === 'item') {
      const span = { file: source.file, line: source.line, column: 1 };
      const candidates = guess === null ? [] : [...guess.candidates];
      const diagnostic: Diagnostic = { code: 'ui-language-unknown', severity: 'error', span, candidates };
      return { page: null, diagnostics: [diagnostic] };
    }
  }
  const isItem = address?.kind === 'item' || (chosen !== null && looksLikeItemPage(source.text, chosen));
  return isItem && chosen !== null ? parseItemPage(source, chosen) : { page: parsePortalPage(source), diagnostics: [] };
}
