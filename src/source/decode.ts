// Bytes to text: UTF-8 with or without a byte-order mark, UTF-16 (LE or BE) with one; bytes that are not valid in
// the encoding are replaced by U+FFFD and marked with their offset, so that the reader reports each of them
// (encoding-invalid) instead of passing the replacement off as the input's own text.
import { isUtf8 } from 'node:buffer';
import type { Readable } from 'node:stream';

export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';

/** A run of bytes that are not text in the encoding: where it starts in the input, and where its U+FFFDs are. */
export interface InvalidBytes {
  /** 0-based offset in the input (after decompression), counting the byte-order mark. */
  readonly byte: number;
  /** Index of its first U+FFFD in the chunk's text. */
  readonly index: number;
  readonly length: number;
}

export interface DecodedChunk {
  readonly text: string;
  readonly encoding: TextEncoding;
  readonly invalid: readonly InvalidBytes[];
}

/** The length of the valid UTF-8 sequence at `i`, or 0 (RFC 3629: no overlongs, surrogates or code points past U+10FFFF). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] as number;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const [lo, hi] = b0 === 0xe0 ? [0xa0, 0xbf] : b0 === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const [lo, hi] = b0 === 0xf0 ? [0x90, 0xbf] : b0 === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** How many bytes at the end begin a UTF-8 sequence the next chunk may complete. */
function utf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back] as number;
    if ((b & 0xc0) === 0x80) continue;
    const needs = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return needs > back ? back : 0;
  }
  return 0;
}

function decodeUtf8(bytes: Buffer, offset: number): { text: string; invalid: InvalidBytes[] } {
  if (isUtf8(bytes)) return { text: bytes.toString('utf8'), invalid: [] };
  const parts: string[] = [];
  const invalid: InvalidBytes[] = [];
  let length = 0;
  let run = 0;
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    if (i > run) {
      const valid = bytes.toString('utf8', run, i);
      parts.push(valid);
      length += valid.length;
    }
    const last = invalid.at(-1);
    if (last !== undefined && last.byte + last.length === offset + i) invalid[invalid.length - 1] = { ...last, length: last.length + 1 };
    else invalid.push({ byte: offset + i, index: length, length: 1 });
    parts.push('\ufffd');
    length += 1;
    i += 1;
    run = i;
  }
  if (run < bytes.length) parts.push(bytes.toString('utf8', run));
  return { text: parts.join(''), invalid };
}

const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function decodeUtf16(bytes: Buffer, offset: number, bigEndian: boolean): { text: string; invalid: InvalidBytes[] } {
  const units = bigEndian ? Buffer.from(bytes).swap16() : bytes;
  const raw = units.toString('utf16le');
  if (!SURROGATE.test(raw)) return { text: raw, invalid: [] };
  const invalid: InvalidBytes[] = [];
  const text = raw.replace(LONE_SURROGATE, (_, index: number) => {
    invalid.push({ byte: offset + 2 * index, index, length: 2 });
    return '\ufffd';
  });
  return { text, invalid };
}

/** The stream's text, chunk by chunk, in the encoding its byte-order mark names (UTF-8 without one). */
export async function* decodedChunks(stream: Readable): AsyncGenerator<DecodedChunk> {
  let encoding: TextEncoding | undefined;
  let carry: Buffer = Buffer.alloc(0);
  let offset = 0;
  const decode = (bytes: Buffer): DecodedChunk => {
    const at = offset;
    offset += bytes.length;
    const { text, invalid } = encoding === 'UTF-8' ? decodeUtf8(bytes, at) : decodeUtf16(bytes, at, encoding === 'UTF-16BE');
    return { text, encoding: encoding ?? 'UTF-8', invalid };
  };
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const raw = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let bytes = carry.length === 0 ? raw : Buffer.concat([carry, raw]);
    if (encoding === undefined) {
      if (bytes.length < 3) {
        carry = Buffer.from(bytes);
        continue;
      }
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [encoding, offset, bytes] = ['UTF-8', 3, bytes.subarray(3)];
      else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, offset, bytes] = ['UTF-16LE', 2, bytes.subarray(2)];
      else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, offset, bytes] = ['UTF-16BE', 2, bytes.subarray(2)];
      else encoding = 'UTF-8';
    }
    let keep: number;
    if (encoding === 'UTF-8') {
      keep = utf8Tail(bytes);
    } else {
      // An odd byte, and a high surrogate whose low half may come next.
      keep = bytes.length % 2;
      const end = bytes.length - keep;
      const last = end >= 2 ? (encoding === 'UTF-16LE' ? bytes.readUInt16LE(end - 2) : bytes.readUInt16BE(end - 2)) : 0;
      if (last >= 0xd800 && last <= 0xdbff) keep += 2;
    }
    carry = Buffer.from(bytes.subarray(bytes.length - keep));
    const body = bytes.subarray(0, bytes.length - keep);
    if (body.length > 0) yield decode(body);
  }
  if (encoding === undefined) {
    // Fewer than three bytes in all: a mark alone, or text.
    if (carry[0] === 0xff && carry[1] === 0xfe) [encoding, offset, carry] = ['UTF-16LE', 2, carry.subarray(2)];
    else if (carry[0] === 0xfe && carry[1] === 0xff) [encoding, offset, carry] = ['UTF-16BE', 2, carry.subarray(2)];
    else encoding = 'UTF-8';
  }
  if (carry.length === 0) return;
  if (encoding !== 'UTF-8' && carry.length % 2 === 1) {
    // A last odd byte is no UTF-16 code unit.
    const whole = decode(carry.subarray(0, carry.length - 1));
    const invalid = [...whole.invalid, { byte: offset, index: whole.text.length, length: 1 }];
    yield { text: `${whole.text}\ufffd`, encoding, invalid };
    return;
  }
  yield decode(carry);
}
