// The values of an item's statements, by property, in the forms checks compare.
import type { Span } from '../diagnostics/index.js';
import { parseDecimal, type Decimal, type Item, type PropertyId } from '../model/index.js';
import { spanOf, type StatementSpans } from '../merge/index.js';

export interface QuantityFact {
  readonly kind: 'quantity';
  readonly text: string;
  readonly amount: Decimal;
  readonly unit: string;
  readonly span?: Span;
}

export interface TimeFact {
  readonly kind: 'time';
  readonly text: string;
  /** Year, month, day as numbers, for ordering. */
  readonly key: readonly [bigint, number, number];
  /** How many parts of the key are known: 1 (year), 2 (month) or 3 (day and finer). */
  readonly known: 1 | 2 | 3;
  readonly span?: Span;
}

export type Fact = QuantityFact | TimeFact;

/** Year, month and day of a timestamp, or null when it is not one. */
export function timeKey(time: string): [bigint, number, number] | null {
  const m = /^([-+]\d+)-(\d\d)-(\d\d)/u.exec(time);
  return m?.[1] === undefined ? null : [BigInt(m[1]), Number(m[2]), Number(m[3])];
}

export function factsOf(item: Item, property: PropertyId, spans: StatementSpans): Fact[] {
  const facts: Fact[] = [];
  for (const statement of item.claims?.[property] ?? []) {
    if (statement.rank === 'deprecated' || statement.mainsnak.snaktype !== 'value') continue;
    const span = spanOf(spans, statement);
    const at = span === undefined ? {} : { span };
    const dv = statement.mainsnak.datavalue;
    if (dv.type === 'quantity') {
      facts.push({ kind: 'quantity', text: dv.value.amount, amount: parseDecimal(dv.value.amount), unit: dv.value.unit, ...at });
    } else if (dv.type === 'time') {
      const key = timeKey(dv.value.time);
      if (key !== null) {
        const p = dv.value.precision;
        const known = p >= 11 ? 3 : p === 10 ? 2 : 1;
        facts.push({ kind: 'time', text: dv.value.time, key, known, ...at });
      }
    }
  }
  return facts;
}
