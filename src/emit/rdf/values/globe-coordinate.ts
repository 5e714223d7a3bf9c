// Globe coordinates: a WKT point literal and the wikibase:GlobecoordinateValue node.
import { DataFactory, type Quad, type NamedNode, type Literal } from 'n3';
import { EARTH, type GlobeCoordinateValue } from '../../../model/index.js';
import { GEO, RDF, WIKIBASE, XSD } from '../vocabulary.js';

const { namedNode, literal, quad } = DataFactory;

/** `Point(longitude latitude)`; a globe other than Earth is named before the point, as WKT allows. */
export function wktLiteral(value: GlobeCoordinateValue['value']): Literal {
  const point = `Point(${value.longitude} ${value.latitude})`;
  return literal(value.globe === EARTH ? point : `<${value.globe}> ${point}`, namedNode(`${GEO}wktLiteral`));
}

export function globeCoordinateValueNode(node: NamedNode, value: GlobeCoordinateValue['value']): Quad[] {
  const double = namedNode(`${XSD}double`);
  const quads = [
    quad(node, namedNode(`${RDF}type`), namedNode(`${WIKIBASE}GlobecoordinateValue`)),
    quad(node, namedNode(`${WIKIBASE}geoLatitude`), literal(String(value.latitude), double)),
    quad(node, namedNode(`${WIKIBASE}geoLongitude`), literal(String(value.longitude), double)),
  ];
  if (value.precision !== null) {
    quads.push(quad(node, namedNode(`${WIKIBASE}geoPrecision`), literal(String(value.precision), double)));
  }
  quads.push(quad(node, namedNode(`${WIKIBASE}geoGlobe`), namedNode(value.globe)));
  return quads;
}
