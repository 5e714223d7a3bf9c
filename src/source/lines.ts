// Reading a stream as numbered lines, without holding more than one line (and one chunk) at a time.
import type { Readable } from 'node:stream';
import { decodedChunks, type DecodedChunk, type TextEncoding } from './decode.js';

/** Bytes of a line that were not text in the input's encoding (each shown as U+FFFD). */
export interface LineInvalid {
  readonly encoding: TextEncoding;
  /** 0-based offset of the first such byte in the input. */
  readonly byte: number;
  /** 1-based column of its U+FFFD in the line. */
  readonly column: number;
  /** How many such bytes the line holds. */
  readonly bytes: number;
}

export interface NumberedLine {
  readonly text: string;
  /** 1-based. */
  readonly line: number;
  readonly invalid?: LineInvalid;
}

/**
 * Splits on \n, drops a \r before it, and yields a last line that has no newline. A line longer than a chunk is
 * gathered in parts and joined once, so a huge line costs its length, not its length times its chunks.
 */
export async function* numberedLines(chunks: AsyncIterable<string | DecodedChunk>): AsyncGenerator<NumberedLine> {
  let parts: string[] = [];
  let partsLength = 0;
  let invalid: LineInvalid | undefined;
  let line = 0;
  const made = (text: string): NumberedLine => {
    const out = { text: text.endsWith('\r') ? text.slice(0, -1) : text, line: ++line, ...(invalid === undefined ? {} : { invalid }) };
    invalid = undefined;
    return out;
  };
  for await (const item of chunks) {
    const chunk = typeof item === 'string' ? item : item.text;
    const marks = typeof item === 'string' ? [] : item.invalid;
    let mark = 0;
    let start = 0;
    let nl: number;
    // Notes the invalid bytes before `end` on the line being read (which began `partsLength` characters back).
    const note = (end: number): void => {
      for (; mark < marks.length && (marks[mark]?.index ?? 0) < end; mark++) {
        const m = marks[mark];
        if (m === undefined || typeof item === 'string') continue;
        if (invalid === undefined) invalid = { encoding: item.encoding, byte: m.byte, column: partsLength + m.index - start + 1, bytes: m.length };
        else invalid = { ...invalid, bytes: invalid.bytes + m.length };
      }
    };
    while ((nl = chunk.indexOf('\n', start)) !== -1) {
      note(nl);
      let text = chunk.slice(start, nl);
      if (parts.length > 0) {
        parts.push(text);
        text = parts.join('');
        parts = [];
        partsLength = 0;
      }
      yield made(text);
      start = nl + 1;
    }
    note(chunk.length);
    if (start < chunk.length) {
      parts.push(start === 0 ? chunk : chunk.slice(start));
      partsLength += chunk.length - start;
    }
  }
  if (parts.length > 0) {
    const text = parts.join('');
    if (text.length > 0) yield made(text);
  }
}

/** The stream's chunks as text (UTF-8 or, with a byte-order mark, UTF-16), the mark removed, invalid bytes marked. */
export function textChunks(stream: Readable): AsyncGenerator<DecodedChunk> {
  return decodedChunks(stream);
}
