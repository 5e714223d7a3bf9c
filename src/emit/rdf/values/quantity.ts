// Quantity values: an xsd:decimal literal and the wikibase:QuantityValue node with unit and bounds.
import { DataFactory, type Quad, type NamedNode, type Literal } from 'n3';
import type { QuantityValue } from '../../../model/index.js';
import { RDF, UNITLESS_UNIT, WIKIBASE, XSD } from '../vocabulary.js';

const { namedNode, literal, quad } = DataFactory;

export function decimalLiteral(amount: string): Literal {
  return literal(amount, namedNode(`${XSD}decimal`));
}

export function quantityValueNode(node: NamedNode, value: QuantityValue['value']): Quad[] {
  const quads = [
    quad(node, namedNode(`${RDF}type`), namedNode(`${WIKIBASE}QuantityValue`)),
    quad(node, namedNode(`${WIKIBASE}quantityAmount`), decimalLiteral(value.amount)),
  ];
  if (value.upperBound !== undefined) {
    quads.push(quad(node, namedNode(`${WIKIBASE}quantityUpperBound`), decimalLiteral(value.upperBound)));
  }
  if (value.lowerBound !== undefined) {
    quads.push(quad(node, namedNode(`${WIKIBASE}quantityLowerBound`), decimalLiteral(value.lowerBound)));
  }
  quads.push(quad(node, namedNode(`${WIKIBASE}quantityUnit`), namedNode(value.unit === '1' ? UNITLESS_UNIT : value.unit)));
  return quads;
}
