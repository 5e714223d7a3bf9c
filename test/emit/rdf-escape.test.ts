// Escaping in N-Triples and Turtle: n3's canonical escapes for text, percent-encoding for what an IRI cannot hold,
// and lone surrogates (no UTF-8 form) as U+FFFD.
import { describe, expect, it } from 'vitest';
import { ntriplesIri, ntriplesString, turtleIri, turtleString, wellFormed } from '../../src/emit/rdf/syntax/escape.js';

describe('ntriplesString: canonical N-Triples', () => {
  it.each<[string, string, string]>([
    ['plain text is kept', 'Łomża 488,705.11 €', 'Łomża 488,705.11 €'],
    ['a double quote', 'say "hi"', 'say \\"hi\\"'],
    ['a backslash', 'a\\b', 'a\\\\b'],
    ['the short escapes', '\t\n\r\b\f', '\\t\\n\\r\\b\\f'],
    ['other control characters as upper-case \\u', '\u0000\u0001\u001a\u001f', '\\u0000\\u0001\\u001A\\u001F'],
    ['DEL', 'a\u007fb', 'a\\u007Fb'],
    ['the two noncharacters at the end of the BMP', '\ufffe\uffff', '\\uFFFE\\uFFFF'],
    ['U+FFFD and other BMP characters are kept', '\ufffd\u2028\u00a0', '\ufffd\u2028\u00a0'],
    ['characters beyond the BMP are kept', 'a😀b', 'a😀b'],
    ['a lone high surrogate becomes U+FFFD', 'a\ud800b', 'a\ufffdb'],
    ['a lone low surrogate becomes U+FFFD', '\udc00b', '\ufffdb'],
    ['a high surrogate at the end', 'ab\ud83d', 'ab\ufffd'],
    ['reversed surrogates are two lone ones', '\ude00\ud83d', '\ufffd\ufffd'],
    ['escapes and a pair together', '"😀\n', '\\"😀\\n'],
  ])('%s', (_, input, expected) => {
    expect(ntriplesString(input)).toBe(expected);
  });
});

describe('ntriplesIri: what IRIREF cannot hold is percent-encoded', () => {
  it.each<[string, string, string]>([
    ['an ordinary IRI is kept', 'https://linkedopendata.eu/entity/Q42?a=b&c=d#x', 'https://linkedopendata.eu/entity/Q42?a=b&c=d#x'],
    ['a space', 'http://x/a b', 'http://x/a%20b'],
    ['the forbidden punctuation', 'http://x/<>"{}|^`\\', 'http://x/%3C%3E%22%7B%7D%7C%5E%60%5C'],
    ['control characters', 'http://x/\n\t\u0000', 'http://x/%0A%09%00'],
    ['DEL and the noncharacters are escaped as n3 does', 'http://x/\u007f\ufffe', 'http://x/\\u007F\\uFFFE'],
    ['non-ASCII is kept', 'http://x/Łódź/😀', 'http://x/Łódź/😀'],
    ['a lone surrogate becomes U+FFFD', 'http://x/\ud800', 'http://x/\ufffd'],
  ])('%s', (_, input, expected) => {
    expect(ntriplesIri(input)).toBe(expected);
  });
});

describe('turtleString: as n3 writes Turtle', () => {
  it.each<[string, string, string]>([
    ['plain text is kept', 'Łomża', 'Łomża'],
    ['quotes, backslashes and short escapes', '"\\\t\n\r\b\f', '\\"\\\\\\t\\n\\r\\b\\f'],
    ['control characters below U+001A as lower-case \\u', '\u0000\u0001\u0019', '\\u0000\\u0001\\u0019'],
    ['U+001A to U+001F, DEL and noncharacters stand as they are (Turtle allows them)', '\u001a\u001f\u007f\uffff', '\u001a\u001f\u007f\uffff'],
    ['characters beyond the BMP as \\U', 'a😀b', 'a\\U0001f600b'],
    ['lone surrogates become U+FFFD', '\udc00a\ud800', '\ufffda\ufffd'],
  ])('%s', (_, input, expected) => {
    expect(turtleString(input)).toBe(expected);
  });
});

describe('turtleIri', () => {
  it.each<[string, string, string]>([
    ['an ordinary IRI is kept', 'http://www.wikidata.org/entity/Q2', 'http://www.wikidata.org/entity/Q2'],
    ['forbidden characters are percent-encoded', 'http://x/a b"c', 'http://x/a%20b%22c'],
    ['DEL stands as it is', 'http://x/\u007f', 'http://x/\u007f'],
    ['characters beyond the BMP as \\U', 'http://x/😀', 'http://x/\\U0001f600'],
    ['a lone surrogate becomes U+FFFD', 'http://x/\udfff', 'http://x/\ufffd'],
  ])('%s', (_, input, expected) => {
    expect(turtleIri(input)).toBe(expected);
  });
});

describe('wellFormed', () => {
  it.each<[string, string]>([
    ['abc', 'abc'],
    ['😀', '😀'],
    ['a\ud800', 'a\ufffd'],
    ['\udc00\ud800\udc00', '\ufffd\ud800\udc00'],
  ])('%j → %j', (input, expected) => {
    expect(wellFormed(input)).toBe(expected);
    expect(Buffer.from(wellFormed(input), 'utf8').toString('utf8')).toBe(expected);
  });
});
