// Labelled pages: told apart from the other page kinds by their content, their terms tables in every shape, their
// statement groups, qualifiers, references shown or not, furniture skipped, an unclosed last group reported.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/index.js';
import {
  ENGLISH,
  linkedEntity,
  markdownLines,
  parsePage,
  propertyLabelTable,
  uiPhrases,
  type LabelledPage,
  type Page,
  type PropertyLabels,
} from '../../src/parse/index.js';
import { lines, pageSource, PROFILE, sourceLine } from '../support/builders.js';

const LABELS: PropertyLabels = propertyLabelTable(PROFILE);

function parse(text: string, labels: PropertyLabels = LABELS): { page: Page | null; diagnostics: Diagnostic[] } {
  return parsePage(pageSource(text), null, null, { labels });
}

function labelled(text: string, labels: PropertyLabels = LABELS): { page: LabelledPage; diagnostics: Diagnostic[] } {
  const { page, diagnostics } = parse(text, labels);
  if (page?.kind !== 'labelled') throw new Error(`expected a labelled page, got ${page?.kind ?? 'none'}: ${JSON.stringify(diagnostics)}`);
  return { page, diagnostics };
}

/** Each statement as `property-id-or-label: value lines | qualifiers (N refs)`. */
const outline = (page: LabelledPage): string[] =>
  page.statements.map((s) => {
    const qualifiers = s.qualifiers.map((q) => ` ${q.property.id ?? q.property.label}=${q.values.map((v) => v.text).join('+')}`).join('');
    return `${s.property.id ?? s.property.label}: ${s.value.map((v) => v.text).join(' / ')}${qualifiers} (${s.references})`;
  });

const skippedLines = (diagnostics: readonly Diagnostic[]): (string | undefined)[] =>
  diagnostics.filter((d) => d.code === 'line-skipped').map((d) => d.span?.text?.trim());

const PIPE_HEAD = ['Language | Label | Description | Also known as |', '---|---|---|---|'];

describe('labelled text pages', () => {
  it('reads groups: a property label, then values each closed by its references line, qualifiers as label + value', () => {
    const { page, diagnostics } = labelled(
      lines(
        'Bridge (Q11)',
        'Jump to navigation',
        'No description defined',
        ...PIPE_HEAD,
        'English | Bridge |',
        'No description defined |',
        'Statements',
        'EU contribution',
        '100.00 Polish złoty',
        '0 references',
        '25.00 Euro',
        'exchange rate',
        '0.25 Euro',
        'point in time',
        '4 January 2021',
        '0 references',
        'start time',
        '1 March 2019',
        '0 references',
      ),
    );
    expect(page.flattening).toBe('text');
    expect(outline(page)).toEqual(['P835: 100.00 Polish złoty (0)', 'P835: 25.00 Euro P834=0.25 Euro P10=4 January 2021 (0)', 'P20: 1 March 2019 (0)']);
    expect(page.terms.map((r) => [r.languageName, r.label])).toEqual([['English', 'Bridge']]);
    expect(skippedLines(diagnostics)).toContain('Jump to navigation');
  });

  it('is told from the seed-style page by its first statement line: a value there is the seed reader’s', () => {
    const seed = parse(lines('Bridge (Q11)', 'No description defined', 'Statements', '100.00 Euro', '0 references'));
    expect(seed.page?.kind).toBe('item');
    expect(parse(lines('Bridge (Q11)', 'No description defined', 'Statements', 'budget', '100.00 Euro', '0 references')).page?.kind).toBe('labelled');
  });

  it('reads labels shown with the fallback indicator of their language (`budget Englisch`)', () => {
    const { page } = labelled(
      lines('Brücke Englisch (Q11)', 'Keine Beschreibung vorhanden', 'Aussagen', 'country Englisch', 'Polen', '0 Fundstellen', 'budget Englisch', '100,00 Euro', '0 Fundstellen'),
    );
    expect(page.uiLanguage).toBe('de');
    expect(outline(page)).toEqual(['P32: Polen (0)', 'P474: 100,00 Euro (0)']);
  });

  it('finds a label only among the table’s own entries: `constructor` and `toString Englisch` are no labels', () => {
    expect(LABELS.lookup('constructor', 'en')).toBeUndefined();
    expect(LABELS.lookup('toString Englisch', 'de')).toBeUndefined();
    expect(LABELS.isOwnLabel?.('constructor', 'en')).toBe(false);
    expect(LABELS.lookup('budget Englisch', 'de')).toBe('P474');
  });

  it('leaves a page whose only labels are fallback lines and that shows no item value to the seed-style reader (its flattening drops links)', () => {
    const seedStyle = lines('Brücke Englisch (Q11)', 'Keine Beschreibung vorhanden', 'Aussagen', 'instance of Englisch', 'budget Englisch', '100,00 Euro', '0 Fundstellen');
    expect(parse(seedStyle).page?.kind).toBe('item');
    // A reference's item-valued label, after a count above 0, is no sign of kept links: its value was dropped.
    const withReference = lines('Brücke Englisch (Q11)', 'Aussagen', 'budget Englisch', '100,00 Euro', 'Eine Fundstelle', 'programme Englisch', '1. März 2019', '0 Fundstellen');
    expect(parse(withReference).page?.kind).toBe('item');
  });

  it('keeps a label several properties share as a property with its candidates, and an unknown first label without an id', () => {
    const { page } = labelled(lines('Bridge (Q11)', ...PIPE_HEAD, 'Statements', 'national project id', 'A-1', '0 references', 'start time', '1 March 2019', '0 references', 'Identifiers', 'mystery id', 'X', '0 references'));
    expect(page.statements.map((s) => [s.section, s.property.id, s.property.candidates, s.property.label])).toEqual([
      ['statements', undefined, ['P842', 'P843', 'P833', 'P844'], 'national project id'],
      ['statements', 'P20', undefined, 'start time'],
      ['identifiers', undefined, undefined, 'mystery id'],
    ]);
  });

  it('reports a last group with no references line as unclosed, and the furniture after it as skipped', () => {
    const { page, diagnostics } = labelled(lines('Bridge (Q11)', ...PIPE_HEAD, 'Statements', 'start time', '1 March 2019', '0 references', 'postal code', '62-800', '', 'Show more'));
    expect(outline(page)).toEqual(['P20: 1 March 2019 (0)']);
    expect(diagnostics.filter((d) => d.code === 'statement-unclosed').map((d) => [d.span?.line, 'lines' in d ? d.lines : 0])).toEqual([[8, 2]]);
    expect(skippedLines(diagnostics)).toEqual(['Show more']);
  });

  it('reads references a flattening shows (label, value after "N references") as skipped, the next group after them', () => {
    const { page, diagnostics } = labelled(
      lines('Bridge (Q11)', 'Statements', 'budget', '100.00 Euro', '1 reference', 'programme', 'Some programme', 'start time', '1 March 2019', '0 references'),
    );
    expect(outline(page)).toEqual(['P474: 100.00 Euro (1)', 'P20: 1 March 2019 (0)']);
    expect(skippedLines(diagnostics)).toEqual(['programme', 'Some programme']);
  });

  it('does not look for references when the page shows another value right after a references line', () => {
    const { page } = labelled(
      lines('Bridge (Q11)', 'Statements', 'budget', '100.00 Euro', '1 reference', '200.00 Euro', '1 reference', 'start time', '1 March 2019', 'point in time', '2 March 2019', '0 references'),
    );
    expect(outline(page)).toEqual(['P474: 100.00 Euro (1)', 'P474: 200.00 Euro (1)', 'P20: 1 March 2019 P10=2 March 2019 (0)']);
  });
});

describe('terms tables of labelled pages', () => {
  const statements = ['Statements', 'start time', '1 March 2019', '0 references'];

  it('reads a browser copy: header glued into one line, one cell per line, aliases as list items, toggles skipped', () => {
    const { page, diagnostics } = labelled(
      lines(
        'Zaranj (Q11)',
        '* Item',
        'Tools',
        'city in Afghanistan',
        '* Zarang',
        'In more languages',
        'Configure',
        'LanguageLabelDescriptionAlso known asdefault for all languages',
        'No label defined',
        '–',
        '* ',
        'English',
        'Zaranj',
        'city in Afghanistan',
        '* Zarang',
        'Traditional Chinese',
        '扎蘭季',
        'No description defined',
        '* ',
        'All entered languages',
        ...statements,
      ),
    );
    expect(page.terms.map((r) => [r.languageName, r.label, r.description, r.aliases])).toEqual([
      ['English', 'Zaranj', 'city in Afghanistan', ['Zarang']],
      ['Traditional Chinese', '扎蘭季', undefined, []],
    ]);
    expect(skippedLines(diagnostics)).toEqual(
      expect.arrayContaining(['* Item', 'Tools', 'city in Afghanistan', 'In more languages', 'Configure', 'No label defined', '–', 'All entered languages']),
    );
    expect(page.headingAliases.map((a) => a.text)).toEqual(['Zarang']);
  });

  it('reads a tab-separated table', () => {
    const { page } = labelled(lines('Bridge (Q11)', 'Jump to navigation', 'Language\tLabel\tDescription\tAlso known as', 'English\tBridge\ta bridge\tViaduct', ...statements));
    expect(page.terms.map((r) => [r.languageName, r.label, r.description, r.aliases])).toEqual([['English', 'Bridge', 'a bridge', ['Viaduct']]]);
  });

  it('reads a Markdown pipe table, with its leading and trailing bars', () => {
    const { page } = labelled(
      lines('# Bridge (Q11)', '| Language | Label | Description | Also known as |', '|---|---|---|---|', '| English | Bridge | a bridge | Viaduct |', ...statements),
    );
    expect(page.terms.map((r) => [r.languageName, r.label, r.description, r.aliases])).toEqual([['English', 'Bridge', 'a bridge', ['Viaduct']]]);
  });

  it('reads a pipe table, the heading’s `- alias` lines as the UI language’s aliases', () => {
    const { page } = labelled(lines('Bridge (Q11)', 'A bridge', '- Viaduct', ...PIPE_HEAD, 'English | Bridge |', 'A bridge |', '|', ...statements));
    expect(page.terms.map((r) => [r.label, r.description])).toEqual([['Bridge', 'A bridge']]);
    expect(page.headingAliases.map((a) => a.text)).toEqual(['Viaduct']);
  });
});

describe('Markdown pages', () => {
  it('reads links: text, target and the entity a Wikibase link names, targets holding parentheses', () => {
    const [line] = markdownLines([sourceLine('* [LL-Q1 (ara).wav](https://commons.wikimedia.org/wiki/File:LL-Q1_(ara).wav) and [Art \\& Co](https://w.org/wiki/Property:P12)')]);
    expect(line?.text).toBe('LL-Q1 (ara).wav and Art & Co');
    expect(line?.marked).toBe(true);
    expect(line?.links.map((l) => [l.text, l.entity])).toEqual([
      ['LL-Q1 (ara).wav', undefined],
      ['Art & Co', 'P12'],
    ]);
  });

  it.each([
    ['https://www.wikidata.org/wiki/Q42', 'Q42'],
    ['https://www.wikidata.org/wiki/Property:P31', 'P31'],
    ['https://linkedopendata.eu/wiki/Item:Q9934', 'Q9934'],
    ['http://www.wikidata.org/entity/Q2', 'Q2'],
    ['/wiki/Item:Q13', 'Q13'],
    ['https://www.wikidata.org/wiki/Q1071#', undefined],
    ['https://www.wikidata.org/w/index.php?title=Q1071&action=history', undefined],
    ['https://database.factgrid.de/wiki/Special:Q152260', undefined],
  ])('linkedEntity(%s) = %s', (target, entity) => {
    expect(linkedEntity(target)).toBe(entity);
  });

  it('takes property and item ids from links, the title from a `# ` heading with a no-break space', () => {
    const { page } = labelled(
      lines(
        '# geography\u00a0(Q1071)',
        '[Item](https://www.wikidata.org/wiki/Q1071)',
        'No description defined',
        'In more languages',
        'Statements',
        '[instance of](https://www.wikidata.org/wiki/Property:P31)',
        '[academic discipline](https://www.wikidata.org/wiki/Q11862829)',
        '[2 references]()',
        '[Q3589295](https://www.wikidata.org/wiki/Q3589295)',
        '\u00a0',
        '[0 references]()',
      ),
      { lookup: () => undefined },
    );
    expect(page.flattening).toBe('markdown');
    expect(page.titleLabel).toBe('geography');
    expect(outline(page)).toEqual(['P31: academic discipline (2)', 'P31: Q3589295 (0)']);
    expect(page.statements[0]?.value[0]?.links[0]?.entity).toBe('Q11862829');
  });
});

describe('page kinds, told from the content', () => {
  const HTML = lines(
    '<!DOCTYPE html>',
    '<html lang="en"><body><div id="wb-item-Q5" class="wikibase-entityview wb-item">',
    '<div class="wikibase-statementgroupview" data-property-id="P474"><div class="wikibase-statementgroupview-property-label"><a href="/wiki/Property:P474">budget</a></div>',
    '<div class="wikibase-statementview wb-preferred"><div class="wikibase-statementview-mainsnak"><div class="wikibase-snakview-value">100.00 <span class="wb-unit">Euro</span></div></div>',
    '<div class="wikibase-statementview-references-heading">0 references</div></div></div>',
    '</div></body></html>',
  );

  it.each<[string, string, string | null]>([
    ['a seed-style item page', lines('Bridge (Q11)', 'No description defined', 'Statements', '100.00 Euro', '0 references'), 'item'],
    ['a portal page (a summary alone)', 'Il progetto rinnova il ponte.', 'portal'],
    ['a labelled text page', lines('Bridge (Q11)', ...PIPE_HEAD, 'Statements', 'start time', '1 March 2019', '0 references'), 'labelled/text'],
    ['a Markdown page', lines('# Bridge (Q11)', 'Statements', '[start time](https://linkedopendata.eu/wiki/Property:P20)', '1 March 2019', '[0 references]()'), 'labelled/markdown'],
    ['an HTML item page', HTML, 'labelled/html'],
    ['an HTML page with no item view', '<!doctype html><html><body><p>Kohesio</p></body></html>', null],
  ])('%s', (_, text, kind) => {
    const { page, diagnostics } = parse(text);
    const told = page === null ? null : page.kind === 'labelled' ? `labelled/${page.flattening}` : page.kind;
    expect(told).toBe(kind);
    if (kind === null) expect(diagnostics.map((d) => d.code)).toEqual(['html-unrecognised']);
  });

  it('reads an HTML item view: ids from links and attributes, the rank from its class, the references heading', () => {
    const { page } = parse(HTML);
    if (page?.kind !== 'labelled') throw new Error('expected a labelled page');
    expect(page.id).toBe('Q5');
    expect(page.statements.map((s) => [s.property.id, s.value[0]?.text, s.rank, s.references])).toEqual([['P474', '100.00 Euro', 'preferred', 0]]);
  });

  it('reports an HTML page whose lang is no language tag, rather than reading it in a guessed language', () => {
    expect(parse(HTML.replace('lang="en"', 'lang="en_GB!"')).diagnostics.map((d) => d.code)).toEqual(['ui-language-unknown']);
  });

  it('reports a "no value" snak of an HTML view, never reading its words as a value', () => {
    const novalue = HTML.replace('wikibase-snakview-value"', 'wikibase-snakview-value wikibase-snakview-variation-novaluesnak"').replace('100.00 <span class="wb-unit">Euro</span>', 'no value');
    const { page, diagnostics } = parse(novalue);
    expect(page?.kind === 'labelled' && page.statements).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.span?.line])).toEqual([['value-unrecognised', 4]]);
  });

  it('never reads a labelled shape as a single summary', () => {
    for (const text of [
      lines('Bridge (Q11)', ...PIPE_HEAD, 'Statements', 'start time', '1 March 2019', '0 references'),
      lines('Zaranj (Q11)', '* Item', 'LanguageLabelDescriptionAlso known as', 'English', 'Zaranj', 'Statements', 'no such label', '1 March 2019', '0 references'),
    ]) {
      expect(parse(text).page?.kind).toBe('labelled');
    }
    expect(uiPhrases('en')).toBe(ENGLISH);
  });
});

describe('Markdown lines that are no links', () => {
  it('read in linear time however many brackets they hold, escapes undone', () => {
    const started = Date.now();
    const [brackets] = markdownLines([sourceLine('['.repeat(200_000))]);
    const [nested] = markdownLines([sourceLine(`${'[['.repeat(50_000)}${']]'.repeat(50_000)}`)]);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(brackets?.text.length).toBe(200_000);
    expect(nested?.links).toEqual([]);
    expect(markdownLines([sourceLine('a \\[x\\] [b](https://w.org/wiki/Q5) c')])[0]?.text).toBe('a [x] b c');
  });
});
