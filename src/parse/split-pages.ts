// Several flattened item pages in one file or record (a crawler that appended pages): split at each title line,
// from a whole text or from lines as they stream in, holding only the page being read and a few lines ahead. A
// Markdown export's pages each open with a `# <label> (Q…)` heading, so there every such heading starts a page.
import type { PageSource } from '../input/index.js';
import { joinCells } from './cells.js';
import { isTitleLine } from './item-page.js';
import { UI_LANGUAGES, uiPhrases } from './ui-phrases.js';
import { lazy } from '../util/memo.js';

/** How many lines after a title line may show that an item page's body opens there. */
const LOOKAHEAD = 7;
/**
 * How many lines after a title line a browser copy of a labelled page (Wikidata's, with property labels) may show
 * its terms table: the skin's menus (page tabs, tools, appearance settings) stand between them.
 */
const LABELLED_LOOKAHEAD = 60;

/** Lines that open the body of an item page, in any UI language: the skin's links, headings, the terms table. */
const pageOpenings = lazy('parse.page-openings', (): ReadonlySet<string> => {
  const starts = new Set<string>();
  for (const language of UI_LANGUAGES) {
    const p = uiPhrases(language);
    for (const line of [...p.chrome, p.statements, p.identifiers, p.descriptionEmpty, p.termsToggler]) starts.add(line);
    starts.add(p.termsHeader.join(' | '));
  }
  return starts;
});

/** The lines that open a labelled page's terms, in any UI language: the toggle and the header glued in one line. */
const termsOpenings = lazy('parse.terms-openings', (): { readonly toggles: ReadonlySet<string>; readonly headers: readonly string[] } => ({
  toggles: new Set(UI_LANGUAGES.map((l) => uiPhrases(l).termsToggler)),
  headers: UI_LANGUAGES.map((l) => uiPhrases(l).termsHeader.join('')),
}));

/** The headings of an item page's statements, in any UI language. */
const statementHeadings = lazy('parse.statement-headings', (): ReadonlySet<string> => {
  const headings = new Set<string>();
  for (const language of UI_LANGUAGES) headings.add(uiPhrases(language).statements).add(uiPhrases(language).identifiers);
  return headings;
});

const closesStatement = (line: string): boolean => UI_LANGUAGES.some((l) => uiPhrases(l).references.read(line) !== null);

function opensTerms(raw: string): boolean {
  const line = raw.trim();
  const { toggles, headers } = termsOpenings();
  return toggles.has(line) || headers.some((h) => line.startsWith(h));
}

/** A title line waiting for a line that shows an item page's body opens there, up to its last line. */
interface Candidate {
  readonly at: number;
  readonly last: number;
  readonly opens: (raw: string) => boolean;
}

/** A line as the openings are keyed: trimmed, a terms-table line's cells joined by ` | `. */
function opensPage(raw: string): boolean {
  const line = raw.trim();
  const key = line.includes('|') ? joinCells(line, ' | ') : line;
  return pageOpenings().has(key);
}

/** A line break is `\n` or `\r\n`: a line followed by one loses the `\r` it ends with, as `split(/\r?\n/)` does. */
const withoutCr = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);

const NONE: readonly PageSource[] = [];

/** A Markdown title heading `# <label> (Q…)` (one `#`: a page's own title, never a section's `##`). */
export function isMarkdownTitle(line: string): boolean {
  return line.charCodeAt(0) === 0x23 && /^#[ \t]/u.test(line) && isTitleLine(line.slice(2).trim());
}

/**
 * Cuts a text into pages line by line. A new page starts at a title line `<label> (Q…)` that follows the
 * references line closing a statement, when one of the next seven lines opens an item page's body; anything else
 * stays one page, so a value that happens to end in `(Q…)` is never taken for a title. A text whose first line is a
 * Markdown title heading is a Markdown export: each later title heading starts a page (its values are links or text,
 * a heading is only ever a page's title), and the rule above does not apply. Lines are given as split on `\n` alone
 * (a `\r` before it still there); each page's text has its line breaks as `\n`.
 */
export class PageSplitter {
  /** The current page's lines, as given. */
  #lines: string[] = [];
  /** Index (in the whole text) of the current page's first line, and of the next line to come. */
  #start = 0;
  #next = 0;
  #cut = false;
  /** The last non-blank line, trimmed. */
  #previous = '';
  /** Title lines (indexes in the whole text) waiting for the lines that tell whether a page opens there. */
  #candidates: Candidate[] = [];
  /** Whether a statements heading came since the last title line (a page's own title comes before its heading). */
  #body = false;
  /** Whether the first non-blank line is a Markdown title heading (undefined until that line has come). */
  #markdown: boolean | undefined;

  /** `source` says where the lines come from (file, first line, record, facts); its text is not read. */
  constructor(private readonly source: PageSource) {}

  /** Adds the next line; gives back the pages it completes (most often none). */
  push(raw: string): readonly PageSource[] {
    const i = this.#next++;
    let done = NONE;
    if (this.#candidates.length > 0) {
      // Candidates wait in order until their window ends; a line that opens a page confirms those it opens, and the
      // queue empties: the lines before the last cut are a page now.
      this.#candidates = this.#candidates.filter((c) => c.last >= i);
      const confirmed = this.#candidates.filter((c) => c.opens(raw));
      if (confirmed.length > 0) {
        this.#candidates = [];
        done = confirmed.map((c) => this.#cutAt(c.at));
      }
    }
    const line = raw.trim();
    if (this.#markdown === true) {
      if (isMarkdownTitle(line)) done = [this.#cutAt(i)];
      this.#lines.push(raw);
      return done;
    }
    this.#lines.push(raw);
    if (line === '') return done;
    if (this.#markdown === undefined) {
      this.#markdown = isMarkdownTitle(line);
      if (this.#markdown) return done;
    }
    // A title heading starts a page only in a Markdown export (so a page cut off a text never opens with one).
    if (i > 0 && isTitleLine(line) && !isMarkdownTitle(line)) {
      // A title line or statements heading before a terms opening: the labelled candidate was a value's.
      this.#candidates = this.#candidates.filter((c) => c.opens === opensPage);
      if (closesStatement(this.#previous)) this.#candidates.push({ at: i, last: i + LOOKAHEAD, opens: opensPage });
      // A labelled page copied from a browser ends in its sitelinks or footer, not a references line: after a
      // page's statements, a title line whose terms table opens below its skin menus starts the next page.
      else if (this.#body) this.#candidates.push({ at: i, last: i + LABELLED_LOOKAHEAD, opens: opensTerms });
      this.#body = false;
    } else if (statementHeadings().has(line)) {
      this.#body = true;
      this.#candidates = this.#candidates.filter((c) => c.opens === opensPage);
    }
    this.#previous = line;
    return done;
  }

  /** The last page, once every line is in (null when the text is blank: no page at all). */
  end(): PageSource | null {
    this.#candidates = [];
    if (!this.#cut) {
      const text = this.#lines.join('\n');
      return text.trim() === '' ? null : { ...this.source, text };
    }
    const last = this.#lines.length - 1;
    return this.#page(this.#lines.map((l, k) => (k === last ? l : withoutCr(l))).join('\n'), this.#start);
  }

  /** Whether a cut has been made (so the text is more than one page). */
  get cut(): boolean {
    return this.#cut;
  }

  #cutAt(at: number): PageSource {
    const count = at - this.#start;
    const text = this.#lines.slice(0, count).map(withoutCr).join('\n');
    const page = this.#page(text, this.#start);
    this.#lines = this.#lines.slice(count);
    this.#start = at;
    this.#cut = true;
    return page;
  }

  #page(text: string, start: number): PageSource {
    const source = this.source;
    return source.inRecord
      ? { ...source, text, pageLine: (source.pageLine ?? 1) + start }
      : { ...source, text, line: source.line + start };
  }
}

/** The pages a text holds: the source itself when it holds one, else one source per page (see PageSplitter). */
export function splitPages(source: PageSource): PageSource[] {
  const splitter = new PageSplitter(source);
  const pages: PageSource[] = [];
  for (const line of source.text.split('\n')) for (const page of splitter.push(line)) pages.push(page);
  if (!splitter.cut) return [source];
  const last = splitter.end();
  if (last !== null) pages.push(last);
  return pages;
}
