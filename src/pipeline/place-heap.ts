// A min-heap of values by place (the pipeline's count of inputs): what comes out first is the earliest placed.

interface Entry<T> {
  readonly place: number;
  readonly value: T;
}

export class PlaceHeap<T> {
  readonly #heap: Entry<T>[] = [];

  get size(): number {
    return this.#heap.length;
  }

  /** The earliest place held, or undefined when empty. */
  peek(): number | undefined {
    return this.#heap[0]?.place;
  }

  push(place: number, value: T): void {
    const heap = this.#heap;
    const entry = { place, value };
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((heap[parent] as Entry<T>).place <= place) break;
      heap[i] = heap[parent] as Entry<T>;
      i = parent;
    }
    heap[i] = entry;
  }

  /** Takes out the earliest placed value (undefined when empty). */
  pop(): T | undefined {
    const heap = this.#heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined) return undefined;
    if (heap.length === 0) return top.value;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= heap.length) break;
      const r = l + 1;
      const c = r < heap.length && (heap[r] as Entry<T>).place < (heap[l] as Entry<T>).place ? r : l;
      if ((heap[c] as Entry<T>).place >= last.place) break;
      heap[i] = heap[c] as Entry<T>;
      i = c;
    }
    heap[i] = last;
    return top.value;
  }
}
