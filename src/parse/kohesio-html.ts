// A portal project page saved as HTML (Kohesio's): the template's elements (the profile's `infoPage.html` classes)
// become the lines a text copy shows, each with its place in the HTML, and are read as the text page is.
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Diagnostic } from '../diagnostics/index.js';
import type { PageSource } from '../input/index.js';
import type { InfoPageHtml, InfoPageProfile } from '../profile/index.js';
import type { PageAddress } from './address.js';
import { hasClass, Positions, visibleText } from './html-page.js';
import { infoPageLanguage, parseInfoPage } from './kohesio-page.js';
import type { ParseResult } from './item-page.js';
import type { Page, SourceLine } from './page.js';

type Part = keyof InfoPageHtml;
const PARTS: readonly Part[] = ['heading', 'field', 'title', 'summary', 'location'];

/** Raw text with its line breaks (a summary's paragraphs are separated by blank lines in it), scripts left out. */
function rawText(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node) || node.name === 'script' || node.name === 'style') return '';
  // A paragraph or line break element ends a line as a blank line or a line break would.
  const inner = node.children.map(rawText).join('');
  return node.name === 'p' ? `\n\n${inner}\n\n` : node.name === 'br' ? '\n' : inner;
}

/** The lines a text copy of the page shows: sections and rows, then the title, summary and location apart. */
function pageLines(root: AnyNode[], html: InfoPageHtml, at: Positions, diagnostics: Diagnostic[]): SourceLine[] {
  const lines: SourceLine[] = [];
  const partOf = (el: Element): Part | undefined => PARTS.find((p) => hasClass(el, html[p]));
  const elements = DomUtils.findAll((el) => partOf(el) !== undefined, root);
  let apart = false;
  for (const el of elements) {
    const part = partOf(el) as Part;
    const span = at.span(el);
    const blank = (): void => void lines.push({ text: '', span });
    if (part === 'heading' || part === 'field') {
      if (apart) blank();
      apart = false;
      lines.push({ text: visibleText(el), span });
      continue;
    }
    blank();
    apart = true;
    if (part === 'title') {
      lines.push({ text: visibleText(el), span });
    } else if (part === 'summary') {
      const paragraphs = rawText(el).split(/\n[^\S\n]*\n/u).map((p) => p.replace(/\s+/gu, ' ').trim()).filter((p) => p !== '');
      paragraphs.forEach((text, k) => {
        if (k > 0) blank();
        lines.push({ text, span });
      });
    } else {
      const flag = DomUtils.findOne((e) => e.name === 'img' && (e.attribs['alt'] ?? '').trim() !== '', [el]);
      const region = visibleText(el);
      if (flag === null) {
        diagnostics.push({ code: 'line-unexpected', severity: 'warning', span, expected: 'a location with its flag image’s alt text (Flag of …)' });
      } else {
        const country = (flag.attribs['alt'] ?? '').trim();
        lines.push({ text: region === '' ? country : `${country}\u00a0${region}`, span });
      }
    }
  }
  return lines;
}

/**
 * Reads an HTML page built by the profile's portal template; null when the page shows none of its structure (no row
 * of an info section, or no label of any language on them), so that it is reported as no page the reader knows.
 */
export function parseInfoHtml(source: PageSource, info: InfoPageProfile | undefined, address: PageAddress | null): ParseResult<Page> | null {
  const html = info?.html;
  if (info === undefined || html === undefined) return null;
  const document = parseDocument(source.text, { withStartIndices: true });
  if (DomUtils.findOne((el) => hasClass(el, html.field), document.children) === null) return null;
  const diagnostics: Diagnostic[] = [];
  const lines = pageLines(document.children, html, new Positions(source), diagnostics);
  const lang = DomUtils.findOne((el) => el.name === 'html', document.children)?.attribs['lang']?.toLowerCase().split('-')[0];
  const told = infoPageLanguage(lines.map((l) => l.text).join('\n'), info, address?.language ?? lang);
  if (told === null) return null;
  if (!('language' in told)) {
    const span = { file: source.file, line: source.line, column: 1 };
    const why = `its labels could be in any of ${told.candidates.join(', ')}`;
    return { page: null, diagnostics: [{ code: 'page-unmapped', severity: 'error', span, site: info.site, why }] };
  }
  const read = parseInfoPage(source, info, told.language, lines);
  const page = read.page === null ? null : { ...read.page, flattening: 'html' as const };
  return { page, diagnostics: [...diagnostics, ...read.diagnostics] };
}
