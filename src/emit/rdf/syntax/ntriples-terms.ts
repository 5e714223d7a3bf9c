// N-Triples terms (and N-Quads'): full IRIs in angle brackets, literals in canonical form, as n3 writes them.
import { ntriplesIri, ntriplesString } from './escape.js';
import { LastLangLiteral, XSD_STRING, type TermSyntax } from './term-syntax.js';

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

  readonly #lastLang = new LastLangLiteral((value, language) => `"${ntriplesString(value)}"@${language.toLowerCase()}`);

  lang(value: string, language: string): string {
    return this.#lastLang.get(value, language);
  }

  typed(value: string, datatype: string): string {
    return datatype === XSD_STRING ? this.plain(value) : `"${ntriplesString(value)}"^^${this.iri(datatype)}`;
  }
}
