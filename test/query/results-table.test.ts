// The table for people: aligned columns, compact IRIs, readable literals, cut cells.
import { describe, expect, it } from 'vitest';
import { booleanTable, solutionsTable, tableCell, wikibasePrefixes, type Solutions } from '../../src/query/index.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const prefixes = wikibasePrefixes('https://linkedopendata.eu/entity/', 'https://linkedopendata.eu/wiki/Special:EntityData/');

describe('tableCell', () => {
  it.each([
    [{ type: 'uri', value: 'https://linkedopendata.eu/entity/Q226' }, 'wd:Q226'],
    [{ type: 'uri', value: 'https://example.org/x' }, '<https://example.org/x>'],
    [{ type: 'bnode', value: 'b0' }, '_:b0'],
    [{ type: 'literal', value: 'Scienific Reserch Centre Bistra Ptuj' }, 'Scienific Reserch Centre Bistra Ptuj'],
    [{ type: 'literal', value: 'Socialna aktivacija', 'xml:lang': 'sl' }, 'Socialna aktivacija@sl'],
    [{ type: 'literal', value: '488705.11', datatype: `${XSD}decimal` }, '488705.11'],
    [{ type: 'literal', value: '2018-09-01T00:00:00Z', datatype: `${XSD}dateTime` }, '2018-09-01T00:00:00Z'],
    [{ type: 'literal', value: 'POINT(15.6 46.4)', datatype: 'http://www.opengis.net/ont/geosparql#wktLiteral' }, 'POINT(15.6 46.4)^^geo:wktLiteral'],
    [{ type: 'literal', value: 'two\nlines\tand a tab' }, 'two\\nlines\\tand a tab'],
  ] as const)('shows %j as %s', (term, cell) => {
    expect(tableCell(term, prefixes)).toBe(cell);
  });
});

describe('solutionsTable', () => {
  const result: Solutions = {
    kind: 'solutions',
    vars: ['project', 'amount', 'note'],
    rows: [
      {
        project: { type: 'uri', value: 'https://linkedopendata.eu/entity/Q4295133' },
        amount: { type: 'literal', value: '488705.11', datatype: `${XSD}decimal` },
        note: { type: 'literal', value: 'a rather long note that goes on' },
      },
      { project: { type: 'uri', value: 'https://linkedopendata.eu/entity/Q1' }, amount: { type: 'literal', value: '85', datatype: `${XSD}decimal` } },
    ],
  };

  it('aligns the columns, numbers on the right, and cuts long cells', () => {
    expect(solutionsTable(result, { prefixes, maxWidth: 12 })).toBe(
      [
        'project         amount  note',
        '-----------  ---------  ------------',
        'wd:Q4295133  488705.11  a rather lo…',
        'wd:Q1               85',
        '',
      ].join('\n'),
    );
  });

  it('keeps cells whole with a width of 0', () => {
    expect(solutionsTable(result, { prefixes, maxWidth: 0 })).toContain('a rather long note that goes on');
  });

  it('writes the header and rule of an empty answer', () => {
    expect(solutionsTable({ kind: 'solutions', vars: ['x'], rows: [] }, { prefixes, maxWidth: 80 })).toBe('x\n-\n');
  });

  it('answers ASK with true or false', () => {
    expect(booleanTable({ kind: 'boolean', value: true })).toBe('true\n');
  });
});
