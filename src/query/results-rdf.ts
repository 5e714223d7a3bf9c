// CONSTRUCT and DESCRIBE answers as Turtle (with the prefixes its IRIs use) or N-Triples, in the sorted order of
// the graph result.
import { Writer } from 'n3';
import type { Prefixes } from './prefixes.js';
import type { GraphResult } from './results.js';

/** The prefixes whose namespace some IRI of the graph starts with (a header of 24 unused prefixes helps nobody). */
function usedPrefixes(result: GraphResult, prefixes: Prefixes): Record<string, string> {
  const iris = new Set<string>();
  for (const q of result.triples) {
    for (const t of [q.subject, q.predicate, q.object]) {
      if (t.termType === 'NamedNode') iris.add(t.value);
      if (t.termType === 'Literal' && t.language === '') iris.add(t.datatype.value);
    }
  }
  return Object.fromEntries(Object.entries(prefixes).filter(([, namespace]) => [...iris].some((iri) => iri.startsWith(namespace))));
}

export function graphRdf(result: GraphResult, format: 'Turtle' | 'N-Triples', prefixes: Prefixes): Promise<string> {
  const writer = new Writer(format === 'Turtle' ? { format, prefixes: usedPrefixes(result, prefixes) } : { format });
  writer.addQuads([...result.triples]);
  return new Promise((resolve, reject) => {
    writer.end((error, text: string) => (error ? reject(error as Error) : resolve(text)));
  });
}
