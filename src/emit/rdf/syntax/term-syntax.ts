// How one RDF syntax writes terms: the RDF mapping builds its triples from these, whatever the syntax.
import { XSD } from '../vocabulary.js';

export const XSD_STRING = `${XSD}string`;

/**
 * The last language-tagged literal a text syntax wrote, kept: a statement's main value is written twice in a row
 * (`wdt:`, `ps:`), and escaping a summary of thousands of characters again costs as much as the first time.
 */
export class LastLangLiteral {
  #value = '';
  #language = '';
  #literal: string | null = null;

  constructor(private readonly write: (value: string, language: string) => string) {}

  get(value: string, language: string): string {
    if (this.#literal !== null && this.#value === value && this.#language === language) return this.#literal;
    this.#value = value;
    this.#language = language;
    this.#literal = this.write(value, language);
    return this.#literal;
  }
}

/**
 * The terms of one syntax (a string per term for the text syntaxes, n3 terms for `ItemRdf.quads`). The mapping
 * holds a triple as three terms in a row of a flat list, so a text syntax builds no object per triple.
 */
export interface TermSyntax<T> {
  /** Any IRI: units, globes, calendars, URLs. */
  iri(iri: string): T;
  /** An IRI in one of the vocabulary's namespaces (`wd:`, `wdt:`, …), where a syntax may abbreviate it. */
  name(namespace: string, local: string): T;
  blank(label: string): T;
  /** An xsd:string literal. */
  plain(value: string): T;
  /** A language-tagged literal; the tag must be valid (the mapping checks: see `LANGUAGE_TAG`). */
  lang(value: string, language: string): T;
  typed(value: string, datatype: string): T;
}
