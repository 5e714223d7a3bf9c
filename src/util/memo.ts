// The one place module-level state lives: memos of pure functions, each named and listed in one registry.
//
// The rule: a memo may only cache a pure function of its key. The answer for a key never depends on what was looked
// up before, or on which thread asks; the memo only saves the work of computing it again. A function whose answer
// could change with lookup history must be made history-free first (see locale/language-names.ts), not memoized.

interface Registered {
  readonly size: () => number;
  readonly clear: () => void;
}

const registry: { readonly name: string; readonly entry: Registered }[] = [];

function register(name: string, entry: Registered): void {
  registry.push({ name, entry });
}

export interface MemoOptions<K> {
  /** At most this many answers are kept (the memo starts afresh when full), for keys that are open-ended text. */
  readonly max?: number;
  /** The key as stored (e.g. `ownString`, so that a key cut from a page does not keep the page alive). */
  readonly keep?: (key: K) => K;
}

/** `compute`, remembering its answer per key (compared as Map keys compare: strings and numbers by value). */
export function memo<K, V>(name: string, compute: (key: K) => V, options: MemoOptions<K> = {}): (key: K) => V {
  return memoBy(name, (key: K) => key, compute, options);
}

/**
 * `compute` of an argument, remembered by a key its answer is a pure function of (`keyOf`): for arguments that are
 * new objects each time but repeat as data (a date, an amount in a unit). `memo` is this with the argument as key.
 */
export function memoBy<A, K, V>(name: string, keyOf: (arg: A) => K, compute: (arg: A) => V, options: MemoOptions<K> = {}): (arg: A) => V {
  const answers = new Map<K, V>();
  const max = options.max ?? Infinity;
  register(name, { size: () => answers.size, clear: () => answers.clear() });
  return (arg) => {
    const key = keyOf(arg);
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as V;
    const answer = compute(arg);
    if (answers.size >= max) answers.clear();
    answers.set(options.keep === undefined ? key : options.keep(key), answer);
    return answer;
  };
}

/** The same for object keys, held weakly: the answer goes when the object does. */
export function weakMemo<K extends object, V>(name: string, compute: (key: K) => V): (key: K) => V {
  let answers = new WeakMap<K, V>();
  let size = 0;
  register(name, {
    size: () => size,
    clear: () => {
      answers = new WeakMap();
      size = 0;
    },
  });
  return (key) => {
    if (answers.has(key)) return answers.get(key) as V;
    const answer = compute(key);
    answers.set(key, answer);
    size += 1;
    return answer;
  };
}

/** A value computed on first use (a table built from Intl, a compiled pattern), then kept. */
export function lazy<V>(name: string, compute: () => V): () => V {
  const get = memo<null, V>(name, () => compute());
  return () => get(null);
}

/** Every memo by name, with how many answers it holds (weak memos: how many it was given). */
export function memoSizes(): ReadonlyArray<{ readonly name: string; readonly size: number }> {
  return registry.map(({ name, entry }) => ({ name, size: entry.size() }));
}

/** Forgets every answer: for tests that ask in different orders and compare the answers. */
export function clearMemos(): void {
  for (const { entry } of registry) entry.clear();
}
