// IRIs built from values (URLs, Commons file names) escaped the way Wikibase escapes them.
import { wellFormed } from '../syntax/escape.js';

/** Characters that may not stand in an N-Triples IRI are percent-encoded; everything else is kept. */
export function escapeIri(iri: string): string {
  return iri.replace(/[\u0000-\u0020<>"{}|^`\\]/gu, (c) =>
    [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/**
 * MediaWiki's wfUrlencode: PHP urlencode, with the characters that are safe in a path put back. A lone surrogate
 * (no UTF-8 form, where encodeURIComponent throws) is encoded as U+FFFD, the bytes PHP would have been given.
 */
export function wfUrlencode(s: string): string {
  return encodeURIComponent(wellFormed(s))
    .replace(/[!'()*~]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/gu, '+')
    .replace(/%(3B|40|24|21|2A|28|29|2C|2F|7E|3A)/gu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export const COMMONS_FILE_PATH = 'http://commons.wikimedia.org/wiki/Special:FilePath/';
export const COMMONS_DATA = 'http://commons.wikimedia.org/data/main/';

/** PHP's rawurlencode (RFC 3986): everything but letters, digits and `-_.~` percent-encoded. */
export function rawUrlencode(s: string): string {
  return encodeURIComponent(wellFormed(s)).replace(/[!'()*]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Wikibase names a Commons file by its name as stored, raw-URL-encoded (a space is `%20`, never `_`). */
export function commonsFileIri(fileName: string): string {
  return `${COMMONS_FILE_PATH}${rawUrlencode(fileName)}`;
}

/** Geo-shapes and tabular data: the page name as stored, through wfUrlencode (a space is `+`). */
export function commonsDataIri(pageName: string): string {
  return `${COMMONS_DATA}${wfUrlencode(pageName)}`;
}
