import { describe, expect, it } from 'vitest';
import { EndpointError, resolveEndpoints, STORE_PRESETS, type EndpointFlags } from '../../src/load/index.js';

const urls = (flags: EndpointFlags): Record<string, string | undefined> => {
  const e = resolveEndpoints(flags);
  return { query: e.query?.href, update: e.update?.href, gsp: e.gsp?.href, type: e.gspContentType };
};

describe('resolveEndpoints', () => {
  it.each<[string, EndpointFlags, Record<string, string | undefined>]>([
    [
      'Virtuoso, anonymous',
      { store: 'virtuoso', authenticated: false },
      { query: 'http://127.0.0.1:8890/sparql', update: 'http://127.0.0.1:8890/sparql', gsp: 'http://127.0.0.1:8890/sparql-graph-crud', type: 'application/n-triples' },
    ],
    [
      'Virtuoso with credentials: the Digest endpoints',
      { store: 'virtuoso', baseUrl: 'https://db.example.org/', authenticated: true },
      { query: 'https://db.example.org/sparql-auth', update: 'https://db.example.org/sparql-auth', gsp: 'https://db.example.org/sparql-graph-crud-auth', type: 'application/n-triples' },
    ],
    [
      'Oxigraph server',
      { store: 'oxigraph', baseUrl: 'http://localhost:7878', authenticated: false },
      { query: 'http://localhost:7878/query', update: 'http://localhost:7878/update', gsp: 'http://localhost:7878/store', type: 'application/n-triples' },
    ],
    [
      'Fuseki: the base names the dataset',
      { store: 'fuseki', baseUrl: 'http://localhost:3030/wikibase/', authenticated: true },
      { query: 'http://localhost:3030/wikibase/sparql', update: 'http://localhost:3030/wikibase/update', gsp: 'http://localhost:3030/wikibase/data', type: 'application/n-triples' },
    ],
    [
      'QLever: everything at the root',
      { store: 'qlever', authenticated: true },
      { query: 'http://127.0.0.1:7001/', update: 'http://127.0.0.1:7001/', gsp: 'http://127.0.0.1:7001/', type: 'text/turtle' },
    ],
    [
      'a preset with one endpoint overridden',
      { store: 'oxigraph', gspEndpoint: 'http://other:1/gsp', authenticated: false },
      { query: 'http://127.0.0.1:7878/query', update: 'http://127.0.0.1:7878/update', gsp: 'http://other:1/gsp', type: 'application/n-triples' },
    ],
    [
      'no preset: the update endpoint defaults to the query endpoint',
      { endpoint: 'http://h/sparql', authenticated: false },
      { query: 'http://h/sparql', update: 'http://h/sparql', gsp: undefined, type: 'application/n-triples' },
    ],
    ['no preset, a graph store only', { gspEndpoint: 'http://h/store', authenticated: false }, { query: undefined, update: undefined, gsp: 'http://h/store', type: 'application/n-triples' }],
  ])('%s', (_, flags, expected) => {
    expect(urls(flags)).toEqual(expected);
  });

  it.each<[string, EndpointFlags, string | undefined]>([
    ['Oxigraph server: POST /store', { store: 'oxigraph', authenticated: false }, 'http://127.0.0.1:7878/store'],
    ["Fuseki: the dataset's own URL", { store: 'fuseki', baseUrl: 'http://localhost:3030/wikibase/', authenticated: false }, 'http://localhost:3030/wikibase'],
    ['Virtuoso: none (its graph store takes one graph)', { store: 'virtuoso', authenticated: false }, undefined],
    ['QLever: none yet (ad-freiburg/qlever#2228)', { store: 'qlever', authenticated: false }, undefined],
    ['given', { store: 'virtuoso', quadsEndpoint: 'http://h/quads', authenticated: false }, 'http://h/quads'],
  ])('where N-Quads go, %s', (_, flags, expected) => {
    expect(resolveEndpoints(flags).quads?.href).toBe(expected);
  });

  it('has a preset for each store the docs name', () => {
    expect(Object.keys(STORE_PRESETS).sort()).toEqual(['fuseki', 'oxigraph', 'qlever', 'virtuoso']);
  });

  it.each<[EndpointFlags, RegExp]>([
    [{ endpoint: 'not a url', authenticated: false }, /--endpoint expects an http\(s\) URL/u],
    [{ gspEndpoint: 'ftp://h/x', authenticated: false }, /--gsp-endpoint expects an http\(s\) URL/u],
    [{ baseUrl: 'http://h', authenticated: false }, /--base-url needs --store/u],
    [{ updateEndpoint: 'http://dba:s3cr3t-pw@h/sparql', authenticated: false }, /credentials in a URL \(http:\/\/\*\*\*@h…\)/u],
    [{ store: 'virtuoso', baseUrl: 'http://dba:s3cr3t-pw@h', authenticated: false }, /--base-url: credentials in a URL/u],
    [{ endpoint: 'http://dba:s3cr3t-pw@ h', authenticated: false }, /got "http:\/\/\*\*\*@ h"/u],
  ])('refuses %j without echoing a password', (flags, message) => {
    let error: unknown;
    try {
      resolveEndpoints(flags);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EndpointError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('s3cr3t-pw');
  });
});
