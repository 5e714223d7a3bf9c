import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { graphStoreRequest, ntriplesPayload, updateRequest, updateText, type GraphPayload, type UpdatePart } from '../../src/load/index.js';

function payload(graph: string, lines: string[], blankNodes = false): GraphPayload {
  return { item: graph.slice(graph.lastIndexOf('/') + 1), graph, ntriples: lines.map((l) => `${l}\n`).join(''), triples: lines.length, blankNodes };
}

const triple = (s: number, o: string): string => `<http://ex/s${s}> <http://ex/p> ${o} .`;
const A = payload('http://ex/g/A', [triple(1, '"a"@en'), triple(1, '"+100000.00"^^<http://www.w3.org/2001/XMLSchema#decimal>'), triple(2, '"x\\"y\\\\z\\n"')]);
const B = payload('http://ex/g/B', [triple(3, '<http://ex/o>'), triple(4, '"Przykładowo č"')]);
const BLANK = payload('http://ex/g/C', [triple(5, '_:n1'), '_:n1 <http://ex/q> "2" .', triple(6, '_:n1')], true);

/** Runs the update on an oxigraph store that already holds stale graphs, and returns each graph's triples. */
function apply(update: string): Record<string, string[]> {
  const store = new oxigraph.Store();
  store.load(`<http://ex/old> <http://ex/p> "stale" <http://ex/g/A> .\n<http://ex/old> <http://ex/p> "kept" <http://ex/g/other> .\n`, { format: 'application/n-quads' });
  store.update(update);
  const out: Record<string, string[]> = {};
  for (const q of store.match(null, null, null, null)) {
    const g = q.graph.termType === 'NamedNode' ? q.graph.value : '';
    const o = q.object.termType === 'BlankNode' ? '_:' : q.object.termType === 'Literal' ? q.object.value : `<${q.object.value}>`;
    const s = q.subject.termType === 'BlankNode' ? '_:' : q.subject.value;
    (out[g] ??= []).push(`${s} ${o}`);
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}

describe('updateText', () => {
  it('empties the graphs it replaces, keeps the others, and inserts every triple (checked by running it on oxigraph)', () => {
    const parts: UpdatePart[] = [{ payload: A, mode: 'replace' }, { payload: B, mode: 'replace' }];
    // oxigraph, like Virtuoso, keeps decimals in canonical form.
    expect(apply(updateText(parts, 500))).toEqual({
      'http://ex/g/A': ['http://ex/s1 100000', 'http://ex/s1 a', 'http://ex/s2 x"y\\z\n'],
      'http://ex/g/B': ['http://ex/s3 <http://ex/o>', 'http://ex/s4 Przykładowo č'],
      'http://ex/g/other': ['http://ex/old kept'],
    });
  });

  it('adds to a graph met again in the same run instead of emptying it', () => {
    expect(apply(updateText([{ payload: A, mode: 'add' }], 500))['http://ex/g/A']).toContain('http://ex/old stale');
  });

  it('empties every replaced graph in one DELETE and packs triples into INSERT DATA operations of at most the given size', () => {
    const text = updateText([{ payload: A, mode: 'replace' }, { payload: B, mode: 'replace' }], 2);
    expect(text.match(/DELETE/gu)).toHaveLength(1);
    expect(text).toContain('VALUES ?g { <http://ex/g/A> <http://ex/g/B> }');
    const inserts = text.split('INSERT DATA').slice(1);
    expect(inserts).toHaveLength(3);
    for (const op of inserts) expect(op.match(/ \.$/gmu)?.length).toBeLessThanOrEqual(2);
    expect(apply(text)['http://ex/g/B']).toHaveLength(2);
  });

  it('writes graphs with blank nodes as INSERT … WHERE {}, one fresh node per label (Virtuoso refuses them in INSERT DATA)', () => {
    const text = updateText([{ payload: A, mode: 'replace' }, { payload: BLANK, mode: 'replace' }], 500);
    expect(text).toMatch(/INSERT \{\nGRAPH <http:\/\/ex\/g\/C> \{[^}]*_:n1[^}]*\}\n\} WHERE \{\}/u);
    const operations = text.split(' ;\n');
    expect(operations.filter((op) => op.startsWith('INSERT DATA'))).toHaveLength(1);
    expect(operations.find((op) => op.startsWith('INSERT DATA'))).not.toContain('_:');
    const store = new oxigraph.Store();
    store.update(text);
    const nodes = new Set(store.match(null, null, null, oxigraph.namedNode(BLANK.graph)).flatMap((q) => [q.subject, q.object].filter((t) => t.termType === 'BlankNode').map((t) => t.value)));
    expect(nodes.size).toBe(1);
  });

  it('writes nothing to insert for an empty graph, yet still empties it', () => {
    const empty = payload('http://ex/g/A', []);
    expect(apply(updateText([{ payload: empty, mode: 'replace' }], 500))['http://ex/g/A']).toBeUndefined();
  });
});

describe('requests', () => {
  const endpoints = { update: new URL('http://h/update'), gsp: new URL('http://h/store?x=1'), gspContentType: 'application/n-triples' };

  it('PUTs a graph to replace it and POSTs to add to it, naming it with ?graph=', () => {
    const put = graphStoreRequest(endpoints, A, 'replace');
    expect(put.method).toBe('PUT');
    expect(put.url.href).toBe('http://h/store?x=1&graph=http%3A%2F%2Fex%2Fg%2FA');
    expect(put.contentType).toBe('application/n-triples');
    expect(put.body).toBe(A.ntriples);
    expect(graphStoreRequest(endpoints, A, 'add').method).toBe('POST');
  });

  it('POSTs updates as application/sparql-update', () => {
    const request = updateRequest(endpoints, [{ payload: B, mode: 'replace' }]);
    expect(request).toMatchObject({ method: 'POST', contentType: 'application/sparql-update' });
    expect(request.url.href).toBe('http://h/update');
  });
});

describe('ntriplesPayload', () => {
  it.each([
    ['each line once', '<http://ex/s> <http://ex/p> "x" .\n<http://ex/s> <http://ex/p> "x" .\n<http://ex/s> <http://ex/p> "y"@en .\n', 2, false],
    ['a blank node as object', '<http://ex/s> <http://ex/p> _:b1 .\n', 1, true],
    ['a blank node as subject', '_:b1 <http://ex/p> "x" .\n', 1, true],
    ['"_:" inside a literal is no blank node', '<http://ex/s> <http://ex/p> "see _:b1" .\n', 1, false],
    ['nothing', '', 0, false],
  ])('%s', (_, text, triples, blankNodes) => {
    const payload = ntriplesPayload(text);
    expect(payload.triples).toBe(triples);
    expect(payload.blankNodes).toBe(blankNodes);
    expect(payload.ntriples.split('\n').filter((l) => l !== '')).toHaveLength(triples);
  });
});
