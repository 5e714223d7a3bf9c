// `range`: quantities (or times) of the listed properties lie within [min, max].
import { compareDecimal, parseDecimal } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { factsOf, timeKey, type Fact } from '../statement-values.js';

function compareToBound(fact: Fact, bound: string): number | null {
  if (fact.kind === 'quantity') return /^[-+]\d+(?:\.\d+)?$/u.test(bound) ? compareDecimal(fact.amount, parseDecimal(bound)) : null;
  const key = timeKey(bound);
  if (key === null) return null;
  for (let i = 0; i < fact.known; i++) {
    const x = fact.key[i] as bigint | number;
    const y = key[i] as bigint | number;
    if (x !== y) return x > y ? 1 : -1;
  }
  return 0;
}

export const rangeRule: Rule<'range'> = (check, { item, spans }) =>
  check.properties.flatMap((property) =>
    factsOf(item, property, spans)
      .filter((f) => {
        const low = check.min === undefined ? null : compareToBound(f, check.min);
        const high = check.max === undefined ? null : compareToBound(f, check.max);
        return (low !== null && low < 0) || (high !== null && high > 0);
      })
      .map((f) => ({
        ...(f.span === undefined ? {} : { span: f.span }),
        values: { property, value: f.text, min: check.min ?? '', max: check.max ?? '' },
      })),
  );
