// English counts for summary lines and messages: "1 page", "2 pages", "3 entities".

/** `n` and the word, in the plural unless n is 1; `many` for words that do not just take an s (entity, retry). */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
