// Tells the kind of a page that is not HTML (from its address, else from its shape) and its UI language, and parses
// it: apart from parse-page.ts so that a worker thread loads the HTML parser only when a page is HTML.
import type { Diagnostic } from '../diagnostics/index.js';
import type { InfoPageProfile } from '../profile/index.js';
import type { PageSource } from '../input/index.js';
import type { PageAddress } from './address.js';
import { detectUiLanguageOfLines } from './detect-ui-language.js';
import { isTitleLine, parseItemPage, type ParseResult } from './item-page.js';
import { infoPageLanguage, parseInfoPage } from './kohesio-page.js';
import { isLabelledText, parseLabelledText, parseMarkdownPage } from './labelled-page.js';
import { NO_PROPERTY_LABELS, type PropertyLabels } from './labelled-types.js';
import { looksLikeMarkdown } from './markdown.js';
import type { Page } from './page.js';
import { parsePortalPage } from './portal-page.js';
import { splitLines } from './source-lines.js';
import { uiPhrases, type UiPhrases } from './ui-phrases.js';
import { weakMemo } from '../util/memo.js';

/** Per UI language, the headings that show an item view, as patterns (compiled once, not per page). */
const headingPatterns = weakMemo('parse.item-view-headings', (phrases: UiPhrases): readonly RegExp[] =>
  [phrases.statements, phrases.identifiers, phrases.termsHeader[0], ...phrases.chrome].map(
    // Not \b: it only knows ASCII letters, and Greek or Bulgarian headings end in others.
    // Spaces, not line breaks, before the heading: `^\s*` would run over every blank line from each line start.
    (p) => new RegExp(`^[^\\S\\n\\r\\u2028\\u2029]*${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'mu'),
  ),
);

/** An item page starts with a title line `<label> (Q…)` and has the item view's fixed phrases. */
export function looksLikeItemPage(text: string, phrases: UiPhrases): boolean {
  if (!startsWithTitle(text)) return false;
  const head = text.slice(0, 4000);
  return headingPatterns(phrases).some((p) => p.test(head));
}

/**
 * Whether the text's first line, after the white space it starts with, is a title line: what `/^\s*(.*)/u` gives,
 * read by hand (that pattern's `.` overflows the regular-expression stack on a line of millions of characters).
 */
function startsWithTitle(text: string): boolean {
  let start = 0;
  while (start < text.length && WHITE_SPACE.test(text.charAt(start))) start++;
  const end = text.slice(start).search(LINE_TERMINATOR);
  return isTitleLine(end === -1 ? text.slice(start) : text.slice(start, start + end));
}

const WHITE_SPACE = /\s/u;
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/u;

/**
 * A page that is no item page but shows a portal page's structure (info-block labels in any language, the site
 * header, a location line) is read as such, never taken whole as a summary; when its language cannot be told from
 * its labels it is reported. Null: no structure, a summary-only page.
 */
function asInfoPage(source: PageSource, address: PageAddress | null, info: InfoPageProfile | undefined): ParseResult<Page> | null {
  if (info === undefined) return null;
  const told = infoPageLanguage(source.text, info, address?.language);
  if (told === null) return null;
  if ('language' in told) return parseInfoPage(source, info, told.language);
  const span = { file: source.file, line: source.line, column: 1 };
  const detail = `its labels could be in any of ${told.candidates.join(', ')}`;
  return { page: null, diagnostics: [{ code: 'page-unmapped', severity: 'error', span, site: info.site, why: detail }] };
}

/** What the profile tells the reader about page kinds beyond the seed-style item page. */
export interface PageReadingOptions {
  /** Property labels as item pages show them (the profile's table): pages that keep them are read as such. */
  readonly labels?: PropertyLabels;
  /** The profile's portal pages with an info block. */
  readonly info?: InfoPageProfile | undefined;
}

/**
 * Parses a page that is not HTML (see parsePage). `phrases` fixes the UI language; null tells it from the page. An
 * item page whose UI language cannot be told is reported (`ui-language-unknown`), never parsed with a guessed one.
 * Markdown is told from its text; an item page that keeps its property labels is read as such; a portal page with
 * an info block is read by the profile's table.
 */
export function parseTextPage(
  source: PageSource,
  address: PageAddress | null,
  phrases: UiPhrases | null,
  options: PageReadingOptions = {},
): ParseResult<Page> {
  const labels = options.labels ?? NO_PROPERTY_LABELS;
  if (address?.kind === 'portal') return asInfoPage(source, address, options.info) ?? { page: parsePortalPage(source), diagnostics: [] };
  if (looksLikeMarkdown(source.text)) return parseMarkdownPage(source, phrases, labels);
  let chosen = phrases;
  // Split once, for telling the UI language and for parsing.
  let lines: string[] | undefined;
  if (chosen === null && (address?.kind === 'item' || startsWithTitle(source.text))) {
    lines = splitLines(source.text);
    const guess = detectUiLanguageOfLines(lines);
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
  if (!isItem || chosen === null) return asInfoPage(source, address, options.info) ?? { page: parsePortalPage(source), diagnostics: [] };
  lines ??= splitLines(source.text);
  return isLabelledText(lines, chosen, labels) ? parseLabelledText(source, lines, chosen, labels) : parseItemPage(source, chosen, lines);
}
