// Reading a stream as numbered lines, without holding more than one line (and one chunk) at a time.
import type { Readable } from 'node:stream';

export interface NumberedLine {
  readonly text: string;
  /** 1-based. */
  readonly line: number;
}

/**
 * Splits on \n, drops a \r before it, and yields a last line that has no newline. A line longer than a chunk is
 * gathered in parts and joined once, so a huge line costs its length, not its length times its chunks.
 */
export async function* numberedLines(chunks: AsyncIterable<string>): AsyncGenerator<NumberedLine> {
  let parts: string[] = [];
  let line = 0;
  for await (const chunk of chunks) {
    let start = 0;
    let nl: number;
    while ((nl = chunk.indexOf('\n', start)) !== -1) {
      let text = chunk.slice(start, nl);
      if (parts.length > 0) {
        parts.push(text);
        text = parts.join('');
        parts = [];
      }
      yield { text: text.endsWith('\r') ? text.slice(0, -1) : text, line: ++line };
      start = nl + 1;
    }
    if (start < chunk.length) parts.push(start === 0 ? chunk : chunk.slice(start));
  }
  if (parts.length > 0) {
    const text = parts.join('');
    if (text.length > 0) yield { text: text.endsWith('\r') ? text.slice(0, -1) : text, line: ++line };
  }
}

/** The stream's chunks as UTF-8 text, with a leading byte-order mark removed. */
export async function* textChunks(stream: Readable): AsyncGenerator<string> {
  stream.setEncoding('utf8');
  let first = true;
  for await (const chunk of stream as AsyncIterable<string>) {
    if (first) {
      first = false;
      yield chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
    } else {
      yield chunk;
    }
  }
}
