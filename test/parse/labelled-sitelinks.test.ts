// The sitelinks section of labelled text and Markdown pages: where it starts, its rows, and what is reported.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/index.js';
import { placeSitelinks } from '../../src/interpret/index.js';
import { markdownLines, readLabelledSitelinks, sitelinksStart, textLines, uiPhrases, type LabelledSitelink } from '../../src/parse/index.js';
import { sourceLine, span } from '../support/builders.js';

const text = (...ls: string[]) => textLines(ls.map((l, k) => sourceLine(l, k + 1)));
const markdown = (...ls: string[]) => markdownLines(ls.map((l, k) => sourceLine(l, k + 1)));
const EN = uiPhrases('en');

describe('sitelinksStart', () => {
  it.each<[string, string[], number]>([
    ['the heading after a references line', ['Statements', 'budget', '5 Euro', '0 references', 'Sitelinks', 'Wikipedia(1 entry)'], 4],
    ['a known group heading where a statement could start', ['Statements', 'budget', '5 Euro', '0 references', 'Wikipedia (0 entries)'], 4],
    ['the German heading on a German page', ['Aussagen', 'x', 'y', '0 Fundstellen', 'Websitelinks'], 4],
    ['no section', ['Statements', 'budget', '5 Euro', '0 references'], -1],
    ['a value that looks like a heading, right after its property, is a value', ['Statements', 'name', 'Wikipedia (2 entries)', '0 references'], -1],
  ])('%s', (_, lines, at) => {
    const phrases = lines[0] === 'Aussagen' ? uiPhrases('de') : EN;
    expect(sitelinksStart(text(...lines), phrases)).toBe(at);
  });
});

describe('readLabelledSitelinks', () => {
  it('reads rows under their groups (site id and title on a line, or the title on the next), reports the rest', () => {
    const read = readLabelledSitelinks(
      text('Sitelinks', 'Wikipedia(2 entries)', 'edit', '* enwiki Kraków Old Town', 'plwiki', 'Stare Miasto w Krakowie', 'Wikivoyage (1 entry)', 'en Kraków', 'Reisen (1 Eintrag)', 'dewikivoyage Krakau', 'Some stray words!'),
      EN,
    );
    expect(read.sitelinks.map((s) => [s.group ?? s.groupName, s.site, s.title, s.span.line])).toEqual([
      ['wikipedia', 'enwiki', 'Kraków Old Town', 4],
      ['wikipedia', 'plwiki', 'Stare Miasto w Krakowie', 5],
      ['wikivoyage', 'en', 'Kraków', 8],
      ['Reisen', 'dewikivoyage', 'Krakau', 10],
    ]);
    expect(read.diagnostics.filter((d) => d.severity !== 'info').map((d) => [d.code, d.span?.line])).toEqual([['line-unexpected', 11]]);
    expect(read.diagnostics.filter((d) => d.code === 'line-skipped').map((d) => d.span?.line)).toEqual([1, 2, 3, 7, 9]);
  });

  it('reads Markdown rows whose titles are links', () => {
    const read = readLabelledSitelinks(markdown('## Sitelinks', '### Wikipedia (1 entry)', '* enwiki [Geography](https://en.wikipedia.org/wiki/Geography)'), EN);
    expect(read.sitelinks.map((s) => [s.site, s.title])).toEqual([['enwiki', 'Geography']]);
  });
});

describe('placeSitelinks', () => {
  const link = (site: string, title: string, group?: string, groupName?: string): LabelledSitelink => ({
    site,
    title,
    badges: [],
    span: span(3),
    ...(group === undefined ? {} : { group }),
    ...(groupName === undefined ? {} : { groupName }),
  });
  it.each<[string, LabelledSitelink, string | null]>([
    ['a global site id under its group', link('enwiki', 'A', 'wikipedia'), 'enwiki'],
    ['a global site id with no group', link('dewikivoyage', 'A'), 'dewikivoyage'],
    ['a language code with subtags under its group', link('zh-min-nan', 'A', 'wikipedia'), 'zh_min_nanwiki'],
    ['a language code under Wikivoyage', link('en', 'A', 'wikivoyage'), 'enwikivoyage'],
    ['Commons under the special group', link('commonswiki', 'Category:A', 'special'), 'commonswiki'],
    ['a site id under another group', link('enwiki', 'A', 'wikivoyage'), null],
    ['a language code with no group', link('en', 'A', undefined, 'Reisen'), null],
    ['a site no rule knows', link('factgridwiki_local', 'A', 'wikipedia'), null],
    ['a row with no title', link('enwiki', '', 'wikipedia'), null],
  ])('%s', (_, row, site) => {
    const diagnostics: Diagnostic[] = [];
    const placed = placeSitelinks([row], diagnostics);
    expect(placed.map((p) => p.site)).toEqual(site === null ? [] : [site]);
    expect(diagnostics.map((d) => d.code)).toEqual(site === null ? ['sitelink-unplaced'] : []);
  });
});
