// Reading a stream as numbered lines, without holding more than one line at a time.
import type { Readable } from 'node:stream';

export interface NumberedLine {
  readonly text: string;
  /** 1-based. */
  readonly line: number;
}

/** Splits on \n, drops a \r before it, and yields a last line that has no newline. */
export async function* numberedLines(chunks: AsyncIterable<string>): AsyncGenerator<NumberedLine> {
  let pending = '';
  let line = 0;
  for await (const chunk of chunks) {
    pending += chunk;
    let start = 0;
    let nl: number;
    while ((nl = pending.indexOf('\n', start)) !== -1) {
      const end = nl > start && pending.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      yield { text: pending.slice(start, end), line: ++line };
      start = nl + 1;
    }
    pending = pending.slice(start);
  }
  if (pending.length > 0) yield { text: pending.endsWith('\r') ? pending.slice(0, -1) : pending, line: ++line };
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
