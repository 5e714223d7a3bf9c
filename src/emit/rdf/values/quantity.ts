// Quantity values: an xsd:decimal literal and the wikibase:QuantityValue node with unit and bounds.
import type { QuantityValue } from '../../../model/index.js';
import type { RdfTerms } from '../rdf-terms.js';
import { UNITLESS_UNIT } from '../vocabulary.js';

export function quantityValueTriples<T>(out: T[], node: T, value: QuantityValue['value'], t: RdfTerms<T>, report: (detail: string) => void): void {
  out.push(node, t.type, t.quantityValue, node, t.quantityAmount, t.decimal(value.amount));
  if (value.upperBound !== undefined) out.push(node, t.quantityUpperBound, t.decimal(value.upperBound));
  if (value.lowerBound !== undefined) out.push(node, t.quantityLowerBound, t.decimal(value.lowerBound));
  const unit = t.dataIri(value.unit === '1' ? UNITLESS_UNIT : value.unit, 'the unit', report);
  if (unit !== null) out.push(node, t.quantityUnit, unit);
}
