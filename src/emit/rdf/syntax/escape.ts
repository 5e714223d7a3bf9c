// Escaping for RDF's text syntaxes: N-Triples' canonical form and Turtle's, as n3's writer makes them, made valid.
//
// The patterns work on UTF-16 code units (no `u` flag), so that a surrogate, paired or not, is seen. Every function
// here turns a lone surrogate (which has no UTF-8 encoding) into U+FFFD, the bytes Node's UTF-8 encoder would write
// for it anyway: the chunks are well-formed strings, whoever encodes them.

const REPLACEMENT = '\uFFFD';

/** `\t`, `\n`, … where the grammar has a short escape (ECHAR); `\b` and `\f` too, as n3 writes them. */
const SHORT: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '\b': '\\b',
  '\f': '\\f',
};

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const hex4 = (code: number): string => code.toString(16).padStart(4, '0');

/**
 * Walks `text` once, keeping surrogate pairs whole: `pair(c)` writes a pair (as itself or an escape), `unit(c)` a
 * BMP character that `needs` says must be written otherwise; lone surrogates become U+FFFD.
 */
function rewrite(text: string, needs: (code: number) => boolean, unit: (char: string, code: number) => string, pair?: (point: number) => string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    let replacement: string;
    let width = 1;
    if (isHigh(code) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      if (pair === undefined) {
        i += 1;
        continue;
      }
      replacement = pair((code - 0xd800) * 0x400 + text.charCodeAt(i + 1) - 0xdc00 + 0x10000);
      width = 2;
    } else if (isHigh(code) || isLow(code)) {
      replacement = REPLACEMENT;
    } else if (needs(code)) {
      replacement = unit(text.charAt(i), code);
    } else {
      continue;
    }
    out += text.slice(from, i) + replacement;
    i += width - 1;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

// --- N-Triples and N-Quads (canonical form) -------------------------------------------------------------------

/** What canonical N-Triples escapes in a string (U+0000–U+001F, `"`, `\`, U+007F, U+FFFE, U+FFFF), and surrogates. */
const NT_STRING_TEST = /[^ !#-[\]-~\u0080-\uD7FF\uE000-\uFFFD]/;
const ntStringNeeds = (code: number): boolean => code < 0x20 || code === 0x22 || code === 0x5c || code === 0x7f || code >= 0xfffe;
const ntStringUnit = (char: string, code: number): string => SHORT[char] ?? `\\u${hex4(code).toUpperCase()}`;

/** A literal's lexical form between N-Triples quotes, in canonical form (short escapes, else upper-case `\uXXXX`). */
export function ntriplesString(text: string): string {
  return NT_STRING_TEST.test(text) ? rewrite(text, ntStringNeeds, ntStringUnit) : text;
}

/**
 * What may not stand in an IRI as written (IRIREF excludes U+0000–U+0020 and `<>"{}|^`\`), what canonical N-Triples
 * escapes besides (U+007F, U+FFFE, U+FFFF), and surrogates.
 */
const IRI_TEST = /[^!#-;=?-[\]_a-z~\u0080-\uD7FF\uE000-\uFFFD]/;
const iriForbidden = (code: number): boolean =>
  code <= 0x20 || code === 0x22 || code === 0x3c || code === 0x3e || code === 0x5c || code === 0x5e || code === 0x60 || (code >= 0x7b && code <= 0x7d);
const percent = (code: number): string => `%${code.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * An IRI between N-Triples angle brackets. Characters an IRI cannot hold are percent-encoded (UTF-8, as Wikibase's
 * writer does for URLs): an escape would be valid syntax but still an invalid IRI, which parsers refuse. U+007F,
 * U+FFFE and U+FFFF are escaped as canonical N-Triples escapes them.
 */
export function ntriplesIri(iri: string): string {
  if (!IRI_TEST.test(iri)) return iri;
  return rewrite(
    iri,
    (code) => iriForbidden(code) || code === 0x7f || code >= 0xfffe,
    (_, code) => (iriForbidden(code) ? percent(code) : `\\u${hex4(code).toUpperCase()}`),
  );
}

// --- Turtle and TriG ---------------------------------------------------------------------------------------------

/** What n3's Turtle writer escapes in a string (`"`, `\`, U+0000–U+0019, characters beyond the BMP), and surrogates. */
const TURTLE_STRING_TEST = /["\\\u0000-\u0019\uD800-\uDFFF]/;
const turtleStringNeeds = (code: number): boolean => code < 0x1a || code === 0x22 || code === 0x5c;
const turtleUnit = (char: string, code: number): string => SHORT[char] ?? `\\u${hex4(code)}`;
const astral = (point: number): string => `\\U${point.toString(16).padStart(8, '0')}`;

/**
 * A literal's lexical form between Turtle quotes: short escapes, lower-case `\u00XX` for other control characters
 * below U+001A and `\UXXXXXXXX` beyond the BMP, as n3 writes them (Turtle allows the rest as they are).
 */
export function turtleString(text: string): string {
  return TURTLE_STRING_TEST.test(text) ? rewrite(text, turtleStringNeeds, turtleUnit, astral) : text;
}

const TURTLE_IRI_TEST = /[^!#-;=?-[\]_a-z~-\uD7FF\uE000-\uFFFF]/;

/**
 * An IRI between Turtle angle brackets: what an IRI cannot hold percent-encoded as for N-Triples; as n3 writes
 * Turtle, characters beyond the BMP as `\UXXXXXXXX`, and U+007F, U+FFFE and U+FFFF as they are (IRIREF allows them).
 */
export function turtleIri(iri: string): string {
  if (!TURTLE_IRI_TEST.test(iri)) return iri;
  return rewrite(iri, iriForbidden, (_, code) => percent(code), astral);
}

/** Lone surrogates as U+FFFD: for text that is written with no escaping at all. */
export function wellFormed(text: string): string {
  return /[\uD800-\uDFFF]/.test(text) ? rewrite(text, () => false, () => '') : text;
}

/** BCP 47 as RDF's LANGTAG reads it: letters, then dash-separated letters and digits. */
export const LANGUAGE_TAG = /^[a-zA-Z]+(?:-[a-zA-Z0-9]+)*$/u;
