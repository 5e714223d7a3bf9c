// RDF files given to `query`: their syntax told by extension, loaded whole or not at all, errors with positions.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/index.js';
import { loadRdfFile, rdfInvalid, rdfSyntaxOf } from '../../src/query/index.js';

describe('rdfSyntaxOf', () => {
  it.each([
    ['items.nt', 'N-Triples'],
    ['items.ttl', 'Turtle'],
    ['items.nq', 'N-Quads'],
    ['dump/items.TRIG', 'TriG'],
    ['items.nq.gz', 'N-Quads'],
  ])('reads %s as %s', (path, name) => {
    expect(rdfSyntaxOf(path)?.name).toBe(name);
  });

  it.each(['page.txt', 'items.ndjson', 'items.json.gz', 'nt', 'items.rdf', '-'])('leaves %s to the pipeline', (path) => {
    expect(rdfSyntaxOf(path)).toBeNull();
  });
});

describe('rdfInvalid', () => {
  const nt = { name: 'N-Triples', mediaType: 'application/n-triples' };

  it('reads "at line L column C" and shows that line', () => {
    const d = rdfInvalid('x.nt', '<a:1> <a:2> <a:3> .\n<a:1> <a:2> .\n', nt, 'Parser error at line 2 column 13: The object of a triple must be an IRI');
    expect(d).toMatchObject({ code: 'rdf-invalid', severity: 'error', span: { file: 'x.nt', line: 2, column: 13, text: '<a:1> <a:2> .' } });
    expect(formatDiagnostic(d, 'text')).toBe(
      'x.nt:2:13: error rdf-invalid: not valid N-Triples: The object of a triple must be an IRI; nothing of this file is loaded\n' +
        '  | <a:1> <a:2> .\n' +
        '  |             ^',
    );
  });

  it('reads "between line L column C and …" as its start', () => {
    const d = rdfInvalid('x.ttl', 'a\nb\nc\n', nt, 'Parser error between line 3 column 7 and line 4 column 1: Unexpected end of file');
    expect(d.span).toMatchObject({ line: 3, column: 7 });
    expect(d.reason).toBe('Unexpected end of file');
  });

  it('writes NDJSON as the pipeline’s diagnostics do', () => {
    const d = rdfInvalid('x.nt', 'x', nt, 'something odd');
    expect(JSON.parse(formatDiagnostic(d, 'json'))).toMatchObject({ code: 'rdf-invalid', span: { line: 1, column: 1 }, message: expect.stringContaining('something odd') });
  });
});

describe('loadRdfFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wbimport-rdf-'));

  it('loads N-Quads with their graphs, gzipped or not', async () => {
    const quads = '<http://e/s> <http://e/p> "1" <http://e/g> .\n';
    writeFileSync(join(dir, 'a.nq'), quads);
    writeFileSync(join(dir, 'b.nq.gz'), gzipSync(quads.replace('"1"', '"2"')));
    const store = new oxigraph.Store();
    expect(await loadRdfFile(store, join(dir, 'a.nq'), rdfSyntaxOf('a.nq') ?? nope())).toBeNull();
    expect(await loadRdfFile(store, join(dir, 'b.nq.gz'), rdfSyntaxOf('b.nq.gz') ?? nope())).toBeNull();
    expect(store.match(null, null, null, oxigraph.namedNode('http://e/g'))).toHaveLength(2);
  });

  it('loads nothing of a file with a syntax error', async () => {
    writeFileSync(join(dir, 'bad.ttl'), '<http://e/s> <http://e/p> "ok" .\n<http://e/s> <http://e/p> "broken .\n');
    const store = new oxigraph.Store();
    const problem = await loadRdfFile(store, join(dir, 'bad.ttl'), rdfSyntaxOf('bad.ttl') ?? nope());
    expect(problem).toMatchObject({ code: 'rdf-invalid', span: { line: 2 } });
    expect(store.size).toBe(0);
  });

  it('reports a missing file as convert does', async () => {
    const problem = await loadRdfFile(new oxigraph.Store(), join(dir, 'missing.nt'), rdfSyntaxOf('missing.nt') ?? nope());
    expect(problem).toMatchObject({ code: 'input-unreadable', severity: 'error' });
  });
});

function nope(): never {
  throw new Error('expected an RDF syntax');
}
