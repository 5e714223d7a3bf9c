// Pages as they wait in the main thread (for the rest of their item's pages, or for the output to reach them): their
// text as UTF-8 bytes, off the heap and a byte a character for most text (a string with one letter past Latin-1
// takes two bytes a character on the heap), decoded by the thread that works on them.
import type { PageSource } from '../source/index.js';

/** A page whose text waits as UTF-8. */
export type HeldPage = Omit<PageSource, 'text'> & { readonly bytes: Uint8Array };

/** A page as a task carries it: as read, or as it waited. */
export type TaskPage = PageSource | HeldPage;

const encoder = new TextEncoder();
// Node 20 has String.prototype.isWellFormed; the project's lib (ES2023) does not declare it.
const wellFormed = (text: string): boolean => (text as string & { isWellFormed(): boolean }).isWellFormed();
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The page to hold: its text as UTF-8 (each page its own buffer, so that it can be sent alone to a worker). A text
 * with a lone surrogate (JSON can write one) stays a string: UTF-8 cannot carry it, and the page must be read as is.
 */
export function heldPage(page: TaskPage): TaskPage {
  if (!('text' in page) || !wellFormed(page.text)) return page;
  const { text, ...rest } = page;
  return { ...rest, bytes: encoder.encode(text) };
}

/** The page with its text, to work on. */
export function workedPage(page: TaskPage): PageSource {
  if ('text' in page) return page;
  const { bytes, ...rest } = page;
  return { ...rest, text: decoder.decode(bytes) };
}

/** The page's size in characters (its bytes, for a held page: as many or more). */
export const pageSize = (page: TaskPage): number => ('text' in page ? page.text.length : page.bytes.length);
