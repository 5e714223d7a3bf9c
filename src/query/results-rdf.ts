// CONSTRUCT and DESCRIBE answers as Turtle (with the prefixes its IRIs use) or N-Triples, in the sorted order of
// the graph result.
import { Writer } from 'n3';
import { compactIri, type Prefixes } from './prefixes.js';
import { RDF_LANG_STRING, XSD_STRING, type GraphResult } from './results.js';

/** The prefixes that shorten some IRI of the graph (a header of 24 unused prefixes helps nobody). */
function usedPrefixes(result: GraphResult, prefixes: Prefixes): Record<string, string> {
  const used = new Set<string>();
  const use = (iri: string): void => {
    const name = compactIri(iri, prefixes)?.split(':')[0];
    if (name !== undefined) used.add(name);
  };
  for (const q of result.triples) {
    for (const t of [q.subject, q.predicate, q.object]) {
      if (t.termType === 'NamedNode') use(t.value);
      // Turtle writes plain and language-tagged strings without their datatype.
      if (t.termType === 'Literal' && t.datatype.value !== XSD_STRING && t.datatype.value !== RDF_LANG_STRING) use(t.datatype.value);
    }
  }
  return Object.fromEntries(Object.entries(prefixes).filter(([name]) => used.has(name)));
}

export function graphRdf(result: GraphResult, format: 'Turtle' | 'N-Triples', prefixes: Prefixes): Promise<string> {
  const writer = new Writer(format === 'Turtle' ? { format, prefixes: usedPrefixes(result, prefixes) } : { format });
  writer.addQuads([...result.triples]);
  return new Promise((resolve, reject) => {
    writer.end((error, text: string) => (error ? reject(error as Error) : resolve(text)));
  });
}
