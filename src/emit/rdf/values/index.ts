// One builder per value type: the simple RDF term (for wdt:, ps:, pq:, pr:) and the value node (for psv:, pqv:, prv:).
import { valueHash } from '../../../hash/value-hash.js';
import { entityIdOf, type DataValue } from '../../../model/index.js';
import type { RdfTerms } from '../rdf-terms.js';
import { globeCoordinateValueTriples, wktLiteral } from './globe-coordinate.js';
import { commonsDataIri, commonsFileIri, escapeIri } from './iri.js';
import { quantityValueTriples } from './quantity.js';
import { timeLiteral, timeValueTriples } from './time.js';

/**
 * The simple value, or null (reported) where RDF cannot say it; a monolingual text's language is checked by the
 * caller (see `LANGUAGE_TAG`).
 */
export function simpleValue<T>(datatype: string | undefined, dv: DataValue, t: RdfTerms<T>, report: (detail: string) => void): T | null {
  const s = t.syntax;
  switch (dv.type) {
    case 'string':
      if (datatype === 'url') return t.dataIri(escapeIri(dv.value.trim()), 'the URL', report);
      if (datatype === 'commonsMedia') return s.iri(commonsFileIri(dv.value));
      if (datatype === 'geo-shape' || datatype === 'tabular-data') return s.iri(commonsDataIri(dv.value));
      return s.plain(dv.value);
    case 'monolingualtext':
      return s.lang(dv.value.text, dv.value.language);
    case 'quantity':
      return t.decimal(dv.value.amount);
    case 'time':
      return timeLiteral(dv.value, t);
    case 'globecoordinate':
      return wktLiteral(dv.value, t);
    case 'wikibase-entityid':
      return s.name(t.vocabulary.entity, entityIdOf(dv.value));
  }
}

/** Whether a value is complex: written as a value node (quantity, time, globe coordinate) besides its simple value. */
export function hasValueNode(dv: DataValue): boolean {
  return dv.type === 'quantity' || dv.type === 'time' || dv.type === 'globecoordinate';
}

/** The value node's local name: Wikibase's value hash. */
export function valueNodeName(dv: DataValue): string {
  return valueHash(dv);
}

/** The value node's triples (for a complex value; nothing for the others). */
export function valueNodeTriples<T>(out: T[], node: T, dv: DataValue, t: RdfTerms<T>, report: (detail: string) => void): void {
  switch (dv.type) {
    case 'quantity':
      return quantityValueTriples(out, node, dv.value, t, report);
    case 'time':
      return timeValueTriples(out, node, dv.value, t, report);
    case 'globecoordinate':
      return globeCoordinateValueTriples(out, node, dv.value, t, report);
    default:
      return;
  }
}
