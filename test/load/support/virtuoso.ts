// A real Virtuoso for the load tests: the one WBIMPORT_VIRTUOSO names (.ci/run starts it), or one started here with
// scripts/virtuoso.sh on free ports in a temporary directory; and SPARQL over HTTP to look at what it holds.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../../support/run-cli.js';

const SCRIPT = join(REPO, 'scripts', 'virtuoso.sh');

export interface Virtuoso {
  readonly url: string;
  /** The script's environment for this server: its directory and ports (restart, sql, stop). */
  readonly env: Record<string, string>;
  /** Whether scripts/virtuoso.sh manages this server (so the tests may restart it and create users). */
  readonly managed: boolean;
  /** Whether the tests started it (and so stop it and delete its files afterwards). */
  readonly own: boolean;
}

export type VirtuosoAvailability = { readonly ok: true; readonly virtuoso: Virtuoso } | { readonly ok: false; readonly reason: string };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Runs scripts/virtuoso.sh, resolving with its exit code and output (never throws on a non-zero exit). */
export function script(env: Record<string, string>, args: string[], stdin = ''): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [SCRIPT, ...args], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out: Buffer.concat(chunks).toString('utf8') }));
    child.stdin.end(stdin);
  });
}

export const installed = (): boolean => spawnSync('sh', ['-c', 'command -v virtuoso-t && command -v isql-vt'], { stdio: 'ignore' }).status === 0;

/**
 * Finds or starts the server. Without WBIMPORT_VIRTUOSO and without virtuoso-t installed, says why the tests cannot
 * run (the caller skips them, or fails them in CI).
 */
export async function findVirtuoso(): Promise<VirtuosoAvailability> {
  const given = process.env['WBIMPORT_VIRTUOSO'];
  if (given !== undefined && given !== '') {
    const url = new URL(given);
    const env = {
      VIRTUOSO_DIR: process.env['VIRTUOSO_DIR'] ?? join(REPO, '.virtuoso'),
      VIRTUOSO_HTTP_PORT: url.port === '' ? '80' : url.port,
      VIRTUOSO_SQL_PORT: process.env['VIRTUOSO_SQL_PORT'] ?? '1111',
    };
    const status = installed() ? await script(env, ['status']) : { code: 1, out: '' };
    return { ok: true, virtuoso: { url: given.replace(/\/+$/u, ''), env, managed: status.code === 0, own: false } };
  }
  if (!installed()) {
    return { ok: false, reason: 'Virtuoso is not installed: run scripts/virtuoso.sh install (or set WBIMPORT_VIRTUOSO=http://127.0.0.1:8890)' };
  }
  const env = {
    VIRTUOSO_DIR: mkdtempSync(join(tmpdir(), 'wbimport-virtuoso-')),
    VIRTUOSO_HTTP_PORT: String(await freePort()),
    VIRTUOSO_SQL_PORT: String(await freePort()),
    // The server dies with this process, however it ends (an interrupted run included), and its files go.
    VIRTUOSO_WATCH_PID: String(process.pid),
    VIRTUOSO_WATCH_REMOVE: '1',
  };
  const started = await script(env, ['start']);
  if (started.code !== 0) {
    rmSync(env.VIRTUOSO_DIR, { recursive: true, force: true });
    return { ok: false, reason: `scripts/virtuoso.sh start failed: ${started.out.trim()}` };
  }
  return { ok: true, virtuoso: { url: `http://127.0.0.1:${env.VIRTUOSO_HTTP_PORT}`, env, managed: true, own: true } };
}

export async function releaseVirtuoso(virtuoso: Virtuoso): Promise<void> {
  if (!virtuoso.own) return;
  await script(virtuoso.env, ['kill']);
  rmSync(virtuoso.env['VIRTUOSO_DIR'] ?? '', { recursive: true, force: true });
}

interface JsonTerm {
  readonly type: 'uri' | 'literal' | 'typed-literal' | 'bnode';
  readonly value: string;
  readonly datatype?: string;
  readonly 'xml:lang'?: string;
}

/** A SELECT's rows. Fails when Virtuoso cut the answer short (its X-SPARQL-MaxRows header). */
export async function select(url: string, query: string): Promise<Record<string, JsonTerm>[]> {
  const response = await fetch(`${url}/sparql`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/sparql-results+json' },
    body: new URLSearchParams({ query }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${query}: ${text.slice(0, 300)}`);
  const maxRows = response.headers.get('x-sparql-maxrows');
  if (maxRows !== null) throw new Error(`Virtuoso cut the answer at ${maxRows} rows (X-SPARQL-MaxRows): raise ResultSetMaxRows`);
  return (JSON.parse(text) as { results: { bindings: Record<string, JsonTerm>[] } }).results.bindings;
}

/** A term as a comparable key: blank nodes masked, literals with their language or datatype. */
export function termKey(term: JsonTerm | undefined): string {
  if (term === undefined) return '?';
  if (term.type === 'uri') return `<${term.value}>`;
  if (term.type === 'bnode') return '_:b';
  const lang = term['xml:lang'];
  if (lang !== undefined) return `${JSON.stringify(term.value)}@${lang.toLowerCase()}`;
  return term.datatype === undefined ? JSON.stringify(term.value) : `${JSON.stringify(term.value)}^^<${term.datatype}>`;
}

/** Puts N-Triples into a graph with a plain Graph Store Protocol PUT (another path than wbimport's own code). */
export async function putGraph(url: string, graph: string, ntriples: string): Promise<void> {
  const response = await fetch(`${url}/sparql-graph-crud?graph=${encodeURIComponent(graph)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/n-triples' },
    body: ntriples,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`PUT ${graph}: HTTP ${response.status} ${text.slice(0, 300)}`);
}

export async function update(url: string, text: string): Promise<void> {
  const response = await fetch(`${url}/sparql`, { method: 'POST', headers: { 'content-type': 'application/sparql-update' }, body: text });
  const body = await response.text();
  if (!response.ok) throw new Error(`update: HTTP ${response.status} ${body.slice(0, 300)}`);
}
