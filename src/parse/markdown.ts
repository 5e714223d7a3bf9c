// Lines of a text or Markdown flattening as a reader sees them: list and heading marks taken off, links (with their
// targets, which on a Wikibase name entities) replaced by their text.
import type { ItemId, PropertyId } from '../model/index.js';
import type { Link, MarkedLine } from './labelled-types.js';
import type { SourceLine } from './page.js';

const LIST_MARK = /^[*-](?:\s+|$)/u;
const HEADING_MARK = /^#{1,6}\s+/u;
/** The last path segment of an entity page or concept URI: `Q42`, `Item:Q42`, `Property:P31`. */
const ENTITY_SEGMENT = /^(?:(?:Item|Property):)?([QP][1-9]\d*)$/u;

/** The entity a link's target names on a Wikibase (`/wiki/Q42`, `/wiki/Property:P31`, `/entity/Q42`), if any. */
export function linkedEntity(target: string): ItemId | PropertyId | undefined {
  let path: string;
  try {
    const url = new URL(target, 'https://wikibase.invalid/');
    // A link to a part of a page (`…/Q1071#`, even with nothing after the `#`) is a toggle, not the entity.
    if (target.includes('#') || url.search !== '') return undefined;
    path = url.pathname;
  } catch {
    return undefined;
  }
  if (!/\/(?:wiki|entity)\//u.test(path)) return undefined;
  const segment = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  return ENTITY_SEGMENT.exec(segment)?.[1] as ItemId | PropertyId | undefined;
}

/** Markdown's backslash escapes (`\&`, `\[`) undone. */
const unescape = (s: string): string => s.replace(/\\([\\`*_{}[\]()#+\-.!&|<>])/gu, '$1');

/** After this many brackets that open no link, the rest of a line is plain text (a line of brackets is no list of links). */
const MAX_FAILURES = 20;

/**
 * The links `[text](target)` of a Markdown line and the line with each replaced by its text. A target may hold
 * parentheses (`File:LL-Q13955_(ara)-….wav`): it ends at the `)` that balances its opening one.
 */
function readLinks(line: string): { text: string; links: Link[] } {
  const links: Link[] = [];
  let text = '';
  let i = 0;
  let failures = 0;
  while (i < line.length) {
    const open = line.indexOf('[', i);
    if (open === -1 || failures >= MAX_FAILURES) {
      text += unescape(line.slice(i));
      break;
    }
    const escaped = open > 0 && line[open - 1] === '\\';
    const close = escaped ? -1 : closing(line, open, '[', ']');
    const end = close !== -1 && line[close + 1] === '(' ? closing(line, close + 1, '(', ')') : -1;
    if (end === -1) {
      if (!escaped) failures += 1;
      text += unescape(line.slice(i, open + 1));
      i = open + 1;
      continue;
    }
    const linkText = unescape(line.slice(open + 1, close));
    // A target may carry a title after a space: `(url "title")`.
    const target = line.slice(close + 2, end).trim().split(/\s+/u)[0] ?? '';
    const entity = linkedEntity(target);
    links.push(entity === undefined ? { text: linkText, target } : { text: linkText, target, entity });
    text += unescape(line.slice(i, open)) + linkText;
    i = end + 1;
  }
  return { text, links };
}

/** How far a link's text or target may reach: no scan runs past it, so a line of brackets costs linear time. */
const MAX_LINK = 2000;

function closing(line: string, at: number, open: string, close: string): number {
  let depth = 0;
  const end = Math.min(line.length, at + MAX_LINK);
  for (let k = at; k < end; k++) {
    const c = line[k];
    if (c === '\\') k += 1;
    else if (c === open) depth += 1;
    else if (c === close && --depth === 0) return k;
  }
  return -1;
}

/** A line's visible text with its marks off; `links` says whether Markdown links are read. */
function markLine(line: SourceLine, links: boolean): MarkedLine {
  let text = line.text.trim().replace(HEADING_MARK, '');
  const marked = LIST_MARK.test(text);
  if (marked) text = text.replace(LIST_MARK, '');
  if (!links) return { text: text.trim(), span: line.span, marked, links: [] };
  const read = readLinks(text);
  return { text: read.text.trim(), span: line.span, marked, links: read.links };
}

export const textLines = (lines: readonly SourceLine[]): MarkedLine[] => lines.map((l) => markLine(l, false));
export const markdownLines = (lines: readonly SourceLine[]): MarkedLine[] => lines.map((l) => markLine(l, true));

const MARKDOWN_LINK = /\[[^\]]*\]\([^)\s]*\)/u;

/**
 * A Markdown flattening: a `# ` title, or links `[text](target)` on several of the first lines (a plain-text page
 * may hold a bracket, never line after line of links).
 */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 8000).split('\n', 60);
  const first = head.find((l) => l.trim() !== '');
  if (first !== undefined && /^#\s+\S/u.test(first.trim())) return true;
  return head.filter((l) => MARKDOWN_LINK.test(l)).length >= 5;
}
