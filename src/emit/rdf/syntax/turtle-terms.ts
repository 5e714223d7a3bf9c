// Turtle terms (and TriG's): prefixed names where n3's writer would write them, literals abbreviated as it does.
import { RDF, XSD } from '../vocabulary.js';
import { turtleIri, turtleString } from './escape.js';
import { LastLangLiteral, XSD_STRING, type TermSyntax } from './term-syntax.js';

/** The local names n3 writes after a prefix: plain ASCII names, so that they need no escapes. */
const LOCAL = /^[_a-zA-Z0-9](?:\.?[-_a-zA-Z0-9])*$/u;
/** Could `text` begin such a name (so that a shorter namespace might take an IRI before a longer one)? */
const LOCAL_START = /^[_a-zA-Z0-9](?:\.?[-_a-zA-Z0-9])*\.?$/u;

const XSD_BOOLEAN = `${XSD}boolean`;
const XSD_INTEGER = `${XSD}integer`;
const XSD_DECIMAL = `${XSD}decimal`;
const XSD_DOUBLE = `${XSD}double`;
/** The literals Turtle writes bare, by datatype, as n3 recognises them. */
const BARE: ReadonlyMap<string, RegExp> = new Map([
  [XSD_BOOLEAN, /^(?:true|false)$/u],
  [XSD_INTEGER, /^[+-]?\d+$/u],
  [XSD_DECIMAL, /^[+-]?\d*\.\d+$/u],
  [XSD_DOUBLE, /^[+-]?(?:\d+\.\d*|\.?\d+)[eE][+-]?\d+$/u],
]);

/** Enough for every unit, globe and calendar of a run; cleared when full, so memory stays flat. */
const CACHE_LIMIT = 4096;

export const RDF_TYPE = `${RDF}type`;

export class TurtleTerms implements TermSyntax<string> {
  /** The namespaces in the order n3 tries them, each with its prefix (the last one given for a namespace, as n3). */
  readonly #namespaces: ReadonlyArray<readonly [string, string]>;
  /** For each namespace, its `prefix:` when an IRI in it is always written with that prefix (no earlier one can take it). */
  readonly #prefixOf = new Map<string, string | null>();
  readonly #iris = new Map<string, string>();
  /** The document's opening: one `@prefix` line each, then a blank line. */
  readonly head: string;

  constructor(prefixes: Readonly<Record<string, string>>) {
    const byNamespace = new Map<string, string>();
    let head = '';
    for (const [name, namespace] of Object.entries(prefixes)) {
      const iri = turtleIri(namespace);
      byNamespace.set(iri, name);
      head += `@prefix ${name}: <${iri}>.\n`;
    }
    this.head = `${head}\n`;
    this.#namespaces = [...byNamespace];
  }

  iri(iri: string): string {
    let written = this.#iris.get(iri);
    if (written === undefined) {
      written = this.#prefixed(turtleIri(iri));
      if (this.#iris.size >= CACHE_LIMIT) this.#iris.clear();
      this.#iris.set(iri, written);
    }
    return written;
  }

  name(namespace: string, local: string): string {
    let prefix = this.#prefixOf.get(namespace);
    if (prefix === undefined) {
      prefix = this.#solePrefix(namespace);
      this.#prefixOf.set(namespace, prefix);
    }
    return prefix !== null && LOCAL.test(local) ? `${prefix}${local}` : this.#prefixed(turtleIri(`${namespace}${local}`));
  }

  blank(label: string): string {
    return `_:${label}`;
  }

  plain(value: string): string {
    return `"${turtleString(value)}"`;
  }

  readonly #lastLang = new LastLangLiteral((value, language) => `"${turtleString(value)}"@${language.toLowerCase()}`);

  lang(value: string, language: string): string {
    return this.#lastLang.get(value, language);
  }

  typed(value: string, datatype: string): string {
    if (datatype === XSD_STRING) return this.plain(value);
    if (BARE.get(datatype)?.test(value) === true) return value;
    return `"${turtleString(value)}"^^${this.iri(datatype)}`;
  }

  /** The first namespace (in the prefixes' order) that leaves a valid local name takes the IRI, as in n3. */
  #prefixed(escaped: string): string {
    for (const [namespace, name] of this.#namespaces) {
      if (escaped.length > namespace.length && escaped.startsWith(namespace) && LOCAL.test(escaped.slice(namespace.length))) {
        return `${name}:${escaped.slice(namespace.length)}`;
      }
    }
    return `<${escaped}>`;
  }

  #solePrefix(namespace: string): string | null {
    if (turtleIri(namespace) !== namespace) return null;
    for (const [candidate, name] of this.#namespaces) {
      if (candidate === namespace) return `${name}:`;
      // An earlier namespace that begins this one, or one that this one begins, could take some of its IRIs.
      if (namespace.startsWith(candidate) && LOCAL_START.test(namespace.slice(candidate.length))) return null;
      if (candidate.startsWith(namespace) && LOCAL_START.test(candidate.slice(namespace.length))) return null;
    }
    return null;
  }
}
