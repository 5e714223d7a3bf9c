// A property's RDF (datatype, predicate links, OWL declarations, wdno: class) and its Wikibase JSON round trip.
import { describe, expect, it } from 'vitest';
import { serializeItem } from '../../src/emit/index.js';
import { ntriplesSerializer } from '../../src/emit/rdf/rdf-emitter.js';
import { datatypeIri } from '../../src/emit/rdf/property-rdf.js';
import { readEntity } from '../../src/model/index.js';

const rdf = { conceptUriBase: 'http://w.test/entity/', dataUriBase: 'http://w.test/data/', datatypes: {}, license: 'http://creativecommons.org/publicdomain/zero/1.0/' };
const property = {
  type: 'property',
  datatype: 'external-id',
  id: 'P7',
  labels: { en: { language: 'en', value: 'ISNI' }, 'zh-classical': { language: 'zh-classical', value: '號' } },
  descriptions: {},
  aliases: {},
  claims: { P2: [{ mainsnak: { snaktype: 'novalue', property: 'P2' }, type: 'statement', id: 'P7$1', rank: 'normal' }] },
  lastrevid: 12,
};

function triples(json: object, origin: 'dump' | 'document'): string[] {
  const { entity, diagnostics } = readEntity({ json, file: 'x.json', line: 1, path: '', origin });
  expect(diagnostics).toEqual([]);
  return ntriplesSerializer({ rdf, onDiagnostic: () => {} }).entity(entity!, origin).split('\n').filter(Boolean);
}

describe('a property in RDF', () => {
  it.each([
    ['wikibase-item', 'WikibaseItem'],
    ['wikibase-property', 'WikibaseProperty'],
    ['commonsMedia', 'CommonsMedia'],
    ['external-id', 'ExternalId'],
    ['globe-coordinate', 'GlobeCoordinate'],
    ['monolingualtext', 'Monolingualtext'],
    ['geo-shape', 'GeoShape'],
    ['tabular-data', 'TabularData'],
    ['entity-schema', 'EntitySchema'],
    ['wikibase-sense', 'WikibaseSense'],
  ])('%s is wikibase:%s', (datatype, name) => expect(datatypeIri(datatype)).toBe(`http://wikiba.se/ontology#${name}`));

  it('names its datatype, its predicates and their kinds, and its wdno: class', () => {
    const lines = triples(property, 'document');
    const has = (s: string) => expect(lines).toContain(s);
    has('<http://w.test/entity/P7> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://wikiba.se/ontology#Property> .');
    has('<http://w.test/entity/P7> <http://wikiba.se/ontology#propertyType> <http://wikiba.se/ontology#ExternalId> .');
    has('<http://w.test/entity/P7> <http://wikiba.se/ontology#directClaimNormalized> <http://w.test/prop/direct-normalized/P7> .');
    has('<http://w.test/prop/P7> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#ObjectProperty> .');
    has('<http://w.test/prop/direct/P7> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#DatatypeProperty> .');
    has('<http://w.test/prop/direct-normalized/P7> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#ObjectProperty> .');
    has('<http://w.test/prop/novalue/P7> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#Class> .');
    has('<http://w.test/entity/P7> <http://www.w3.org/2000/01/rdf-schema#label> "號"@zh-classical .');
    has('<http://w.test/entity/statement/P7-1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://w.test/prop/novalue/P2> .');
    expect(lines.filter((l) => l.includes('owl#someValuesFrom'))).toHaveLength(1);
  });

  it('in a dump: statements counted on its data node, no licence there', () => {
    const lines = triples(property, 'dump');
    expect(lines).toContain('<http://w.test/data/P7> <http://wikiba.se/ontology#statements> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .');
    expect(lines.some((l) => l.includes('#sitelinks>') || l.includes('#identifiers>') || l.includes('ns#license>'))).toBe(false);
    expect(triples(property, 'document')).toContain('<http://w.test/data/P7> <http://creativecommons.org/ns#license> <http://creativecommons.org/publicdomain/zero/1.0/> .');
  });

  it('comes back as the same Wikibase JSON', () => {
    const { entity } = readEntity({ json: property, file: 'x.json', line: 1, path: '', origin: 'dump' });
    expect(JSON.parse(JSON.stringify(serializeItem(entity!)))).toEqual(property);
  });
});
