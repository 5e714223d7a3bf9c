// A small triple store over HTTP for load tests, on 127.0.0.1 port 0: Oxigraph server's endpoints (/query, /update,
// /store by graph and for quads) backed by oxigraph in memory, with faults, slowness and authentication to order.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import oxigraph from 'oxigraph';

export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly params: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/** A canned answer instead of the real one, or `destroy` to drop the connection unanswered. */
export type Fault = { status: number; body?: string; headers?: Record<string, string> } | 'destroy';

export type FakeAuth =
  | { readonly kind: 'digest'; readonly user: string; readonly password: string; readonly nonceUses?: number }
  | { readonly kind: 'basic'; readonly user: string; readonly password: string }
  | { readonly kind: 'bearer'; readonly token: string };

export interface FakeStoreOptions {
  /** Asked before each request is handled (authenticated requests only); a fault replaces the answer. */
  readonly fault?: (request: SeenRequest, index: number) => Fault | undefined;
  readonly auth?: FakeAuth;
  /** Milliseconds each write takes, so that requests overlap. */
  readonly delayMs?: number;
}

const md5 = (s: string): string => createHash('md5').update(s, 'utf8').digest('hex');

function digestParams(header: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const m of header.replace(/^Digest\s+/u, '').matchAll(/(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/gu)) {
    params.set(m[1] ?? '', (m[2] ?? m[3] ?? '').replace(/\\(.)/gu, '$1'));
  }
  return params;
}

export class FakeStore {
  readonly store = new oxigraph.Store();
  readonly requests: SeenRequest[] = [];
  /** Requests that reached the data (past authentication and faults). */
  writes = 0;
  inFlight = 0;
  maxInFlight = 0;
  private nonce = randomBytes(8).toString('hex');
  private nonceUses = 0;
  private readonly usedNc = new Set<string>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly options: FakeStoreOptions,
  ) {}

  static async start(options: FakeStoreOptions = {}): Promise<FakeStore> {
    let fake: FakeStore | undefined;
    const server = createServer((req, res) => {
      void fake?.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeStore(server, `http://127.0.0.1:${port}`, options);
    return fake;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The graph's triples as sorted N-Triples lines. */
  graph(iri: string): string[] {
    const text = this.store.dump({ format: 'application/n-triples', from_graph_name: oxigraph.namedNode(iri) });
    return text.split('\n').filter((l) => l !== '').sort();
  }

  graphNames(): string[] {
    const names = new Set<string>();
    for (const q of this.store.match(null, null, null, null)) if (q.graph.termType === 'NamedNode') names.add(q.graph.value);
    return [...names].sort();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', this.url);
    const seen: SeenRequest = { method: req.method ?? '', path: url.pathname, params: url.searchParams, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
    this.requests.push(seen);
    if (!this.authorised(seen, res)) return;
    const fault = this.options.fault?.(seen, this.requests.length - 1);
    if (fault === 'destroy') {
      req.socket.destroy();
      return;
    }
    if (fault !== undefined) {
      res.writeHead(fault.status, fault.headers ?? {}).end(fault.body ?? '');
      return;
    }
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      if (this.options.delayMs !== undefined && seen.path !== '/query') await new Promise((r) => setTimeout(r, this.options.delayMs));
      this.answer(seen, res);
    } catch (error) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end(error instanceof Error ? error.message : String(error));
    } finally {
      this.inFlight -= 1;
    }
  }

  private answer(seen: SeenRequest, res: ServerResponse): void {
    const graph = seen.params.get('graph');
    if (seen.path === '/store' && graph !== null && (seen.method === 'PUT' || seen.method === 'POST')) {
      const target = oxigraph.namedNode(graph);
      const existed = this.store.match(null, null, null, target).length > 0;
      if (seen.method === 'PUT') this.store.update(`DROP SILENT GRAPH <${graph}>`);
      this.store.load(seen.body, { format: 'application/n-triples', to_graph_name: target });
      this.writes += 1;
      res.writeHead(existed ? 204 : 201).end();
      return;
    }
    if (seen.path === '/store' && graph === null && seen.method === 'POST') {
      // Oxigraph server: quads POSTed to /store are added to the dataset, each in its own graph.
      if (seen.headers['content-type'] !== 'application/n-quads') throw new Error('expected application/n-quads');
      this.store.load(seen.body, { format: 'application/n-quads' });
      this.writes += 1;
      res.writeHead(204).end();
      return;
    }
    if (seen.path === '/update' && seen.method === 'POST') {
      if (seen.headers['content-type'] !== 'application/sparql-update') throw new Error('expected application/sparql-update');
      this.store.update(seen.body);
      this.writes += 1;
      res.writeHead(204).end();
      return;
    }
    if (seen.path === '/query') {
      const query = new URLSearchParams(seen.body).get('query') ?? seen.params.get('query') ?? '';
      const results = this.store.query(query, { results_format: 'application/sparql-results+json' });
      res.writeHead(200, { 'content-type': 'application/sparql-results+json' }).end(String(results));
      return;
    }
    res.writeHead(404).end('no such endpoint');
  }

  private authorised(seen: SeenRequest, res: ServerResponse): boolean {
    const auth = this.options.auth;
    if (auth === undefined) return true;
    const header = seen.headers.authorization ?? '';
    if (auth.kind === 'bearer') {
      if (header === `Bearer ${auth.token}`) return true;
      res.writeHead(401, { 'www-authenticate': 'Bearer realm="fake"' }).end('bad token');
      return false;
    }
    if (auth.kind === 'basic') {
      if (header === `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}`) return true;
      res.writeHead(401, { 'www-authenticate': 'Basic realm="fake"' }).end('who are you?');
      return false;
    }
    const realm = 'fake';
    const challenge = (stale: boolean): false => {
      res
        .writeHead(401, {
          'www-authenticate': `Digest realm="${realm}", nonce="${this.nonce}", opaque="0pa", stale="${stale}", qop="auth", algorithm="MD5"`,
        })
        .end();
      return false;
    };
    if (!header.startsWith('Digest ')) return challenge(false);
    const p = digestParams(header);
    const uri = `${seen.path}${seen.params.size > 0 ? `?${seen.params.toString()}` : ''}`;
    const ha1 = md5(`${auth.user}:${realm}:${auth.password}`);
    const ha2 = md5(`${seen.method}:${p.get('uri')}`);
    const expected = md5(`${ha1}:${p.get('nonce')}:${p.get('nc')}:${p.get('cnonce')}:auth:${ha2}`);
    const replay = this.usedNc.has(`${p.get('nonce')}/${p.get('nc')}`);
    const rightUri = p.get('uri') === uri || decodeURIComponent(p.get('uri') ?? '') === decodeURIComponent(uri);
    if (p.get('username') !== auth.user || p.get('response') !== expected || p.get('opaque') !== '0pa' || !rightUri || replay) {
      return challenge(false);
    }
    if (p.get('nonce') !== this.nonce) return challenge(true);
    this.usedNc.add(`${p.get('nonce')}/${p.get('nc')}`);
    this.nonceUses += 1;
    if (auth.nonceUses !== undefined && this.nonceUses >= auth.nonceUses) {
      // The nonce has served its turn: the next request with it is told it is stale.
      this.nonce = randomBytes(8).toString('hex');
      this.nonceUses = 0;
    }
    return true;
  }
}
