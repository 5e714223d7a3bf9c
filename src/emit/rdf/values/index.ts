// One builder per value type: the simple RDF term (for wdt:, ps:, pq:, pr:) and the value node (for psv:, pqv:, prv:).
import { DataFactory, type Quad, type Quad_Object, type NamedNode } from 'n3';
import { valueHash } from '../../../hash/value-hash.js';
import type { DataValue } from '../../../model/index.js';
import type { Vocabulary } from '../vocabulary.js';
import { globeCoordinateValueNode, wktLiteral } from './globe-coordinate.js';
import { commonsDataIri, commonsFileIri, escapeIri } from './iri.js';
import { decimalLiteral, quantityValueNode } from './quantity.js';
import { timeLiteral, timeValueNode } from './time.js';

const { namedNode, literal } = DataFactory;

function entityIdOf(value: Extract<DataValue, { type: 'wikibase-entityid' }>['value']): string {
  if (value.id !== undefined) return value.id;
  const letter = value['entity-type'] === 'property' ? 'P' : value['entity-type'] === 'lexeme' ? 'L' : 'Q';
  return `${letter}${value['numeric-id'] ?? ''}`;
}

export function simpleValue(datatype: string | undefined, dv: DataValue, v: Vocabulary): Quad_Object {
  switch (dv.type) {
    case 'string':
      if (datatype === 'url') return namedNode(escapeIri(dv.value.trim()));
      if (datatype === 'commonsMedia') return namedNode(commonsFileIri(dv.value));
      if (datatype === 'geo-shape' || datatype === 'tabular-data') return namedNode(commonsDataIri(dv.value));
      return literal(dv.value);
    case 'monolingualtext':
      return literal(dv.value.text, dv.value.language);
    case 'quantity':
      return decimalLiteral(dv.value.amount);
    case 'time':
      return timeLiteral(dv.value);
    case 'globecoordinate':
      return wktLiteral(dv.value);
    case 'wikibase-entityid':
      return namedNode(`${v.entity}${entityIdOf(dv.value)}`);
  }
}

/** The value node of a complex value (quantity, time, globe coordinate), named by Wikibase's value hash. */
export function valueNode(dv: DataValue, v: Vocabulary): { node: NamedNode; quads: Quad[] } | null {
  const make = (build: (node: NamedNode) => Quad[]): { node: NamedNode; quads: Quad[] } => {
    const node = namedNode(`${v.value}${valueHash(dv)}`);
    return { node, quads: build(node) };
  };
  switch (dv.type) {
    case 'quantity':
      return make((node) => quantityValueNode(node, dv.value));
    case 'time':
      return make((node) => timeValueNode(node, dv.value));
    case 'globecoordinate':
      return make((node) => globeCoordinateValueNode(node, dv.value));
    default:
      return null;
  }
}
