// Reading a Wikibase JSON entity into the model: problems by entity and JSON path, unknown fields, other types.
import { describe, expect, it } from 'vitest';
import { jsonPath, readEntity } from '../../src/model/index.js';

const source = (json: unknown, path = '') => ({ json, file: 'in.json', line: 3, path, origin: 'document' as const });

describe('jsonPath', () => {
  it.each([
    ['', ['claims', 'P2', 0, 'mainsnak'], 'claims.P2[0].mainsnak'],
    ['entities.Q1', ['labels', 'en'], 'entities.Q1.labels.en'],
    ['[4]', ['qualifiers-order', 1], '[4].qualifiers-order[1]'],
    ['', ['odd key'], '["odd key"]'],
  ] as const)('%s + %j → %s', (base, path, expected) => expect(jsonPath(base, path)).toBe(expected));
});

describe('readEntity', () => {
  it('reads a valid item as it is', () => {
    const json = { type: 'item', id: 'Q1', labels: { en: { language: 'en', value: 'x' } } };
    expect(readEntity(source(json))).toEqual({ entity: json, diagnostics: [] });
  });

  it('reports every problem with the entity and the full JSON path', () => {
    const json = { type: 'item', id: 'Q1', labels: { en: { language: 'en' } }, claims: { P1: [{ mainsnak: { snaktype: 'value', property: 'P1', datavalue: { type: 'quantity', value: { amount: '1', unit: '1' } } }, type: 'statement', id: 'x', rank: 'normal' }] } };
    const { entity: item, diagnostics } = readEntity(source(json, 'entities.Q1'));
    expect(item).toBeNull();
    expect(diagnostics.map((d) => ('path' in d ? [d.code, d.entity, d.path] : []))).toEqual([
      ['entity-invalid', 'Q1', 'entities.Q1.labels.en.value'],
      ['entity-invalid', 'Q1', 'entities.Q1.claims.P1[0].mainsnak.datavalue.value.amount'],
    ]);
    expect(diagnostics.every((d) => d.span?.file === 'in.json' && d.span.line === 3)).toBe(true);
  });

  it('names an entity without an id by its path', () => {
    const { diagnostics } = readEntity(source({ type: 'item', labels: 5 }, '[2]'));
    expect(diagnostics[0]).toMatchObject({ code: 'entity-invalid', entity: 'the entity at [2]', path: '[2].labels' });
  });

  it('reports entity types other than items', () => {
    expect(readEntity(source({ type: 'lexeme', id: 'L1' })).diagnostics).toMatchObject([{ code: 'entity-unsupported', type: 'lexeme' }]);
  });

  it('keeps the item but reports fields that are not part of one', () => {
    const { entity: item, diagnostics } = readEntity(source({ type: 'item', id: 'Q1', colour: 'blue', size: 2 }));
    expect(item).toEqual({ type: 'item', id: 'Q1' });
    expect(diagnostics).toMatchObject([{ code: 'field-ignored', severity: 'warning', fields: ['colour', 'size'] }]);
  });
});
