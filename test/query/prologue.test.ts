// The prologue read before oxigraph runs a query: its form and the prefixes it declares.
import { describe, expect, it } from 'vitest';
import { readPrologue } from '../../src/query/index.js';

describe('readPrologue', () => {
  it.each([
    ['SELECT * WHERE { ?s ?p ?o }', 'select'],
    ['select ?x { ?x ?p ?o }', 'select'],
    ['ASK { ?s ?p ?o }', 'ask'],
    ['CONSTRUCT WHERE { ?s ?p ?o }', 'construct'],
    ['DESCRIBE <http://example.org/x>', 'describe'],
    ['# a comment\n  # another\nSELECT * {}', 'select'],
    ['BASE <http://example.org/>\nPREFIX ex: <x/>\nASK {}', 'ask'],
    ['BASE<http://example.org/> ASK {}', 'ask'],
    ['VERSION "1.2"\nSELECT * {}', 'select'],
    ['PREFIX : <http://example.org/> # empty prefix\nDESCRIBE :x', 'describe'],
  ])('tells the form of %j', (text, form) => {
    expect(readPrologue(text).form).toBe(form);
  });

  it.each(['', 'INSERT DATA { <a> <b> <c> }', 'SELECTED', 'PREFIX ex <http://x/> SELECT * {}', '{ ?s ?p ?o }'])(
    'has no form for %j (oxigraph says what is wrong)',
    (text) => {
      expect(readPrologue(text).form).toBeNull();
    },
  );

  it('collects the absolute namespaces the query declares, a later declaration winning', () => {
    const prologue = readPrologue('PREFIX ex: <http://a/>\nPREFIX wdt: <http://b/>\nPREFIX ex: <http://c/>\nPREFIX rel: <relative/>\nSELECT * {}');
    expect(prologue.prefixes).toEqual({ ex: 'http://c/', wdt: 'http://b/' });
    expect(prologue.declared).toEqual(['ex', 'wdt', 'ex', 'rel']);
  });

  it('does not read declarations inside the query body', () => {
    expect(readPrologue('SELECT * { ?s ?p "PREFIX x: <http://x/>" }').prefixes).toEqual({});
  });
});
