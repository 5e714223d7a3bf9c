// N-Triples terms (and N-Quads'): full IRIs in angle brackets, literals in canonical form, as n3 writes them.
import { ntriplesIri, ntriplesString } from './escape.js';
import { XSD_STRING, type TermSyntax } from './term-syntax.js';

export class NTriplesTerms implements TermSyntax<string> {
  /** Each namespace written once, escaped, with its opening bracket. */
  readonly #opened = new Map<string, string>();

  iri(iri: string): string {
    return `<${ntriplesIri(iri)}>`;
  }

  name(namespace: string, local: string): string {
    let open = this.#opened.get(namespace);
    if (open === undefined) {
      open = `<${ntriplesIri(namespace)}`;
      this.#opened.set(namespace, open);
    }
    return `${open}${ntriplesIri(local)}>`;
  }

  blank(label: string): string {
    return `_:${label}`;
  }

  plain(value: string): string {
    return `"${ntriplesString(value)}"`;
  }

  /** The last language-tagged literal: a statement's main value is written twice in a row (`wdt:`, `ps:`). */
  #lastLang: { value: string; language: string; literal: string } | null = null;

  lang(value: string, language: string): string {
    const last = this.#lastLang;
    if (last !== null && last.value === value && last.language === language) return last.literal;
    const literal = `"${ntriplesString(value)}"@${language.toLowerCase()}`;
    this.#lastLang = { value, language, literal };
    return literal;
  }

  typed(value: string, datatype: string): string {
    return datatype === XSD_STRING ? this.plain(value) : `"${ntriplesString(value)}"^^${this.iri(datatype)}`;
  }
}
