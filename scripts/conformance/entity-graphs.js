// Splits N-Triples into one set of triples per entity, as a Wikibase dump pack is compared: everything reachable
// from the entity's IRI, its data node and its sitelink articles, never through another entity or a class; blank
// nodes masked. Shared by `npm run conformance` and the dump pack's test.

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SCHEMA_ABOUT = 'http://schema.org/about';
const DATE_MODIFIED = 'http://schema.org/dateModified';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const ECHAR = { t: '\t', b: '\b', n: '\n', r: '\r', f: '\f', '"': '"', "'": "'", '\\': '\\' };
const unescape = (text) =>
  text.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/gu, (_, u4, u8, c) =>
    u4 !== undefined || u8 !== undefined ? String.fromCodePoint(parseInt(u4 ?? u8, 16)) : (ECHAR[c] ?? c),
  );

const TERM = /^(?:<([^>]*)>|_:(\S+)|"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<([^>]*)>)?)/u;

/**
 * A term of N-Triples, read by hand rather than by n3: Wikibase writes language tags such as `@zh-classical`, whose
 * subtags are longer than BCP 47 allows and n3's parser refuses.
 */
function readTerm(text, at) {
  const m = TERM.exec(text.slice(at));
  if (m === null) throw new Error(`not N-Triples at column ${at + 1}: ${text}`);
  const [all, iri, blank, literal, language, datatype] = m;
  const term =
    iri !== undefined
      ? { termType: 'NamedNode', value: unescape(iri) }
      : blank !== undefined
        ? { termType: 'BlankNode', value: blank }
        : { termType: 'Literal', value: unescape(literal), language: language?.toLowerCase() ?? '', datatype: { value: datatype === undefined ? XSD_STRING : unescape(datatype) } };
  let next = at + all.length;
  while (text.charAt(next) === ' ' || text.charAt(next) === '\t') next += 1;
  return { term, next };
}

export function parseNTriples(text) {
  const quads = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const s = readTerm(trimmed, 0);
    const p = readTerm(trimmed, s.next);
    const o = readTerm(trimmed, p.next);
    quads.push({ subject: s.term, predicate: p.term, object: o.term });
  }
  return quads;
}

/** A term as a masked N-Triples token (every blank node `_:b`). */
export const termKey = (t) =>
  t.termType === 'BlankNode'
    ? '_:b'
    : t.termType === 'Literal'
      ? `${JSON.stringify(t.value)}${t.language ? `@${t.language}` : `^^<${t.datatype.value}>`}`
      : `<${t.value}>`;

/**
 * Per entity id (of `ids`), its triples as masked N-Triples lines, leaving out the per-entity schema:dateModified,
 * which a JSON dump cannot tell.
 */
export function entityGraphs(ntriples, ids, { conceptUriBase, dataUriBase }) {
  const quads = parseNTriples(ntriples);
  const bySubject = new Map();
  const articlesOf = new Map();
  for (const q of quads) {
    const s = q.subject.termType === 'BlankNode' ? `_:${q.subject.value}` : q.subject.value;
    let list = bySubject.get(s);
    if (list === undefined) bySubject.set(s, (list = []));
    list.push(q);
    if (q.predicate.value === SCHEMA_ABOUT && q.object.termType === 'NamedNode' && !s.startsWith(dataUriBase)) {
      const entity = q.object.value;
      if (!articlesOf.has(entity)) articlesOf.set(entity, []);
      articlesOf.get(entity).push(s);
    }
  }
  const entityIris = new Set(ids.map((id) => `${conceptUriBase}${id}`));
  const dataIris = new Set(ids.map((id) => `${dataUriBase}${id}`));
  const graphs = new Map();
  for (const id of ids) {
    const iri = `${conceptUriBase}${id}`;
    const data = `${dataUriBase}${id}`;
    const roots = [iri, data, ...(articlesOf.get(iri) ?? [])];
    const seen = new Set(roots);
    const queue = [...roots];
    const lines = new Set();
    while (queue.length > 0) {
      const node = queue.shift();
      for (const q of bySubject.get(node) ?? []) {
        if (node === data && q.predicate.value === DATE_MODIFIED) continue;
        lines.add(`${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)} .`);
        if (q.predicate.value === RDF_TYPE) continue;
        const o = q.object.termType === 'BlankNode' ? `_:${q.object.value}` : q.object.termType === 'NamedNode' ? q.object.value : null;
        if (o === null || seen.has(o) || entityIris.has(o) || dataIris.has(o)) continue;
        seen.add(o);
        queue.push(o);
      }
    }
    graphs.set(id, lines);
  }
  return graphs;
}

/** Missing and extra lines of one entity, sorted. */
export function compareGraphs(expected, actual) {
  const missing = [...expected].filter((t) => !actual.has(t)).sort();
  const extra = [...actual].filter((t) => !expected.has(t)).sort();
  return { missing, extra };
}
