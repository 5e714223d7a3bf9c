// Types of entity-graphs.js, for the tests that use it.
export interface Term {
  readonly termType: 'NamedNode' | 'BlankNode' | 'Literal';
  readonly value: string;
  readonly language?: string;
  readonly datatype?: { readonly value: string };
}
export function termKey(term: Term): string;
export function parseNTriples(text: string): { subject: Term; predicate: Term; object: Term }[];
export function entityGraphs(
  ntriples: string,
  ids: readonly string[],
  bases: { readonly conceptUriBase: string; readonly dataUriBase: string },
): Map<string, Set<string>>;
export function compareGraphs(expected: ReadonlySet<string>, actual: ReadonlySet<string>): { missing: string[]; extra: string[] };
