// splitPages and PageSplitter: appended pages cut at their title lines, from a whole text or from lines as they come.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageSplitter, splitLines, splitPages, TITLE_LINE, UI_LANGUAGES, uiPhrases } from '../../src/parse/index.js';
import type { PageSource } from '../../src/source/index.js';
import { lines, pageSource } from '../support/builders.js';
import { oraclePath } from '../support/oracle.js';

const page = (title: string, ...body: string[]): string =>
  lines(title, 'Jump to navigation', 'Jump to search', 'No description defined', 'Statements', ...body, '0 references');

/** A labelled page as a browser copies it: title, skin menus, the terms (opening with `terms`), statements, footer. */
const labelled = (title: string, terms: string): string[] => [
  title, '* Item', '* Discussion', 'Tools', 'Appearance', terms, 'English', 'A', 'Statements', 'instance of', 'Show more',
];

/** The splitting rule as it was first written (whole text, one pass, slices): what the line-by-line splitter must match. */
function reference(source: PageSource): PageSource[] {
  const starts = new Set<string>();
  for (const language of UI_LANGUAGES) {
    const p = uiPhrases(language);
    for (const line of [...p.chrome, p.statements, p.identifiers, p.descriptionEmpty, p.termsToggler]) starts.add(line);
    starts.add(p.termsHeader.join(' | '));
  }
  const closes = (line: string): boolean => UI_LANGUAGES.some((l) => uiPhrases(l).references.read(line) !== null);
  const headings = new Set(UI_LANGUAGES.flatMap((l) => [uiPhrases(l).statements, uiPhrases(l).identifiers]));
  const opensTerms = (line: string): boolean =>
    UI_LANGUAGES.some((l) => line === uiPhrases(l).termsToggler || line.startsWith(uiPhrases(l).termsHeader.join('')));
  let body = false;
  const all = source.text.split(/\r?\n/u);
  const cuts: number[] = [];
  let previous = '';
  const mdTitle = (line: string): boolean => /^#[ \t]/u.test(line) && TITLE_LINE.test(line.slice(2).trim());
  const first = all.findIndex((l) => l.trim() !== '');
  if (first !== -1 && mdTitle((all[first] as string).trim())) {
    all.forEach((raw, i) => {
      if (i > first && mdTitle(raw.trim())) cuts.push(i);
    });
  } else all.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const title = (l: string): boolean => TITLE_LINE.test(l) && !mdTitle(l);
    if (i > 0 && title(line) && closes(previous)) {
      const next = all.slice(i + 1, i + 8).map((l) => l.trim().replace(/\s*\|\s*$/u, '').replace(/\s*\|\s*/gu, ' | '));
      if (next.some((l) => starts.has(l))) cuts.push(i);
    } else if (i > 0 && title(line) && body) {
      // A labelled browser copy: after a statements heading, a title whose terms open within 60 lines, before any
      // other title line or statements heading.
      const first = all.slice(i + 1, i + 61).map((l) => l.trim()).find((l) => opensTerms(l) || headings.has(l) || title(l));
      if (first !== undefined && opensTerms(first)) cuts.push(i);
    }
    if (i > 0 && title(line)) body = false;
    else if (headings.has(line)) body = true;
    previous = line;
  });
  if (cuts.length === 0) return [source];
  const bounds = [0, ...cuts, all.length];
  return bounds.slice(0, -1).map((start, k) => {
    const text = all.slice(start, bounds[k + 1]).join('\n');
    return source.inRecord ? { ...source, text, pageLine: (source.pageLine ?? 1) + start } : { ...source, text, line: source.line + start };
  });
}

/** The splitter fed line by line (split on `\n` alone, as a stream's lines come with their `\r`). */
function streamed(source: PageSource): PageSource[] {
  const splitter = new PageSplitter(source);
  const pages: PageSource[] = [];
  for (const line of source.text.split('\n')) pages.push(...splitter.push(line));
  const last = splitter.end();
  return last === null ? pages : [...pages, last];
}

describe('splitPages', () => {
  it.each<[string, string, number[]]>([
    ['one page', page('A (Q1)', '1 Euro'), [1]],
    ['two pages', lines(page('A (Q1)', '1 Euro'), page('B (Q2)', '2 Euro')), [1, 8]],
    ['three pages, blank lines between', lines(page('A (Q1)', '1 Euro'), '', page('B (Q2)', '2 Euro'), '', '', page('C (Q3)', '3 Euro')), [1, 9, 18]],
    ['a German page after an English one', lines(page('A (Q1)', '1 Euro'), 'B (Q2)', 'Keine Beschreibung vorhanden', 'Aussagen', '2 Euro', '0 Fundstellen'), [1, 8]],
    ['a value ending in (Q…) after a references line, with no page body after it', lines(page('A (Q1)', '1 Euro'), 'Fondazione (Q7)', '5 Euro', '0 references'), [1]],
    ['a title line not after a references line', lines('A (Q1)', 'Statements', 'B (Q2)', 'Jump to navigation'), [1]],
    ['the opening eight lines after the title: too far', lines(page('A (Q1)'), 'B (Q2)', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'Statements'), [1]],
    ['the opening seven lines after the title: a page', lines(page('A (Q1)'), 'B (Q2)', 'a', 'b', 'c', 'd', 'e', 'f', 'Statements'), [1, 7]],
    ['a terms table header as the opening', lines(page('A (Q1)'), 'B (Q2)', 'Language | Label | Description | Also known as |'), [1, 7]],
    ['Markdown pages, each opening with its title heading', lines('# A\u00a0(Q1)', '', '[P](https://w.example/wiki/Property:P1)', '[0 references]()', '# B (Q2)', 'Statements', '', '#  C (Q3)'), [1, 5, 8]],
    ['a title heading in a page that does not open with one starts no page', lines(page('A (Q1)'), '# B (Q2)', 'Statements'), [1]],
    ['a Markdown section heading or a heading with no id starts no page', lines('# A (Q1)', '## Statements (Q5)', '# Notes', 'x (Q6)'), [1]],
    ['labelled browser copies: a title whose terms toggle comes below the skin menus', lines(...labelled('A (Q1)', 'In more languages'), ...labelled('B (Q2)', 'In weiteren Sprachen')), [1, 12]],
    ['labelled browser copies: the terms header glued in one line', lines(...labelled('A (Q1)', 'In more languages'), ...labelled('B (Q2)', 'LanguageLabelDescriptionAlso known as')), [1, 12]],
    ['a value ending in (Q…) in a labelled page, its statements heading before any terms', lines(...labelled('A (Q1)', 'In more languages'), 'x (Q5)', 'Statements', 'In more languages'), [1]],
    ['a title line before the first statements heading starts no labelled page', lines('A (Q1)', '* Item', 'B (Q2)', 'In more languages', 'Statements'), [1]],
  ])('%s', (_, text, starts) => {
    const pages = splitPages(pageSource(text, { file: 'pages.txt' }));
    expect(pages.map((p) => p.line)).toEqual(starts);
    expect(pages.map((p) => p.text).join('\n')).toBe(text);
    expect(streamed(pageSource(text, { file: 'pages.txt' }))).toEqual(pages);
  });

  it('gives the source itself back when it holds one page', () => {
    const source = pageSource(page('A (Q1)', '1 Euro'));
    expect(splitPages(source)[0]).toBe(source);
  });

  it('numbers the pages of an NDJSON record by page line, not file line', () => {
    const text = lines(page('A (Q1)', '1 Euro'), page('B (Q2)', '2 Euro'));
    const pages = splitPages(pageSource(text, { record: 4 }));
    expect(pages.map((p) => [p.line, p.pageLine])).toEqual([
      [4, 1],
      [4, 8],
    ]);
  });

  it('cuts CRLF text as split(/\\r?\\n/) does, a lone CR kept', () => {
    const text = `${page('A (Q1)', '1 Euro\r\r').replaceAll('\n', '\r\n')}\r\n${page('B (Q2)', '2\rEuro')}`;
    const pages = splitPages(pageSource(text));
    expect(pages).toEqual(reference(pageSource(text)));
    expect(pages[0]?.text.endsWith('0 references')).toBe(true);
    expect(pages[0]?.text).toContain('1 Euro\r\r\n0 references');
  });

  // Pages made of the lines that matter to the rule (titles, references lines, openings, values, blanks, CRs), in any
  // order: the line-by-line splitter and splitPages give exactly what the first, whole-text rule gave.
  it('agrees with the whole-text rule on any arrangement of the lines that matter', () => {
    const vocabulary = [
      'A (Q1)', 'B label (Q22)', '  C (Q3)  ', 'x (Q0)', '0 references', '1 reference', '12 references', '0 Fundstellen',
      'Statements', 'Aussagen', 'Jump to navigation', 'No description defined', 'Language | Label | Description | Also known as |',
      'Language|Label|Description|Also known as', '1 Euro', 'Polish | Label |', '', '   ', 'value\r', '\r', 'In more languages',
      'LanguageLabelDescriptionAlso known asdefault for all languages', 'In weiteren Sprachen', 'Show more', '* Item',
      '# A (Q1)', '# B\u00a0(Q2)\r', '## C (Q3)', '# notes',
    ];
    const text = fc.array(fc.constantFrom(...vocabulary), { maxLength: 40 }).map((ls) => ls.join('\n'));
    const source = fc.tuple(text, fc.boolean()).map(([t, record]) => pageSource(t, record ? { record: 3 } : { file: 'f.txt' }));
    fc.assert(
      fc.property(source, (s) => {
        const expected = reference(s);
        expect(splitPages(s)).toEqual(expected);
        const lineByLine = streamed(s);
        if (expected.length > 1 || s.text.trim() !== '') expect(lineByLine).toEqual(expected);
        else expect(lineByLine).toEqual([]);
        // Cutting a page again changes nothing: the pipeline may split what the reader split.
        for (const p of expected) expect(splitPages(p)).toEqual([p]);
      }),
      { numRuns: 2000, seed: 6 },
    );
  });
});

describe('PageSplitter', () => {
  it('gives each page as soon as the lines that prove the next one have come, and no blank text as a page', () => {
    const splitter = new PageSplitter(pageSource('', { file: 'stream.txt' }));
    const first = page('A (Q1)', '1 Euro').split('\n');
    for (const line of first) expect(splitter.push(line)).toEqual([]);
    expect(splitter.push('B (Q2)')).toEqual([]);
    const done = splitter.push('Jump to navigation');
    expect(done.map((p) => [p.line, p.text])).toEqual([[1, first.join('\n')]]);
    expect(splitter.end()).toEqual({ text: 'B (Q2)\nJump to navigation', file: 'stream.txt', line: 8, inRecord: false });
    expect(new PageSplitter(pageSource('')).end()).toBeNull();
    const blank = new PageSplitter(pageSource(''));
    blank.push('  ');
    blank.push('');
    expect(blank.end()).toBeNull();
  });
});

describe('splitLines', () => {
  it('is split(/\\r?\\n/u)', () => {
    const text = fc.array(fc.constantFrom('a', '\r', '\n', '\r\n', ' ', 'é'), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(splitLines(t)).toEqual(t.split(/\r?\n/u));
      }),
      { numRuns: 1000, seed: 1 },
    );
  });
});

const EXAMPLES = oraclePath('examples/real-pages');

describe.skipIf(EXAMPLES === undefined)('splitPages on appended browser copies of the real labelled Wikidata text pages', () => {
  // The text copies (not the Markdown exports, which have their own rule): each, appended in one file, is one page.
  const copies = readdirSync(EXAMPLES as string)
    .filter((f) => f.startsWith('wikidata-') && f.endsWith('.txt'))
    .map((f) => readFileSync(join(EXAMPLES as string, f), 'utf8').trimEnd())
    .filter((text) => !text.trimStart().startsWith('# '));

  it('cuts each page at its title line, whatever follows whatever', () => {
    expect(copies.length).toBeGreaterThan(0);
    // Each copy after each (and after itself): the one before ends in its footer or sitelinks, never a references line.
    const sequence = [...copies, ...copies.slice().reverse(), ...copies];
    const pages = splitPages(pageSource(sequence.join('\n'), { file: 'appended.txt' }));
    expect(pages.map((p) => p.text)).toEqual(sequence);
    expect(streamed(pageSource(sequence.join('\n'), { file: 'appended.txt' })).map((p) => p.text)).toEqual(sequence);
  });
});
