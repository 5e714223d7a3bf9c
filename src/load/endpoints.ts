// Where a triple store takes queries, updates and Graph Store Protocol requests: presets for the stores we know,
import { EXIT, WbimportError } from '../diagnostics/errors.js';
// overridable one URL at a time.

export interface Endpoints {
  /** SPARQL 1.1 Query: used by --verify. */
  readonly query?: URL;
  /** SPARQL 1.1 Update. */
  readonly update?: URL;
  /** SPARQL 1.1 Graph Store Protocol, indirect graph identification (`?graph=<iri>`). */
  readonly gsp?: URL;
  /** Where N-Quads POSTed are added to the dataset, many graphs a request (Oxigraph server, Fuseki). */
  readonly quads?: URL;
  /** The media type of N-Triples bodies sent to the graph store. */
  readonly gspContentType: string;
}

export interface StorePreset {
  readonly description: string;
  /** Where the store listens when started with its defaults. */
  readonly defaultBase: string;
  /** Paths relative to the base URL (a Fuseki base names the dataset: http://host:3030/ds). */
  readonly query: string;
  readonly update: string;
  readonly gsp: string;
  /** The path taking N-Quads for the whole dataset, where the store has one. */
  readonly quads?: string;
  /** Virtuoso serves Digest-protected twins of its endpoints; used when credentials are given. */
  readonly authenticated?: { readonly query: string; readonly update: string; readonly gsp: string };
  readonly gspContentType: string;
}

export const STORE_PRESETS = {
  virtuoso: {
    description: 'OpenLink Virtuoso 7: /sparql, /sparql-graph-crud; with credentials /sparql-auth, /sparql-graph-crud-auth (Digest)',
    defaultBase: 'http://127.0.0.1:8890',
    query: 'sparql',
    update: 'sparql',
    gsp: 'sparql-graph-crud',
    authenticated: { query: 'sparql-auth', update: 'sparql-auth', gsp: 'sparql-graph-crud-auth' },
    gspContentType: 'application/n-triples',
  },
  oxigraph: {
    description: 'Oxigraph server: /query, /update, /store',
    defaultBase: 'http://127.0.0.1:7878',
    query: 'query',
    update: 'update',
    gsp: 'store',
    // POST /store with a quad format adds to the dataset (Oxigraph server's README).
    quads: 'store',
    gspContentType: 'application/n-triples',
  },
  fuseki: {
    description: 'Apache Jena Fuseki, the base naming the dataset (http://host:3030/ds): /ds/sparql, /ds/update, /ds/data',
    defaultBase: 'http://127.0.0.1:3030/ds',
    query: 'sparql',
    update: 'update',
    gsp: 'data',
    // The dataset URL itself takes quads (Fuseki's "HTTP operations on the dataset").
    quads: '',
    gspContentType: 'application/n-triples',
  },
  qlever: {
    description: 'QLever: query, update and graph store all at the root; writes need its access token (WBIMPORT_STORE_TOKEN)',
    defaultBase: 'http://127.0.0.1:7001',
    query: '',
    update: '',
    gsp: '',
    // QLever's graph store parses Turtle, of which N-Triples is a subset.
    gspContentType: 'text/turtle',
  },
} as const satisfies Record<string, StorePreset>;

export type StoreName = keyof typeof STORE_PRESETS;

export function isStoreName(name: string): name is StoreName {
  return Object.hasOwn(STORE_PRESETS, name);
}

/** A bad endpoint address, worded without any password it may hold. */
export class EndpointError extends WbimportError {
  override readonly exitCode = EXIT.usage;
}

/** Parses an http(s) URL given on the command line; one carrying `user:password@` is refused, unechoed. */
export function endpointUrl(text: string, flag: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new EndpointError(`${flag} expects an http(s) URL such as http://127.0.0.1:8890/sparql, got "${text.replace(/\/\/[^/@]*@/u, '//***@')}"`);
  }
  if (url.username !== '' || url.password !== '') {
    url.username = '';
    url.password = '';
    throw new EndpointError(
      `${flag}: credentials in a URL (${url.protocol}//***@${url.host}…) end up in logs and process lists; set WBIMPORT_STORE_USER and WBIMPORT_STORE_PASSWORD or give --credentials FILE`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new EndpointError(`${flag} expects an http(s) URL, got "${url.protocol}"`);
  return url;
}

export interface EndpointFlags {
  readonly store?: StoreName;
  readonly baseUrl?: string;
  readonly endpoint?: string;
  readonly updateEndpoint?: string;
  readonly gspEndpoint?: string;
  readonly quadsEndpoint?: string;
  /** Whether credentials are given: Virtuoso then uses its authenticated endpoints. */
  readonly authenticated: boolean;
}

function under(base: URL, path: string): URL {
  const url = new URL(base);
  const trimmed = base.pathname.replace(/\/+$/u, '');
  // An empty path is the base itself (Fuseki's dataset URL), not the base with a slash added.
  url.pathname = path === '' ? trimmed || '/' : `${trimmed}/${path}`;
  return url;
}

/**
 * The endpoints: a preset's, from its base URL, with each URL given on its own winning. Without a preset, the
 * update endpoint defaults to the query endpoint (Virtuoso, Fuseki's dataset URL and QLever take both at one URL).
 */
export function resolveEndpoints(flags: EndpointFlags): Endpoints {
  const given = {
    query: flags.endpoint === undefined ? undefined : endpointUrl(flags.endpoint, '--endpoint'),
    update: flags.updateEndpoint === undefined ? undefined : endpointUrl(flags.updateEndpoint, '--update-endpoint'),
    gsp: flags.gspEndpoint === undefined ? undefined : endpointUrl(flags.gspEndpoint, '--gsp-endpoint'),
    quads: flags.quadsEndpoint === undefined ? undefined : endpointUrl(flags.quadsEndpoint, '--quads-endpoint'),
  };
  if (flags.store === undefined) {
    if (flags.baseUrl !== undefined) throw new EndpointError('--base-url needs --store to say which paths to add to it');
    const update = given.update ?? given.query;
    return {
      ...(given.query === undefined ? {} : { query: given.query }),
      ...(update === undefined ? {} : { update }),
      ...(given.gsp === undefined ? {} : { gsp: given.gsp }),
      ...(given.quads === undefined ? {} : { quads: given.quads }),
      gspContentType: 'application/n-triples',
    };
  }
  const preset: StorePreset = STORE_PRESETS[flags.store];
  const base = endpointUrl(flags.baseUrl ?? preset.defaultBase, '--base-url');
  const paths = flags.authenticated && preset.authenticated !== undefined ? preset.authenticated : preset;
  return {
    query: given.query ?? under(base, paths.query),
    update: given.update ?? under(base, paths.update),
    gsp: given.gsp ?? under(base, paths.gsp),
    ...(given.quads !== undefined ? { quads: given.quads } : preset.quads !== undefined ? { quads: under(base, preset.quads) } : {}),
    gspContentType: preset.gspContentType,
  };
}
