// Tells an HTML page from its first characters, without the HTML parser (which loads only for such a page).

/** An HTML document, told from its first characters (a byte-order mark and blank lines aside). */
export function looksLikeHtml(text: string): boolean {
  return /^\uFEFF?\s*(?:<!doctype\s+html|<html[\s>])/iu.test(text.slice(0, 500));
}
