// The prefixes a query may use without declaring them: the Wikibase's own, derived from its URI bases as Wikibase
// derives them (wd:, wdt:, p:, ps:, psv:, pq:, …), with rdf:, rdfs:, xsd:, schema:, wikibase: and the other namespaces
// of Wikibase's RDF; and compact names for IRIs under those namespaces.
import { vocabulary } from '../emit/index.js';

/** Prefix name → namespace IRI. */
export type Prefixes = Readonly<Record<string, string>>;

export function wikibasePrefixes(conceptUriBase: string, dataUriBase: string): Prefixes {
  return vocabulary(conceptUriBase, dataUriBase).prefixes;
}

/**
 * The prefixes as PREFIX declarations on a single line, to put before a query: a query's own declarations come
 * later and win, and positions in the query move down by exactly one line.
 */
export function prefixLine(prefixes: Prefixes): string {
  return `${Object.entries(prefixes)
    .map(([name, namespace]) => `PREFIX ${name}: <${namespace}>`)
    .join(' ')}\n`;
}

// A local name that needs no escaping in Turtle or SPARQL (PN_LOCAL without `:`, `%` escapes and backslashes).
const PLAIN_LOCAL = /^(?:[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_-])?)?$/u;

/** `wd:Q42` for an IRI under one of the namespaces (the longest one that leaves a plain local name), else null. */
export function compactIri(iri: string, prefixes: Prefixes): string | null {
  let best: { name: string; namespace: string } | null = null;
  for (const [name, namespace] of Object.entries(prefixes)) {
    if (!iri.startsWith(namespace) || (best !== null && namespace.length <= best.namespace.length)) continue;
    if (PLAIN_LOCAL.test(iri.slice(namespace.length))) best = { name, namespace };
  }
  return best === null ? null : `${best.name}:${iri.slice(best.namespace.length)}`;
}
