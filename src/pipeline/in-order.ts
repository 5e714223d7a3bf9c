// Puts results back in input order: each task is placed when it is read, by the place of its first input, and its
// result goes out only when it is the earliest placed and nothing earlier can still come. The order is the input's
// by construction, whatever the threads, batches or timing.
import { PlaceHeap } from './place-heap.js';

export class InOrder<T> {
  readonly #placed = new PlaceHeap<number>();
  readonly #done = new Map<number, T>();

  /** How many tasks are placed and not yet taken out. */
  get size(): number {
    return this.#placed.size;
  }

  /** Places a task that was read (before it is sent, so before its result can come); each place is given once. */
  expect(place: number): void {
    this.#placed.push(place, place);
  }

  /** The result for a placed task. */
  fill(place: number, result: T): void {
    this.#done.set(place, result);
  }

  /** Takes out, in place order, the results that can go: those placed before `before`, with none missing ahead. */
  take(before: number): T[] {
    const out: T[] = [];
    for (;;) {
      const top = this.#placed.peek();
      if (top === undefined || top >= before || !this.#done.has(top)) return out;
      out.push(this.#done.get(top) as T);
      this.#done.delete(top);
      this.#placed.pop();
    }
  }
}
