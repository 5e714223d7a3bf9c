// The entity graphs a load has written so far (a graph met again is added to, not replaced): the one thing a load
// keeps for the whole run, so it must stay small and hold no text of the output.
import { NumberSet } from '../util/number-set.js';
import { ownString } from '../util/own-string.js';

/** A graph IRI as a prefix and an entity number (`…/entity/Q` and 42), when it ends so. */
function split(graph: string): { prefix: string; number: number } | undefined {
  let start = graph.length;
  while (start > 0 && graph.charCodeAt(start - 1) >= 48 && graph.charCodeAt(start - 1) <= 57) start -= 1;
  // A number with a leading zero would name another graph than its value: kept as text.
  if (start === graph.length || graph.length - start > 10 || graph.charCodeAt(start) === 48) return undefined;
  const number = Number(graph.slice(start));
  return NumberSet.holds(number) ? { prefix: graph.slice(0, start), number } : undefined;
}

/**
 * A bit per entity number under each graph prefix (a million entities: a few hundred kilobytes, where the IRIs as
 * strings took about 100 MB); any other IRI as its own copy (a slice of the output's text would keep that text).
 */
export class SeenGraphs {
  readonly #byPrefix = new Map<string, NumberSet>();
  readonly #other = new Set<string>();

  /** Adds the graph; returns whether it was there already. */
  add(graph: string): boolean {
    const parts = split(graph);
    if (parts === undefined) {
      if (this.#other.has(graph)) return true;
      this.#other.add(ownString(graph));
      return false;
    }
    let numbers = this.#byPrefix.get(parts.prefix);
    if (numbers === undefined) {
      numbers = new NumberSet();
      this.#byPrefix.set(ownString(parts.prefix), numbers);
    }
    return numbers.add(parts.number);
  }
}
