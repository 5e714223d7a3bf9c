// Turtle terms: prefixed names exactly where n3's writer makes them, literals abbreviated as it does, the head.
import { describe, expect, it } from 'vitest';
import { vocabulary, XSD } from '../../src/emit/index.js';
import { NTriplesTerms } from '../../src/emit/rdf/syntax/ntriples-terms.js';
import { TurtleTerms } from '../../src/emit/rdf/syntax/turtle-terms.js';

const v = vocabulary('https://linkedopendata.eu/entity/', 'https://linkedopendata.eu/wiki/Special:EntityData/');
const terms = new TurtleTerms(v.prefixes);

describe('TurtleTerms: names', () => {
  it.each<[string, string, string, string]>([
    ['an item', v.entity, 'Q42', 'wd:Q42'],
    ['a statement node', v.statement, 'Q42-7f3c9d6e-1b2a-5c4d-8e9f-0a1b2c3d4e5f', 'wds:Q42-7f3c9d6e-1b2a-5c4d-8e9f-0a1b2c3d4e5f'],
    ['a truthy predicate', v.direct, 'P835', 'wdt:P835'],
    ['a claim predicate (beside the longer prop/ namespaces)', v.claim, 'P835', 'p:P835'],
    ['a data node', v.data, 'Q42', 'wdata:Q42'],
    ['a local name with an inner dot', v.reference, 'a.b', 'wdref:a.b'],
    ['a local name ending in a dot is not one', v.reference, 'ab.', '<https://linkedopendata.eu/reference/ab.>'],
    ['a local name starting with a dash is not one', v.reference, '-ab', '<https://linkedopendata.eu/reference/-ab>'],
    ['an empty local name', v.reference, '', '<https://linkedopendata.eu/reference/>'],
    ['a local name with a slash', v.entity, 'statement/x', 'wds:x'],
    ['odd characters: a full IRI, percent-encoded', v.reference, 'a b', '<https://linkedopendata.eu/reference/a%20b>'],
  ])('%s', (_, namespace, local, expected) => {
    expect(terms.name(namespace, local)).toBe(expected);
  });

  it.each<[string, string, string]>([
    ['a unit on this Wikibase', 'https://linkedopendata.eu/entity/Q226', 'wd:Q226'],
    ['a calendar on wikidata.org has no prefix', 'http://www.wikidata.org/entity/Q1985727', '<http://www.wikidata.org/entity/Q1985727>'],
    ['a vocabulary term', 'http://wikiba.se/ontology#Item', 'wikibase:Item'],
    ['an IRI that only looks like a prefixed name', 'wd:Q1', '<wd:Q1>'],
  ])('iri: %s', (_, iri, expected) => {
    expect(terms.iri(iri)).toBe(expected);
  });

  it('gives a namespace that a shorter one precedes and could take its names to the first that can, as n3 does', () => {
    // `a:` (http://x/) comes first and takes http://x/ab…, which `b:` (http://x/a) would take too.
    const shadowed = new TurtleTerms({ a: 'http://x/', b: 'http://x/a' });
    expect(shadowed.name('http://x/a', 'b')).toBe('a:ab');
    expect(shadowed.iri('http://x/ab')).toBe('a:ab');
    // …and one that a longer one precedes.
    const longer = new TurtleTerms({ b: 'http://x/a', a: 'http://x/' });
    expect(longer.name('http://x/', 'ab')).toBe('b:b');
    expect(longer.name('http://x/', 'zz')).toBe('a:zz');
  });

  it('writes a namespace named twice with its last name, where n3 first listed it', () => {
    const twice = new TurtleTerms({ one: 'http://x/', other: 'http://y/', two: 'http://x/' });
    expect(twice.iri('http://x/a')).toBe('two:a');
    expect(twice.head).toBe('@prefix one: <http://x/>.\n@prefix other: <http://y/>.\n@prefix two: <http://x/>.\n\n');
  });
});

describe('TurtleTerms: literals', () => {
  it.each<[string, string, string, string]>([
    ['a decimal with a point is bare', '+488705.11', `${XSD}decimal`, '+488705.11'],
    ['a whole decimal is not (it would read as an integer)', '+12500', `${XSD}decimal`, '"+12500"^^xsd:decimal'],
    ['an integer is bare', '11', `${XSD}integer`, '11'],
    ['a negative integer is bare', '-60', `${XSD}integer`, '-60'],
    ['a double without an exponent is not', '51.7577', `${XSD}double`, '"51.7577"^^xsd:double'],
    ['a double with an exponent is bare', '1e-7', `${XSD}double`, '1e-7'],
    ['a boolean is bare', 'true', `${XSD}boolean`, 'true'],
    ['a dateTime', '2018-09-01T00:00:00Z', `${XSD}dateTime`, '"2018-09-01T00:00:00Z"^^xsd:dateTime'],
    ['an xsd:string is plain', 'x', `${XSD}string`, '"x"'],
    ['a WKT point', 'Point(18.1 51.7)', 'http://www.opengis.net/ont/geosparql#wktLiteral', '"Point(18.1 51.7)"^^geo:wktLiteral'],
  ])('%s', (_, value, datatype, expected) => {
    expect(terms.typed(value, datatype)).toBe(expected);
  });

  it('lower-cases language tags, as n3 does', () => {
    expect(terms.lang('Grüezi', 'de-CH')).toBe('"Grüezi"@de-ch');
    expect(new NTriplesTerms().lang('Grüezi', 'de-CH')).toBe('"Grüezi"@de-ch');
  });
});

describe('NTriplesTerms', () => {
  const nt = new NTriplesTerms();
  it.each<[string, string, string]>([
    ['a name', nt.name(v.entity, 'Q42'), '<https://linkedopendata.eu/entity/Q42>'],
    ['a typed literal', nt.typed('+1.5', `${XSD}decimal`), '"+1.5"^^<http://www.w3.org/2001/XMLSchema#decimal>'],
    ['an xsd:string', nt.typed('a"b', `${XSD}string`), '"a\\"b"'],
    ['a blank node', nt.blank('0a1b'), '_:0a1b'],
  ])('%s', (_, actual, expected) => {
    expect(actual).toBe(expected);
  });
});
