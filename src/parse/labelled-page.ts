// Reads a Wikibase item page that keeps its property labels, copied as plain text or exported as Markdown: title,
// skin furniture (reported), heading, terms table, statement groups.
import type { Diagnostic } from '../diagnostics/index.js';
import type { PropertyId } from '../model/index.js';
import type { PageSource } from '../input/index.js';
import { detectUiLanguageOfLines } from './detect-ui-language.js';
import { readPageTitle, type ParseResult } from './item-page.js';
import { readLabelledHead } from './labelled-terms.js';
import { readLabelledSitelinks, sitelinksStart } from './labelled-sitelinks.js';
import { readLabelledStatements } from './labelled-statements.js';
import { linkedHostOf, type Flattening, type LabelledPage, type MarkedLine, type PropertyLabels } from './labelled-types.js';
import { markdownLines, textLines } from './markdown.js';
import { sourceLines } from './source-lines.js';
import { uiPhrases, type UiPhrases } from './ui-phrases.js';

const isHeading = (line: MarkedLine, phrases: UiPhrases): boolean =>
  !line.marked && (line.text === phrases.statements || line.text === phrases.identifiers);

/** Reads the lines of a labelled page (marks and links already read). */
export function parseLabelledLines(
  source: PageSource,
  lines: readonly MarkedLine[],
  flattening: Flattening,
  phrases: UiPhrases,
  labels: PropertyLabels,
): ParseResult<LabelledPage> {
  const title = readPageTitle(source, lines, phrases);
  if ('missing' in title) return { page: null, diagnostics: [title.missing] };
  const { titleLine, rest } = title;
  const headingAt = rest.findIndex((l) => isHeading(l, phrases));
  const head = readLabelledHead(headingAt === -1 ? rest : rest.slice(0, headingAt), phrases);
  const diagnostics: Diagnostic[] = [...head.diagnostics];
  let statements: LabelledPage['statements'] = [];
  let sitelinks: LabelledPage['sitelinks'] = [];
  if (headingAt === -1) {
    diagnostics.push({ code: 'statements-missing', severity: 'error', span: rest.at(-1)?.span ?? titleLine.span });
  } else {
    // The sitelinks section follows the statements (Wikibase puts it beside them, a flattening after them).
    const body = rest.slice(headingAt);
    const cut = sitelinksStart(body, phrases);
    const read = readLabelledStatements(cut === -1 ? body : body.slice(0, cut), flattening, phrases, labels);
    statements = read.statements;
    diagnostics.push(...read.diagnostics);
    if (cut !== -1) {
      const links = readLabelledSitelinks(body.slice(cut), phrases);
      sitelinks = links.sitelinks;
      diagnostics.push(...links.diagnostics);
    }
  }
  const page: LabelledPage = {
    kind: 'labelled',
    flattening,
    source,
    uiLanguage: phrases.language,
    id: title.id,
    ...(title.titleLabel === undefined ? {} : { titleLabel: title.titleLabel }),
    titleSpan: titleLine.span,
    terms: head.rows,
    headingAliases: head.headingAliases,
    statements,
    sitelinks,
  };
  return { page, diagnostics };
}

/**
 * Whether a plain-text item page keeps its property labels (its links' texts): the page shows a browser copy's terms
 * box (its header glued into one line), or its statements show link texts. A flattening that drops links (the
 * seed's) may still show a fallback label line (`EU contribution Englisch`: the indicator is plain text), but never
 * a property's own label alone, nor an item value: so a statement group is labelled when a line is a property's
 * own label in the UI language, or a label of an item-valued property is followed by its value where a statement
 * group must start (after the heading, or after a `0 references` line: after any other count, the labels may be
 * a reference's, whose item values the seed's flattening drops, and the line after them the next statement's).
 */
export function isLabelledText(texts: readonly string[], phrases: UiPhrases, labels: PropertyLabels): boolean {
  const glued = phrases.termsHeader.join('');
  const language = phrases.language;
  const propertiesOf = (line: string): readonly PropertyId[] => {
    const found = labels.lookup(line, language);
    return found === undefined ? [] : typeof found === 'string' ? [found] : found;
  };
  let inStatements = false;
  let groupStarts = false;
  for (let k = 0; k < texts.length; k++) {
    const text = (texts[k] as string).trim();
    if (text.startsWith(glued)) return true;
    if (text === phrases.statements || text === phrases.identifiers) {
      inStatements = true;
      groupStarts = true;
      continue;
    }
    if (!inStatements || text === '') continue;
    const count = phrases.references.read(text);
    if (count !== null) {
      groupStarts = count === 0;
      continue;
    }
    const properties = propertiesOf(text);
    if (properties.length === 0) continue;
    if (labels.isOwnLabel?.(text, language) === true) return true;
    if (!groupStarts || !properties.every((p) => labels.linkValued?.has(p) === true)) continue;
    const next = nextText(texts, k + 1);
    if (next !== undefined && propertiesOf(next).length === 0 && phrases.references.read(next) === null && next !== phrases.identifiers) return true;
  }
  return false;
}

function nextText(texts: readonly string[], from: number): string | undefined {
  for (let j = from; j < texts.length; j++) {
    const next = (texts[j] as string).trim();
    if (next !== '') return next;
  }
  return undefined;
}

/** A plain-text labelled page, split into lines already. */
export function parseLabelledText(source: PageSource, texts: string[], phrases: UiPhrases, labels: PropertyLabels): ParseResult<LabelledPage> {
  return parseLabelledLines(source, textLines(sourceLines(source, texts)), 'text', phrases, labels);
}

/** A Markdown page; its UI language from `phrases`, else told from its text (reported when it cannot be). */
export function parseMarkdownPage(source: PageSource, phrases: UiPhrases | null, labels: PropertyLabels): ParseResult<LabelledPage> {
  const lines = markdownLines(sourceLines(source));
  let chosen = phrases;
  if (chosen === null) {
    const guess = detectUiLanguageOfLines(lines.map((l) => l.text));
    if (guess === null || !('language' in guess)) {
      const span = { file: source.file, line: source.line, column: 1 };
      return { page: null, diagnostics: [{ code: 'ui-language-unknown', severity: 'error', span, candidates: guess === null ? [] : [...guess.candidates] }] };
    }
    chosen = uiPhrases(guess.language);
  }
  const read = parseLabelledLines(source, lines, 'markdown', chosen, labels);
  const site = linkedHostOf(lines.flatMap((l) => l.links));
  return read.page === null || site === undefined ? read : { ...read, page: { ...read.page, site } };
}
