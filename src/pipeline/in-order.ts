// Puts results back in input order: each task is placed when it is sent, by the place of its first input, and its
// result goes out only when it is the earliest placed and nothing earlier can still come. The order is the input's
// by construction, whatever the threads, batches or timing.

/** A min-heap of places, with the results that have come for them. */
export class InOrder<T> {
  readonly #heap: number[] = [];
  readonly #done = new Map<number, T>();

  /** How many tasks are placed and not yet taken out. */
  get size(): number {
    return this.#heap.length;
  }

  /** Places a task that was sent (before its result can come); each place is given once. */
  expect(place: number): void {
    const heap = this.#heap;
    heap.push(place);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((heap[parent] as number) <= place) break;
      heap[i] = heap[parent] as number;
      i = parent;
    }
    heap[i] = place;
  }

  /** The result for a placed task. */
  fill(place: number, result: T): void {
    this.#done.set(place, result);
  }

  /** Takes out, in place order, the results that can go: those placed before `before`, with none missing ahead. */
  take(before: number): T[] {
    const out: T[] = [];
    for (;;) {
      const top = this.#heap[0];
      if (top === undefined || top >= before || !this.#done.has(top)) return out;
      out.push(this.#done.get(top) as T);
      this.#done.delete(top);
      this.#pop();
    }
  }

  #pop(): void {
    const heap = this.#heap;
    const last = heap.pop() as number;
    if (heap.length === 0) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= heap.length) break;
      const r = l + 1;
      const c = r < heap.length && (heap[r] as number) < (heap[l] as number) ? r : l;
      if ((heap[c] as number) >= last) break;
      heap[i] = heap[c] as number;
      i = c;
    }
    heap[i] = last;
  }
}
