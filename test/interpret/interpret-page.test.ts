// interpretItemPage and interpretPortalPage: pages into item drafts (terms, statements with properties) and their diagnostics.
import { describe, expect, it } from 'vitest';
import {
  interpretContext,
  interpretItemPage,
  interpretPortalPage,
  type DraftStatement,
  type DraftTerm,
} from '../../src/interpret/index.js';
import { ENGLISH, parseItemPage, parsePortalPage, type ItemPage } from '../../src/parse/index.js';
import { day, lines, monolingual, pageSource, PERCENT, PROFILE, quantity, span } from '../support/builders.js';

const ctx = interpretContext(PROFILE, 'en');

function itemPage(text: string): ItemPage {
  const { page, diagnostics } = parseItemPage(pageSource(text), ENGLISH);
  if (page === null) throw new Error(`test page does not parse: ${JSON.stringify(diagnostics)}`);
  return page;
}

const interpret = (text: string) => interpretItemPage(itemPage(text), ctx);
const withStatements = (...values: string[]): string => lines('L (Q5)', 'Statements', ...values.flatMap((v) => [v, '0 references']));
const properties = (statements: readonly DraftStatement[] | undefined): string[] => (statements ?? []).map((s) => s.property);
const diagnosticsOf = (text: string) => interpret(text).diagnostics.map((d) => [d.code, d.span?.line]);

describe('interpretItemPage: statements', () => {
  const SEED = withStatements(
    '488,705.11 Euro',
    '574,947.19 Euro',
    '85.0 percent',
    '1 September 2018',
    '30 September 2020',
    'Scienific Reserch Centre Bistra Ptuj',
    'In the cross-border area. (English)',
  );

  it('gives each value of the seed page its property, datatype and value, rank normal, no qualifiers', () => {
    const { draft, diagnostics } = interpret(SEED);
    expect(diagnostics).toEqual([]);
    expect(draft?.id).toBe('Q5');
    expect(draft?.statements.map(({ property, datatype, datavalue, rank, qualifiers }) => ({ property, datatype, datavalue, rank, qualifiers }))).toEqual([
      { property: 'P835', datatype: 'quantity', datavalue: quantity('+488705.11'), rank: 'normal', qualifiers: [] },
      { property: 'P474', datatype: 'quantity', datavalue: quantity('+574947.19'), rank: 'normal', qualifiers: [] },
      { property: 'P837', datatype: 'quantity', datavalue: quantity('+85.0', PERCENT), rank: 'normal', qualifiers: [] },
      { property: 'P20', datatype: 'time', datavalue: day('+2018-09-01T00:00:00Z'), rank: 'normal', qualifiers: [] },
      { property: 'P33', datatype: 'time', datavalue: day('+2020-09-30T00:00:00Z'), rank: 'normal', qualifiers: [] },
      { property: 'P841', datatype: 'string', datavalue: { type: 'string', value: 'Scienific Reserch Centre Bistra Ptuj' }, rank: 'normal', qualifiers: [] },
      { property: 'P836', datatype: 'monolingualtext', datavalue: monolingual('In the cross-border area.', 'en'), rank: 'normal', qualifiers: [] },
    ]);
  });

  it('ties each statement to the span of its value line', () => {
    expect(interpret(SEED).draft?.statements.map((s) => s.span.line)).toEqual([3, 5, 7, 9, 11, 13, 15]);
  });

  it('reports a value no rule takes as value-unassigned with its kind, and goes on', () => {
    const { draft, diagnostics } = interpret(withStatements('1 Euro', '2 Euro', '3 Euro', 'ABC', '5 percent'));
    expect(properties(draft?.statements)).toEqual(['P835', 'P474', 'P841', 'P837']);
    expect(diagnostics).toEqual([{ code: 'value-unassigned', severity: 'error', span: expect.objectContaining({ line: 7 }), kind: 'quantity', value: '3 Euro' }]);
  });

  it('reads the non-euro pattern: a preferred Euro amount with exchange rate and date as qualifiers', () => {
    const { draft, diagnostics } = interpret(
      lines('L (Q5)', 'Statements', '500,000 Polish złoty', '0 references', '120,000 Euro', '0.24 Euro', '1 January 2020', '0 references'),
    );
    expect(diagnostics).toEqual([]);
    expect(draft?.statements.map((s) => [s.property, s.rank, s.qualifiers.map((q) => q.property)])).toEqual([
      ['P835', 'normal', []],
      ['P835', 'preferred', ['P834', 'P10']],
    ]);
  });

  it('reads a value no qualifier rule places as the next statement, whose references line the flattening lost', () => {
    const { draft, diagnostics } = interpret(
      lines('L (Q5)', 'Statements', '500,000 Polish złoty', '0 references', '120,000 Euro', '0.24 Euro', '1 January 2020', 'Extra', '0 references'),
    );
    expect(draft?.statements.map((s) => [s.property, s.qualifiers.map((q) => q.property)])).toEqual([
      ['P835', []],
      ['P835', ['P834', 'P10']],
      ['P841', []],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('reports a block that reads as one qualified statement or as several run together, when no statement of its property stands before it', () => {
    // 120,000 Euro with its exchange rate and date, or the EU contribution, the budget and the start date whose
    // references lines the flattening pruned: nothing on an English page tells, so nothing of it is written.
    const { draft, diagnostics } = interpret(lines('L (Q5)', 'Statements', '120,000 Euro', '0.24 Euro', '1 January 2020', '0 references', '2 March 2021', '0 references'));
    expect(draft?.statements).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.span?.line])).toEqual([
      ['value-uncertain', 3],
      ['value-uncertain', 4],
      ['value-uncertain', 5],
      ['value-uncertain', 7],
    ]);
  });

  it('a reported block\'s qualifier values that could be statements of their own take their kinds\' order with them', () => {
    // The rate's references line was pruned, so the start date ran into it: once the rate is reported, the date is
    // lost with it, and the next date cannot be told to be the start or the end.
    const { draft, diagnostics } = interpret(
      lines('L (Q5)', 'Statements', '1 Euro', '2 Euro', '0 references', '23.5 percent', 'July 2013', '4 references', '30 March 2026', '4 references'),
    );
    expect(draft?.statements).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.span?.line])).toEqual([
      ['value-uncertain', 3],
      ['value-uncertain', 4],
      ['value-uncertain', 6],
      ['qualifier-dropped', 7],
      ['value-uncertain', 9],
    ]);
  });

  it('reports each qualifier line that the statement\'s rule does not place as value-unassigned and keeps the statement', () => {
    const { draft, diagnostics } = interpret(
      lines('L (Q5)', 'Statements', '500,000 Polish złoty', '0 references', '120,000 Euro', '0.24 Euro', '1 January 2020', '2 January 2020', '0 references'),
    );
    expect(properties(draft?.statements)).toEqual(['P835', 'P835']);
    expect(diagnostics.map((d) => [d.code, d.span?.line, 'kind' in d ? d.kind : null, 'value' in d ? d.value : null])).toEqual([
      ['value-unassigned', 8, 'qualifier time', '2 January 2020'],
    ]);
  });

  it('warns of references a flattened page does not show, at the references line', () => {
    const { draft, diagnostics } = interpret(lines('L (Q5)', 'Statements', '1 Euro', '2 references', '2 Euro', '1 reference'));
    expect(properties(draft?.statements)).toEqual(['P835', 'P474']);
    expect(diagnostics).toEqual([
      { code: 'references-not-shown', severity: 'warning', span: expect.objectContaining({ line: 4 }), count: 2 },
      { code: 'references-not-shown', severity: 'warning', span: expect.objectContaining({ line: 6 }), count: 1 },
    ]);
  });

  it.each<[string, string[], string[], (string | number | undefined)[][]]>([
    ['an unreadable Euro amount keeps its place: the next one is still the budget', ['48,8705.11 Euro', '574,947.19 Euro'], ['P474'], [['value-unrecognised', 3]]],
    ['an impossible date keeps its place: the next one is still the end', ['31 February 2018', '30 September 2020'], ['P33'], [['value-unrecognised', 3]]],
    ['an unknown unit holds no place', ['1,212 apples', '1 Euro'], ['P835'], [['unit-unknown', 3]]],
  ])('%s', (_, values, expected, diagnostics) => {
    const result = interpret(withStatements(...values));
    expect(properties(result.draft?.statements)).toEqual(expected);
    expect(result.diagnostics.map((d) => [d.code, d.span?.line])).toEqual(diagnostics);
  });

  it('reads identifiers as external ids, which the profile does not place', () => {
    expect(diagnosticsOf(lines('L (Q5)', 'Statements', '1 Euro', '0 references', 'Identifiers', 'ABC-123', '0 references'))).toEqual([['value-unassigned', 6]]);
  });

  it('gives a page without statements a draft with none', () => {
    expect(interpret(lines('L (Q5)', 'Statements')).draft?.statements).toEqual([]);
  });
});

describe('interpretItemPage: terms', () => {
  const term = (kind: DraftTerm['kind'], language: string, value: string, line: number): DraftTerm => ({
    kind,
    language,
    value,
    span: expect.objectContaining({ line }) as DraftTerm['span'],
  });

  it('takes labels, descriptions and aliases from the terms table, by language code', () => {
    const { draft, diagnostics } = interpret(
      lines(
        'Social activation (Q5)',
        'Project in Slovenia financed by DG Regio',
        'Language | Label | Description | Also known as |',
        '---|---|---|---|',
        'English | Social activation | Project in Slovenia financed by DG Regio | 2SoKroG | SA |',
        'Croatian | No label defined | Projekt u Sloveniji |',
        'Slovenian | Socialna aktivacija |',
        'No description defined |',
        'Statements',
      ),
    );
    expect(diagnostics).toEqual([]);
    expect(draft?.terms).toEqual([
      term('label', 'en', 'Social activation', 5),
      term('description', 'en', 'Project in Slovenia financed by DG Regio', 5),
      term('alias', 'en', '2SoKroG', 5),
      term('alias', 'en', 'SA', 5),
      term('description', 'hr', 'Projekt u Sloveniji', 6),
      term('label', 'sl', 'Socialna aktivacija', 7),
    ]);
  });

  it('falls back on the title label and the description in the UI language when there is no terms table', () => {
    expect(interpret(lines('Social activation (Q5)', 'Jump to search', 'Project in Slovenia', 'Statements')).draft?.terms).toEqual([
      term('label', 'en', 'Social activation', 1),
      term('description', 'en', 'Project in Slovenia', 1),
    ]);
  });

  it('takes no terms from a page with neither a terms table nor a title label', () => {
    expect(interpret(lines('No label defined (Q5)', 'Project in Slovenia', 'Statements')).draft?.terms).toEqual([]);
  });

  it('reports a row whose language name it cannot read as language-unknown, and skips it', () => {
    const page: ItemPage = {
      // The title shows a label the table has (else it is term-unplaced).
      ...itemPage(lines('Y (Q5)', 'Statements')),
      terms: [
        { languageName: 'Klingonish', label: 'X', aliases: [], span: span(3) },
        { languageName: 'German', label: 'Y', aliases: [], span: span(4) },
      ],
    };
    const { draft, diagnostics } = interpretItemPage(page, ctx);
    expect(diagnostics).toEqual([{ code: 'language-unknown', severity: 'error', span: span(3), name: 'Klingonish' }]);
    expect(draft?.terms.map((t) => [t.kind, t.language, t.value])).toEqual([['label', 'de', 'Y']]);
  });
});

describe('interpretPortalPage', () => {
  const page = parsePortalPage(pageSource('Nell’area transfrontaliera…\n\nSecondo paragrafo.\n'));

  it('makes the text a summary statement in the address\'s language, on the address\'s item', () => {
    const { draft, diagnostics } = interpretPortalPage(page, { kind: 'portal', id: 'Q4295133', language: 'it' }, ctx);
    expect(diagnostics).toEqual([]);
    expect(draft).toEqual({
      id: 'Q4295133',
      span: page.span,
      terms: [],
      statements: [
        {
          property: 'P836',
          datatype: 'monolingualtext',
          datavalue: monolingual('Nell’area transfrontaliera…\n\nSecondo paragrafo.', 'it'),
          rank: 'normal',
          qualifiers: [],
          span: page.span,
        },
      ],
    });
  });

  it('reports a page with no address as portal-unattached, with the language its text is in', () => {
    expect(interpretPortalPage(page, null, ctx)).toEqual({ draft: null, diagnostics: [{ code: 'portal-unattached', severity: 'error', span: page.span }] });
    expect(interpretPortalPage(page, null, ctx, { language: 'it', confidence: 0.99, reliable: true }).diagnostics).toEqual([
      { code: 'portal-unattached', severity: 'error', span: page.span, language: 'it' },
    ]);
  });

  it('uses an identified language for an item without one only when the identification is reliable', () => {
    const address = { kind: 'portal' as const, id: 'Q4295133' as const };
    const sure = interpretPortalPage(page, address, ctx, { language: 'it', confidence: 0.99, reliable: true });
    expect(sure.draft?.statements[0]?.datavalue).toEqual(monolingual('Nell’area transfrontaliera…\n\nSecondo paragrafo.', 'it'));
    expect(sure.diagnostics).toMatchObject([{ code: 'language-identified', severity: 'info', language: 'it' }]);
    const unsure = interpretPortalPage(page, address, ctx, { language: 'it', confidence: 0.4, reliable: false });
    expect(unsure).toEqual({
      draft: null,
      diagnostics: [{ code: 'language-unidentified', severity: 'error', span: page.span, guess: 'it', confidence: 0.4 }],
    });
  });
});
