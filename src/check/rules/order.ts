// `order`: left ≤ right, for quantities in one unit or for times compared at the coarser precision.
import { compareDecimal } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { factsOf, type Fact } from '../statement-values.js';

function after(a: Fact, b: Fact): boolean | null {
  if (a.kind === 'quantity' && b.kind === 'quantity') {
    return a.unit === b.unit ? compareDecimal(a.amount, b.amount) > 0 : null;
  }
  if (a.kind === 'time' && b.kind === 'time') {
    // Compared at the coarser of the two precisions: September 2018 is not after 1 September 2018.
    for (let i = 0; i < Math.min(a.known, b.known); i++) {
      const x = a.key[i] as bigint | number;
      const y = b.key[i] as bigint | number;
      if (x !== y) return x > y;
    }
    return false;
  }
  return null;
}

export const orderRule: Rule<'order'> = (check, { item, spans }) =>
  factsOf(item, check.left, spans).flatMap((left) =>
    factsOf(item, check.right, spans)
      .filter((right) => after(left, right) === true)
      .map((right) => ({ ...(left.span === undefined ? {} : { span: left.span }), values: { left: left.text, right: right.text } })),
  );
