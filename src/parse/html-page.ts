// Reads a Wikibase item page's HTML (saved from any Wikibase) with htmlparser2: the entity view keeps property and
// item ids in its links, ranks in its classes, and each snak in its own element, so nothing is guessed from lines.
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { DomUtils, Parser, parseDocument } from 'htmlparser2';
import type { Diagnostic, Span } from '../diagnostics/index.js';
import { isItemId, isPropertyId, type ItemId, type PropertyId, type Rank } from '../model/index.js';
import type { PageSource } from '../input/index.js';
import type { ParseResult } from './item-page.js';
import { hostOf, linkedHostOf, type LabelledPage, type LabelledSitelink, type LabelledQualifier, type LabelledStatement, type Link, type MarkedLine, type PropertyRef } from './labelled-types.js';
import { linkedEntity } from './markdown.js';
import type { TermsRow } from './page.js';
import { lineSpan } from './source-lines.js';
import { UI_LANGUAGES, uiPhrases } from './ui-phrases.js';

const entityOf = (target: string): { entity?: ItemId | PropertyId } => {
  const entity = linkedEntity(target);
  return entity === undefined ? {} : { entity };
};

export { looksLikeHtml } from './looks-like-html.js';

/** The item an HTML page's entity view shows (`<div id="wb-item-Q42" class="wikibase-entityview …">`), read as tags stream by. */
export function htmlItemId(text: string): ItemId | undefined {
  let id: ItemId | undefined;
  const parser = new Parser({
    onopentag(_name, attribs) {
      if (id !== undefined || !(attribs['class'] ?? '').split(/\s+/u).includes('wikibase-entityview')) return;
      const found = (attribs['id'] ?? '').replace(/^wb-item-/u, '');
      if (isItemId(found)) id = found;
    },
  });
  parser.end(text);
  return id;
}

export const hasClass = (el: Element, name: string): boolean => (el.attribs['class'] ?? '').split(/\s+/u).includes(name);
const byClass = (name: string) => (el: Element): boolean => hasClass(el, name);
const findAll = (name: string, within: AnyNode | AnyNode[]): Element[] =>
  DomUtils.findAll(byClass(name), Array.isArray(within) ? within : [within]);
const findOne = (name: string, within: AnyNode): Element | null => DomUtils.findOne(byClass(name), [within]);

/** Visible text, whitespace collapsed, without Wikibase's language fallback indicators (`Englisch`). */
export function visibleText(node: AnyNode): string {
  const parts: string[] = [];
  const walk = (n: AnyNode): void => {
    if (isText(n)) parts.push(n.data);
    else if (isTag(n) && !hasClass(n, 'wb-language-fallback-indicator') && n.name !== 'script' && n.name !== 'style') {
      for (const child of n.children) walk(child);
    }
  };
  walk(node);
  return parts.join('').replace(/\s+/gu, ' ').trim();
}

/** Maps offsets in the HTML to lines and columns for spans. */
export class Positions {
  readonly #starts: number[] = [0];
  constructor(private readonly source: PageSource) {
    const text = source.text;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.#starts.push(at + 1);
  }
  /** Where a node starts: its line and column in the HTML, the line itself to show (the text it shows aside). */
  span(node: AnyNode): Span {
    const offset = node.startIndex ?? 0;
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.#starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = this.#starts[lo] as number;
    const end = this.source.text.indexOf('\n', start);
    const line = this.source.text.slice(start, end === -1 ? undefined : end).replace(/\r$/u, '');
    return lineSpan(this.source, lo + 1, line, offset - start + 1);
  }
}

function markedLine(el: Element, at: Positions): MarkedLine {
  const text = visibleText(el);
  const links: Link[] = DomUtils.getElementsByTagName('a', [el]).map((a) => {
    const target = a.attribs['href'] ?? '';
    const entity = linkedEntity(target);
    const linkText = visibleText(a);
    return entity === undefined ? { text: linkText, target } : { text: linkText, target, entity };
  });
  return { text, span: at.span(el), marked: false, links };
}

function propertyRef(container: Element, at: Positions, fallbackId?: string): PropertyRef {
  const link = DomUtils.getElementsByTagName('a', [container])[0];
  const label = visibleText(link ?? container);
  const fromLink = link === undefined ? undefined : linkedEntity(link.attribs['href'] ?? '');
  const id = fromLink !== undefined && isPropertyId(fromLink) ? fromLink : fallbackId !== undefined && isPropertyId(fallbackId) ? fallbackId : undefined;
  const span = at.span(container);
  return id === undefined ? { label, span } : { label, id, span };
}

const RANKS: readonly Rank[] = ['preferred', 'normal', 'deprecated'];

/** A snak that holds no value ("no value", "unknown value"): shown as words, which are no value of any datatype. */
const holdsNoValue = (value: Element): boolean =>
  hasClass(value, 'wikibase-snakview-variation-novaluesnak') || hasClass(value, 'wikibase-snakview-variation-somevaluesnak');

function statementOf(
  el: Element,
  property: PropertyRef,
  section: LabelledStatement['section'],
  language: string,
  at: Positions,
): LabelledStatement | Diagnostic | null {
  const mainsnak = findOne('wikibase-statementview-mainsnak', el);
  const value = mainsnak === null ? null : findOne('wikibase-snakview-value', mainsnak);
  if (value === null) return null;
  if (holdsNoValue(value)) {
    const why = 'a "no value" or "unknown value" snak, which wbimport does not import';
    return { code: 'value-unrecognised', severity: 'error', span: at.span(value), value: visibleText(value), why };
  }
  const qualifiers: LabelledQualifier[] = [];
  const problems: Diagnostic[] = [];
  const qualifierBox = findOne('wikibase-statementview-qualifiers', el);
  for (const snak of qualifierBox === null ? [] : findAll('wikibase-snakview', qualifierBox)) {
    const name = findOne('wikibase-snakview-property', snak);
    const shown = findOne('wikibase-snakview-value', snak);
    if (name === null || shown === null) continue;
    if (holdsNoValue(shown)) {
      const why = 'a "no value" or "unknown value" qualifier, which wbimport does not import';
      problems.push({ code: 'value-unrecognised', severity: 'error', span: at.span(shown), value: visibleText(shown), why });
      continue;
    }
    const ref = propertyRef(name, at);
    const last = qualifiers.at(-1);
    // A qualifier with several values shows its property once, then a snak with an empty property cell per value.
    if (visibleText(name) === '' && last !== undefined) (last.values as MarkedLine[]).push(markedLine(shown, at));
    else qualifiers.push({ property: ref, values: [markedLine(shown, at)] });
  }
  const heading = findOne('wikibase-statementview-references-heading', el);
  const headingText = heading === null ? '' : visibleText(heading);
  const counted = UI_LANGUAGES.includes(language) ? uiPhrases(language).references.read(headingText) : null;
  const references = counted ?? findAll('wikibase-referenceview', el).length;
  const rank = RANKS.find((r) => hasClass(el, `wb-${r}`));
  if (problems.length > 0) return problems[0] as Diagnostic;
  return {
    section,
    property,
    value: [markedLine(value, at)],
    qualifiers,
    references,
    referencesSpan: heading === null ? at.span(el) : at.span(heading),
    ...(rank === undefined ? {} : { rank }),
  };
}

function termsRows(view: Element, at: Positions): TermsRow[] {
  return findAll('wikibase-entitytermsforlanguageview', view).map((row) => {
    const code = (row.attribs['class'] ?? '').split(/\s+/u).find((c) => c.startsWith('wikibase-entitytermsforlanguageview-'))?.slice(36);
    const nameCell = findOne('wikibase-entitytermsforlanguageview-language', row);
    const cell = (name: string): string | undefined => {
      const view = findOne(name, row);
      if (view === null || hasClass(view, 'wb-empty')) return undefined;
      const text = visibleText(view);
      return text === '' ? undefined : text;
    };
    const label = cell('wikibase-labelview');
    const description = cell('wikibase-descriptionview');
    const aliases = findAll('wikibase-aliasesview-list-item', row).map(visibleText).filter((a) => a !== '');
    const languageName = nameCell === null ? (code ?? '') : visibleText(nameCell);
    return {
      languageName,
      ...(code === undefined ? {} : { languageCode: code }),
      ...(label === undefined ? {} : { label }),
      ...(description === undefined ? {} : { description }),
      aliases,
      span: at.span(row),
    };
  });
}

/** The page's UI language from its `lang` attribute, lower-case as Wikibase writes codes; null when it is no language tag. */
function uiLanguageOf(lang: string | undefined): string | null {
  if (lang === undefined) return null;
  try {
    return Intl.getCanonicalLocales(lang)[0]?.toLowerCase() ?? null;
  } catch {
    return null;
  }
}

/** Parses a Wikibase item page's HTML; an HTML page with no item view is reported. */
export function parseHtmlPage(source: PageSource): ParseResult<LabelledPage> {
  const document = parseDocument(source.text, { withStartIndices: true });
  const at = new Positions(source);
  const where = { file: source.file, line: source.line, column: 1 };
  const view = DomUtils.findOne((el) => hasClass(el, 'wikibase-entityview'), document.children);
  const id = view?.attribs['id']?.replace(/^wb-item-/u, '');
  if (view === null || id === undefined || !isItemId(id)) {
    const reason = view === null ? 'no Wikibase entity view in it' : 'its entity view shows no item id';
    return { page: null, diagnostics: [{ code: 'html-unrecognised', severity: 'error', span: where, reason }] };
  }
  const html = DomUtils.findOne((el) => el.name === 'html', document.children);
  const language = uiLanguageOf(html?.attribs['lang'] ?? view.attribs['lang']);
  if (language === null) {
    return { page: null, diagnostics: [{ code: 'ui-language-unknown', severity: 'error', span: where, candidates: [] }] };
  }
  const diagnostics: Diagnostic[] = [];
  const statements: LabelledStatement[] = [];
  for (const group of findAll('wikibase-statementgroupview', view)) {
    const label = findOne('wikibase-statementgroupview-property-label', group) ?? group;
    const property = propertyRef(label, at, group.attribs['data-property-id']);
    // Wikidata shows external ids in a list of their own, under its "Identifiers" heading.
    const section = isUnderIdentifiers(group) ? 'identifiers' : 'statements';
    for (const el of findAll('wikibase-statementview', group)) {
      const statement = statementOf(el, property, section, language, at);
      if (statement === null) continue;
      if ('code' in statement) diagnostics.push(statement);
      else statements.push(statement);
    }
  }
  const sitelinks = findAll('wikibase-sitelinkgroupview', view).flatMap((group) => sitelinksOf(group, at));
  const titleLabel = findOne('wikibase-title-label', document);
  const titleText = titleLabel === null || hasClass(titleLabel, 'wb-empty') ? '' : visibleText(titleLabel);
  const headingAliases = findAll('wikibase-entitytermsview-aliases-alias', view).map((li) => markedLine(li, at));
  // The concept URI (the page's Tools link `…/entity/Q…`) names the Wikibase; else its absolute entity links do.
  const links = DomUtils.getElementsByTagName('a', document.children).map((a) => a.attribs['href'] ?? '');
  const concept = links.find((href) => href.endsWith(`/entity/${id}`) && hostOf(href) !== undefined);
  const site = concept === undefined ? linkedHostOf(links.map((target) => ({ text: '', target, ...entityOf(target) }))) : hostOf(concept);
  const page: LabelledPage = {
    kind: 'labelled',
    flattening: 'html',
    ...(site === undefined ? {} : { site }),
    source,
    uiLanguage: language,
    id: id as ItemId,
    ...(titleText === '' ? {} : { titleLabel: titleText }),
    titleSpan: at.span(titleLabel ?? view),
    terms: termsRows(view, at),
    headingAliases,
    statements,
    sitelinks,
  };
  return { page, diagnostics };
}

/** A badge's item: the `wb-badge-Q…` class or the item id among its classes (Wikibase writes the id as a class). */
function badgeOf(badge: Element): ItemId | undefined {
  const classes = (badge.attribs['class'] ?? '').split(/\s+/u).map((c) => c.replace(/^wb-badge-/u, ''));
  const id = [badge.attribs['data-wb-badge'] ?? '', ...classes].find((c) => isItemId(c));
  return id as ItemId | undefined;
}

/** The rows of one sitelink group: each row's site id as shown, its page title, its badges' items. */
function sitelinksOf(group: Element, at: Positions): LabelledSitelink[] {
  const key = group.attribs['data-wb-sitelinks-group'];
  return findAll('wikibase-sitelinkview', group).flatMap((row) => {
    const shown = findOne('wikibase-sitelinkview-siteid', row);
    const site = (shown === null ? '' : visibleText(shown)) || (row.attribs['data-wb-siteid'] ?? '');
    const page = findOne('wikibase-sitelinkview-page', row) ?? findOne('wikibase-sitelinkview-link', row);
    const title = page === null ? '' : visibleText(page);
    const badges = findAll('wb-badge', row).flatMap((b) => badgeOf(b) ?? []);
    return [{ ...(key === undefined || key === '' ? {} : { group: key }), site, title, badges, span: at.span(row) }];
  });
}

function isUnderIdentifiers(group: Element): boolean {
  for (let el: Element | null = group.parent as Element | null; el !== null && isTag(el); el = el.parent as Element | null) {
    if (hasClass(el, 'wikibase-statementgrouplistview')) {
      for (let prev = DomUtils.prevElementSibling(el); prev !== null; prev = DomUtils.prevElementSibling(prev)) {
        if (prev.name === 'h2') return hasClass(prev, 'wikibase-statements-identifiers');
      }
      return false;
    }
  }
  return false;
}
