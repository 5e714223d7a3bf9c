// How one RDF syntax writes terms: the RDF mapping builds its triples from these, whatever the syntax.
import { XSD } from '../vocabulary.js';

export const XSD_STRING = `${XSD}string`;

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
