// Best rank: the statements of a property that count as its values (preferred if any, else normal; never deprecated).
import type { Rank, Statement } from './statement.js';

const RANK_ORDER: Record<Rank, number> = { preferred: 2, normal: 1, deprecated: 0 };

/** The statements of one property that are of its best rank, in their order. */
export function bestRankStatements<S extends Statement>(statements: readonly S[]): S[] {
  const top = Math.max(0, ...statements.map((s) => RANK_ORDER[s.rank]));
  return top === 0 ? [] : statements.filter((s) => RANK_ORDER[s.rank] === top);
}
