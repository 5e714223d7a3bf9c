// The RDF vocabulary of one Wikibase: namespaces derived from the concept URI base, with and without a final `entity/`.
import { describe, expect, it } from 'vitest';
import { UNITLESS_UNIT, vocabulary, WIKIBASE, type Vocabulary } from '../../src/emit/index.js';

type Namespaces = Omit<Vocabulary, 'prefixes'>;

describe('vocabulary', () => {
  it.each<[string, string, string, Namespaces]>([
    [
      'a base ending in entity/: statements under it, everything else beside it',
      'https://linkedopendata.eu/entity/',
      'https://linkedopendata.eu/wiki/Special:EntityData/',
      {
        entity: 'https://linkedopendata.eu/entity/',
        data: 'https://linkedopendata.eu/wiki/Special:EntityData/',
        statement: 'https://linkedopendata.eu/entity/statement/',
        value: 'https://linkedopendata.eu/value/',
        reference: 'https://linkedopendata.eu/reference/',
        direct: 'https://linkedopendata.eu/prop/direct/',
        claim: 'https://linkedopendata.eu/prop/',
        statementProp: 'https://linkedopendata.eu/prop/statement/',
        statementValue: 'https://linkedopendata.eu/prop/statement/value/',
        qualifier: 'https://linkedopendata.eu/prop/qualifier/',
        qualifierValue: 'https://linkedopendata.eu/prop/qualifier/value/',
        referenceProp: 'https://linkedopendata.eu/prop/reference/',
        referenceValue: 'https://linkedopendata.eu/prop/reference/value/',
        novalue: 'https://linkedopendata.eu/prop/novalue/',
        directNormalized: 'https://linkedopendata.eu/prop/direct-normalized/',
        statementValueNormalized: 'https://linkedopendata.eu/prop/statement/value-normalized/',
        qualifierValueNormalized: 'https://linkedopendata.eu/prop/qualifier/value-normalized/',
        referenceValueNormalized: 'https://linkedopendata.eu/prop/reference/value-normalized/',
      },
    ],
    [
      'a base not ending in entity/: everything under it',
      'http://acme.test/',
      'http://data.acme.test/',
      {
        entity: 'http://acme.test/',
        data: 'http://data.acme.test/',
        statement: 'http://acme.test/statement/',
        value: 'http://acme.test/value/',
        reference: 'http://acme.test/reference/',
        direct: 'http://acme.test/prop/direct/',
        claim: 'http://acme.test/prop/',
        statementProp: 'http://acme.test/prop/statement/',
        statementValue: 'http://acme.test/prop/statement/value/',
        qualifier: 'http://acme.test/prop/qualifier/',
        qualifierValue: 'http://acme.test/prop/qualifier/value/',
        referenceProp: 'http://acme.test/prop/reference/',
        referenceValue: 'http://acme.test/prop/reference/value/',
        novalue: 'http://acme.test/prop/novalue/',
        directNormalized: 'http://acme.test/prop/direct-normalized/',
        statementValueNormalized: 'http://acme.test/prop/statement/value-normalized/',
        qualifierValueNormalized: 'http://acme.test/prop/qualifier/value-normalized/',
        referenceValueNormalized: 'http://acme.test/prop/reference/value-normalized/',
      },
    ],
  ])('%s', (_, base, data, expected) => {
    const { prefixes, ...namespaces } = vocabulary(base, data);
    expect(namespaces).toEqual(expected);
    expect(prefixes).toMatchObject({
      wd: expected.entity,
      wdata: expected.data,
      wds: expected.statement,
      wdv: expected.value,
      wdref: expected.reference,
      wdt: expected.direct,
      p: expected.claim,
      ps: expected.statementProp,
      psv: expected.statementValue,
      pq: expected.qualifier,
      pqv: expected.qualifierValue,
      pr: expected.referenceProp,
      prv: expected.referenceValue,
      wdno: expected.novalue,
    });
  });

  it('strips entity/ only as the final segment, as Wikibase does (a plain suffix test)', () => {
    expect(vocabulary('http://example.org/wiki/entity/', 'd').value).toBe('http://example.org/wiki/value/');
    expect(vocabulary('http://example.org/entity', 'd').value).toBe('http://example.org/entityvalue/');
    expect(vocabulary('http://example.org/entity/x/', 'd').value).toBe('http://example.org/entity/x/value/');
  });

  it('lists the fixed prefixes first, in the order a Turtle header shows them', () => {
    const { prefixes } = vocabulary('https://linkedopendata.eu/entity/', 'https://linkedopendata.eu/wiki/Special:EntityData/');
    expect(Object.keys(prefixes)).toEqual([
      'wikibase', 'rdf', 'rdfs', 'skos', 'schema', 'xsd', 'prov', 'cc', 'geo', 'owl',
      'wd', 'wdata', 'wds', 'wdv', 'wdref', 'wdt', 'p', 'ps', 'psv', 'pq', 'pqv', 'pr', 'prv', 'wdno',
    ]);
    expect(prefixes['wikibase']).toBe(WIKIBASE);
  });

  it('names the unit of unitless quantities on wikidata.org whatever the base', () => {
    expect(UNITLESS_UNIT).toBe('http://www.wikidata.org/entity/Q199');
  });
});
