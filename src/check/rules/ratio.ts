// `ratio`: value ≈ numerator / denominator × scale, compared exactly, within the tolerance or the value's rounding.
import {
  absDecimal,
  compareDecimal,
  formatDecimal,
  halfUnitInLastPlace,
  multiplyDecimal,
  parseDecimal,
  subtractDecimal,
  type Decimal,
} from '../../model/index.js';
import type { Finding, Rule } from '../rule.js';
import { factsOf, type QuantityFact } from '../statement-values.js';

/** |v·d − n·s| ≤ allowed·|d|, where allowed is the larger of the tolerance and half a unit in v's last place. */
function ratioHolds(value: Decimal, numerator: Decimal, denominator: Decimal, scale: Decimal, tolerance: Decimal): boolean {
  const allowed = compareDecimal(tolerance, halfUnitInLastPlace(value)) >= 0 ? tolerance : halfUnitInLastPlace(value);
  const difference = absDecimal(subtractDecimal(multiplyDecimal(value, denominator), multiplyDecimal(numerator, scale)));
  return compareDecimal(difference, multiplyDecimal(allowed, absDecimal(denominator))) <= 0;
}

/** numerator / denominator × scale, rounded half away from zero to 6 decimal places, for the message only. */
export function expectedRatio(numerator: Decimal, denominator: Decimal, scale: Decimal): string {
  const places = 6;
  const top = multiplyDecimal(numerator, scale);
  // One more place than shown, then rounded: mantissa × 10^shift / denominator at scale places + 1.
  const shift = BigInt(places + 1 + denominator.scale - top.scale);
  const tenfold =
    shift >= 0n ? (top.mantissa * 10n ** shift) / denominator.mantissa : top.mantissa / (denominator.mantissa * 10n ** -shift);
  const rounded = (tenfold + (tenfold < 0n ? -5n : 5n)) / 10n;
  return formatDecimal({ mantissa: rounded, scale: places });
}

const quantities = (facts: ReturnType<typeof factsOf>): QuantityFact[] => facts.filter((f) => f.kind === 'quantity');

export const ratioRule: Rule<'ratio'> = (check, { item, spans }) => {
  const scale = parseDecimal(check.scale);
  const tolerance = parseDecimal(check.tolerance);
  const findings: Finding[] = [];
  for (const value of quantities(factsOf(item, check.value, spans))) {
    for (const numerator of quantities(factsOf(item, check.numerator, spans))) {
      for (const denominator of quantities(factsOf(item, check.denominator, spans))) {
        if (numerator.unit !== denominator.unit || denominator.amount.mantissa === 0n) continue;
        if (ratioHolds(value.amount, numerator.amount, denominator.amount, scale, tolerance)) continue;
        findings.push({
          ...(value.span === undefined ? {} : { span: value.span }),
          values: { value: value.text, expected: expectedRatio(numerator.amount, denominator.amount, scale) },
        });
      }
    }
  }
  return findings;
};
