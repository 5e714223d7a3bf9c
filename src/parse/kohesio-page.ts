// A portal project page with its info block (Kohesio's): header, fields, lists, title, summary and location line.
import type { Diagnostic, Span } from '../diagnostics/index.js';
import type { InfoPageProfile } from '../profile/index.js';
import type { PageSource } from '../input/index.js';
import { labelMatchers, locationPatterns, mayBeStructure, type LabelMatcher, type LineMatch } from './info-labels.js';
import type { InfoFieldLine, InfoListValue, InfoPage, SourceLine } from './page.js';
import { lineSpan, sourceLines, splitLines } from './source-lines.js';

export type InfoPageResult = { readonly page: InfoPage | null; readonly diagnostics: Diagnostic[] };

/** `structure`: the info block's own lines; `furniture`: the site header, links, the location line. */
type Role = 'blank' | 'text' | 'structure' | 'furniture';

/** One line read: what it is, and the structure it holds (a glued heading is reported and cut off). */
interface ReadLine {
  readonly role: Role;
  readonly line: SourceLine;
}

/** A line's text from `offset` on, with a span pointing at that column. */
function from(line: SourceLine, offset: number): SourceLine {
  const lead = /^\s*/u.exec(line.text.slice(offset))?.[0].length ?? 0;
  const text = line.text.slice(offset + lead).trimEnd();
  return { text, span: { ...line.span, column: line.span.column + offset + lead } };
}

/** Structure lines a language's labels recognise on a page (glued headings counted once each part). */
function score(lines: readonly string[], matcher: LabelMatcher): number {
  let n = 0;
  for (const text of lines) {
    if (text.trim() === '') continue;
    const whole = matcher.whole(text);
    // Furniture (`link`, `Projects`) and `n/a` are words a summary may hold on a line of their own: no evidence.
    if (whole !== null && (whole.role === 'field' || whole.role === 'heading' || whole.role === 'site-header')) n += 1;
    else if (whole === null && matcher.headingPrefixes(text).length > 0) n += 1;
  }
  return n;
}

const isLocation = (text: string, info: InfoPageProfile): boolean => locationPatterns(info).some((p) => p.test(text.trim()));

export type InfoPageLanguage = { readonly language: string } | { readonly candidates: readonly string[] } | null;

/**
 * Whether a text shows the info page's structure, and in which language: the language whose labels recognise the
 * most lines (the address's language wins a tie); `candidates` when several tie and no address says; null when
 * nothing on it is structure (a summary-only page).
 */
export function infoPageLanguage(text: string, info: InfoPageProfile, hint?: string): InfoPageLanguage {
  const all = splitLines(text);
  // Only lines that may begin with some language's label are scored (most summaries have none).
  const lines = all.filter((l) => mayBeStructure(l, info));
  let best = 0;
  let tied: string[] = [];
  for (const [language, matcher] of labelMatchers(info)) {
    const n = score(lines, matcher);
    if (n > best) [best, tied] = [n, [language]];
    else if (n === best && n > 0) tied.push(language);
  }
  if (best === 0) {
    if (!all.some((l) => isLocation(l, info))) return null;
    return hint !== undefined && hint in info.labels ? { language: hint } : { candidates: Object.keys(info.labels) };
  }
  if (hint !== undefined && tied.includes(hint)) return { language: hint };
  const [only] = tied;
  return tied.length === 1 && only !== undefined ? { language: only } : { candidates: tied.sort() };
}

class Reader {
  readonly diagnostics: Diagnostic[] = [];
  readonly fields: InfoFieldLine[] = [];
  readonly lists: InfoListValue[] = [];
  readonly locations: InfoPage['locations'][number][] = [];
  /** The list whose values the next lines are, until a blank line or more structure. */
  list: string | undefined;
  /** A field whose value is on the next line (`Fund:` alone on its line). */
  pendingField: { key: string; label: string; span: Span } | undefined;

  constructor(
    private readonly matcher: LabelMatcher,
    private readonly info: InfoPageProfile,
  ) {}

  skipped(line: SourceLine, as: string): void {
    this.diagnostics.push({ code: 'line-skipped', severity: 'info', span: line.span, as });
  }

  /** Whether the line before was structure (no blank line since). */
  inBlock = false;

  /** Reads one line, returning its role. */
  read(line: SourceLine): Role {
    const role = this.readLine(line);
    this.inBlock = role === 'structure';
    return role;
  }

  private readLine(line: SourceLine): Role {
    const text = line.text.trim();
    if (text === '') {
      this.list = undefined;
      return 'blank';
    }
    if (this.pendingField !== undefined) {
      const field = this.pendingField;
      this.pendingField = undefined;
      if (this.matcher.whole(text) === null) {
        this.field(field.key, field.label, line, field.span);
        return 'structure';
      }
      this.diagnostics.push({ code: 'line-unexpected', severity: 'warning', span: field.span, expected: 'a value after the label' });
    }
    const match = this.matcher.whole(text);
    if (match !== null) return this.structure(line, match);
    if (isLocation(text, this.info)) return this.readLocation(line);
    const glued = this.glued(line);
    if (glued !== null) return glued;
    if (this.list !== undefined) return this.listValue(line);
    return 'text';
  }

  /**
   * A heading glued to a field is plain (the field's label says where the heading ends); glued to a list's first
   * value only inside the block (a title may begin with the word "Themes"), and only where the heading can end at
   * one place: `toetusesaajad.o.o.` is reported, not split by a guess.
   */
  private glued(line: SourceLine): Role | null {
    const prefixes = this.matcher.headingPrefixes(line.text);
    const fields = prefixes.flatMap((p) => {
      const rest = from(line, p.length);
      const match = this.matcher.whole(rest.text);
      return match === null || match.role === 'na' ? [] : [{ ...p, rest, match }];
    });
    let lists = this.inBlock ? prefixes.filter((p) => p.list !== undefined) : [];
    // Where one form is the start of another (`Begünstigte`, `Begünstigter`), the heading ends where a capital
    // begins the glued text: `BegünstigterProjekt` is `Begünstigter` + `Projekt`.
    if (lists.length > 1) {
      const capital = lists.filter((p) => /^\p{Lu}/u.test(line.text.slice(p.length)));
      if (capital.length === 1) lists = capital;
    }
    const heading = (length: number): void => this.skipped({ text: line.text.slice(0, length), span: { ...line.span, length } }, 'a section heading');
    const [field] = fields;
    if (fields.length === 1 && field !== undefined) {
      heading(field.length);
      this.list = field.list;
      return this.structure(field.rest, field.match);
    }
    const [list] = lists;
    if (fields.length === 0 && lists.length === 1 && list !== undefined) {
      heading(list.length);
      this.list = list.list;
      return this.listValue(from(line, list.length));
    }
    if (fields.length + lists.length > 1) {
      const why = 'a section heading is glued to the next text, and where it ends cannot be told';
      this.diagnostics.push({ code: 'page-unmapped', severity: 'error', span: line.span, site: this.info.site, why });
      return 'structure';
    }
    return null;
  }

  private structure(line: SourceLine, match: LineMatch): Role {
    switch (match.role) {
      case 'site-header':
        this.skipped(line, 'the site header');
        return 'furniture';
      case 'furniture':
        this.skipped(line, 'page furniture');
        return 'furniture';
      case 'na':
      case 'no-summary':
        this.skipped(line, match.role === 'na' ? 'a missing value' : 'the placeholder for a summary not translated');
        return match.role === 'na' ? 'structure' : 'text';
      case 'heading':
        this.skipped(line, 'a section heading');
        this.list = match.list;
        return 'structure';
      case 'field': {
        this.list = undefined;
        const value = from(line, match.valueAt);
        const label = line.text.slice(0, match.valueAt).trim();
        if (value.text === '') this.pendingField = { key: match.key, label, span: line.span };
        else this.field(match.key, label, value, line.span);
        return 'structure';
      }
    }
  }

  private field(key: string, label: string, value: SourceLine, span: Span): void {
    this.fields.push({ key, label, value: this.matcher.isNa(value.text) ? null : value, span });
  }

  private listValue(line: SourceLine): Role {
    const list = this.list;
    if (list === undefined) return 'text';
    if (this.matcher.isNa(line.text)) this.skipped(line, 'a missing value');
    else this.lists.push({ key: list, value: from(line, 0) });
    return 'structure';
  }

  private readLocation(line: SourceLine): Role {
    this.list = undefined;
    const text = line.text.trim();
    for (const pattern of locationPatterns(this.info)) {
      const groups = pattern.exec(text)?.groups;
      const country = groups?.['country']?.trim();
      if (country === undefined || country === '') continue;
      let region = groups?.['region']?.trim();
      // "Multiple locations" or n/a in place of a region names none.
      if (region !== undefined && this.matcher.isNoRegion(region)) {
        this.skipped(line, 'a placeholder for the region');
        region = undefined;
      }
      this.locations.push({ country, ...(region === undefined || region === '' ? {} : { region }), span: line.span });
      break;
    }
    return 'furniture';
  }
}

/** Paragraphs of text: runs of text lines that blank lines or structure lines separate. */
function paragraphs(read: readonly ReadLine[]): { lines: SourceLine[]; start: number; end: number }[] {
  const out: { lines: SourceLine[]; start: number; end: number }[] = [];
  let current: { lines: SourceLine[]; start: number; end: number } | undefined;
  read.forEach((r, i) => {
    if (r.role === 'text') {
      if (current === undefined) {
        current = { lines: [], start: i, end: i };
        out.push(current);
      }
      current.lines.push(r.line);
      current.end = i;
    } else {
      current = undefined;
    }
  });
  return out;
}

/**
 * Parses an info page in `language` (told by infoPageLanguage). Text lines that touch the info block (no blank line
 * between) are reported; of the paragraphs elsewhere, the first is the title and the rest the summary. A lone
 * paragraph could be either: it is reported, not guessed.
 */
export function parseInfoPage(
  source: PageSource,
  info: InfoPageProfile,
  language: string,
  lines: readonly SourceLine[] = sourceLines(source),
): InfoPageResult {
  const matcher = labelMatchers(info).get(language);
  if (matcher === undefined) return { page: null, diagnostics: [] };
  const reader = new Reader(matcher, info);
  const read: ReadLine[] = lines.map((line) => ({ line, role: reader.read(line) }));
  if (reader.pendingField !== undefined) {
    reader.diagnostics.push({ code: 'line-unexpected', severity: 'warning', span: reader.pendingField.span, expected: 'a value after the label' });
  }
  const isBlock = (r: ReadLine | undefined): boolean => r?.role === 'structure';
  const noSummary = read.some((r) => r.role === 'text' && matcher.whole(r.line.text)?.role === 'no-summary');
  const found = paragraphs(read)
    .map((p) => ({ ...p, lines: p.lines.filter((l) => matcher.whole(l.text)?.role !== 'no-summary') }))
    .filter((p) => p.lines.length > 0);
  const texts: typeof found = [];
  for (const p of found) {
    // A line glued to the info block (no blank line between) is part of it, and no field the profile knows.
    if (isBlock(read[p.start - 1]) || isBlock(read[p.end + 1])) {
      for (const line of p.lines) reader.diagnostics.push({ code: 'line-unexpected', severity: 'warning', span: line.span, expected: 'a field of the info block' });
    } else {
      texts.push(p);
    }
  }
  let title: SourceLine | undefined;
  let summary: InfoPage['summary'];
  const [first, ...rest] = texts;
  if (first !== undefined && (rest.length > 0 || noSummary) && first.lines.length === 1) {
    const [line] = first.lines;
    if (line !== undefined) title = { text: line.text.trim(), span: line.span };
    // The summary is the paragraphs that follow the title with only blank lines between them; text after
    // something else (the location line, a link) is no part of it, and no field either.
    let run = rest.length === 0 ? 0 : 1;
    while (run < rest.length && read.slice((rest[run - 1]?.end ?? 0) + 1, rest[run]?.start).every((r) => r.role === 'blank')) run += 1;
    for (const p of rest.slice(run)) {
      for (const l of p.lines) reader.diagnostics.push({ code: 'line-unexpected', severity: 'warning', span: l.span, expected: 'no text after the summary' });
    }
    const last = rest[run - 1];
    const head = rest[0];
    if (head !== undefined && last !== undefined) {
      const between = read.slice(head.start, last.end + 1);
      const text = between.map((r) => r.line.text).join('\n');
      summary = { text: text.trim(), span: head.lines[0]?.span ?? lineSpan(source, 1, '') };
    }
  } else if (first !== undefined) {
    const detail = first.lines.length > 1 ? 'its title is not one line' : 'one paragraph of text could be its title or its summary';
    for (const p of texts) {
      for (const line of p.lines) reader.diagnostics.push({ code: 'page-unmapped', severity: 'error', span: line.span, site: info.site, why: detail });
    }
  }
  const page: InfoPage = {
    kind: 'info',
    source,
    language,
    fields: reader.fields,
    lists: reader.lists,
    ...(title === undefined ? {} : { title }),
    ...(summary === undefined ? {} : { summary }),
    locations: reader.locations,
  };
  return { page, diagnostics: reader.diagnostics };
}
