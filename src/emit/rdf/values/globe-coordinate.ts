// Globe coordinates: a WKT point literal and the wikibase:GlobecoordinateValue node.
import { EARTH, type GlobeCoordinateValue } from '../../../model/index.js';
import { WKT_LITERAL, type RdfTerms } from '../rdf-terms.js';

/** `Point(longitude latitude)`; a globe other than Earth is named before the point, as WKT allows. */
export function wktLiteral<T>(value: GlobeCoordinateValue['value'], t: RdfTerms<T>): T {
  const point = `Point(${value.longitude} ${value.latitude})`;
  return t.syntax.typed(value.globe === EARTH ? point : `<${value.globe}> ${point}`, WKT_LITERAL);
}

export function globeCoordinateValueTriples<T>(
  out: T[],
  node: T,
  value: GlobeCoordinateValue['value'],
  t: RdfTerms<T>,
  report: (detail: string) => void,
): void {
  out.push(node, t.type, t.globeValue);
  out.push(node, t.geoLatitude, t.double(String(value.latitude)));
  out.push(node, t.geoLongitude, t.double(String(value.longitude)));
  if (value.precision !== null) out.push(node, t.geoPrecision, t.double(String(value.precision)));
  const globe = t.dataIri(value.globe, 'the globe', report);
  if (globe !== null) out.push(node, t.geoGlobe, globe);
}
