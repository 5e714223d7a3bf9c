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

const closesStatement = (line: string): boolean => UI_LANGUAGES.some((l) => uiPhrases(l).references.read(line) !== null);

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
  #candidates: number[] = [];
  /** Whether the first non-blank line is a Markdown title heading (undefined until that line has come). */
  #markdown: boolean | undefined;

  /** `source` says where the lines come from (file, first line, record, facts); its text is not read. */
  constructor(private readonly source: PageSource) {}

  /** Adds the next line; gives back the pages it completes (most often none). */
  push(raw: string): readonly PageSource[] {
    const i = this.#next++;
    let done = NONE;
    if (this.#candidates.length > 0) {
      // Candidates wait in order; a line that opens a page confirms every one whose window it falls in, and those
      // it falls past were dropped at the end of their window, so the queue empties either way.
      if (opensPage(raw)) {
        const cuts = this.#candidates;
        this.#candidates = [];
        done = cuts.map((at) => this.#cutAt(at));
      } else if (this.#candidates[0] === i - LOOKAHEAD) {
        this.#candidates.shift();
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
    if (i > 0 && isTitleLine(line) && closesStatement(this.#previous) && !isMarkdownTitle(line)) this.#candidates.push(i);
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
