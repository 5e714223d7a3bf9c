// Globe coordinates: a WKT point literal and the wikibase:GlobecoordinateValue node.
import { phpFloatToString } from '../../../hash/php-serialize.js';
import { EARTH, type GlobeCoordinateValue } from '../../../model/index.js';
import { WKT_LITERAL, type RdfTerms } from '../rdf-terms.js';

/**
 * A double as PHP's string conversion prints it (14 significant digits, `1.0E-5`), which is how Wikibase writes
 * coordinates; PHP reads a JSON `-0` as the integer 0, so no negative zero comes out.
 */
export function phpDouble(x: number): string {
  return phpFloatToString(x + 0);
}

/** `Point(longitude latitude)`; a globe other than Earth is named before the point, as WKT allows. */
export function wktLiteral<T>(value: GlobeCoordinateValue['value'], t: RdfTerms<T>): T {
  const point = `Point(${phpDouble(value.longitude)} ${phpDouble(value.latitude)})`;
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
  out.push(node, t.geoLatitude, t.double(phpDouble(value.latitude)));
  out.push(node, t.geoLongitude, t.double(phpDouble(value.longitude)));
  if (value.precision !== null) out.push(node, t.geoPrecision, t.double(phpDouble(value.precision)));
  const globe = t.dataIri(value.globe, 'the globe', report);
  if (globe !== null) out.push(node, t.geoGlobe, globe);
}
