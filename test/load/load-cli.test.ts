// `wbimport load` end to end, in-process, against a fake store (oxigraph behind Oxigraph server's endpoints).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import oxigraph from 'oxigraph';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runBuilt, runInProcess } from '../support/run-cli.js';
import { FakeStore, type FakeStoreOptions, type SeenRequest } from './support/fake-store.js';
import { loadFixtures } from './support/fixtures.js';

const SECRET = 'Zebra-Horse-Battery-9!';
const fakes: FakeStore[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
  delete process.env['WBIMPORT_STORE_USER'];
  delete process.env['WBIMPORT_STORE_PASSWORD'];
  delete process.env['WBIMPORT_STORE_TOKEN'];
});

async function fake(options: FakeStoreOptions = {}): Promise<FakeStore> {
  const f = await FakeStore.start(options);
  fakes.push(f);
  return f;
}

const FAST = ['--retries', '2', '--retry-delay', '1'];

/** The N-Quads `convert` writes, as a store of the same kind holds them (so literals are canonical alike). */
async function convertedQuads(args: string[]): Promise<string[]> {
  const result = await runInProcess(['convert', ...args, '--to', 'nquads']);
  const store = new oxigraph.Store();
  store.load(result.stdout, { format: 'application/n-quads' });
  return masked(store.dump({ format: 'application/n-quads' }));
}

/** Quads with blank node labels masked: a store names the blank nodes it is sent as it likes (a property's wdno: class has one). */
const masked = (nquads: string): string[] => nquads.split('\n').filter((l) => l !== '').map((l) => l.replace(/_:\S+/gu, '_:b')).sort();

/** A write naming the entity: its graph by GSP, or a batch of N-Quads holding it. */
const refers = (r: SeenRequest, id: string): boolean =>
  r.params.get('graph')?.endsWith(id) === true || (r.path === '/store' && r.params.get('graph') === null && r.body.includes(`/${id}> .`));

const held = (f: FakeStore): string[] => masked(f.store.dump({ format: 'application/n-quads' }));

describe('wbimport load, every fixture with golden N-Triples', () => {
  const fixtures = loadFixtures();
  it.each(fixtures.map((f) => [f.name, f] as const))('%s: the store holds exactly what convert --to nquads writes', async (_, fixture) => {
    for (const method of ['quads', 'gsp', 'update']) {
      const store = await fake();
      const result = await runInProcess(['load', ...fixture.args, '--store', 'oxigraph', '--base-url', store.url, '--method', method, '--batch-size', '100', '--verify']);
      expect(result.code, result.stderr).toBe(fixture.exit);
      expect(held(store)).toEqual(await convertedQuads(fixture.args));
      expect(result.stdout).toBe('');
    }
  });
});

describe('wbimport load: output and exit codes', () => {
  it('ends with a summary line of items, triples, requests and retries', async () => {
    const store = await fake({ fault: (_, i) => (i === 0 ? { status: 503 } : undefined) });
    const result = await runInProcess(['load', 'fixtures/seeds/input.ndjson', '--store', 'oxigraph', '--base-url', store.url, '--method', 'gsp', ...FAST]);
    expect(result.code).toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^wbimport: HTTP 503 from .*\/store: retry 1 of 2 in 0\.0 s$/u);
    expect(lines.at(-2)).toBe('wbimport: 2 pages, 1 entity, 8 statements, 0 errors, 0 warnings');
    expect(lines.at(-1)).toMatch(
      new RegExp(`^wbimport: loaded 1 item \\(80 triples\\) into ${store.url}/store by Graph Store Protocol, 2 requests, 1 retry, \\d+\\.\\d s$`, 'u'),
    );
  });

  it('sends many graphs per request to Oxigraph server by default: one update empties them, one POST of N-Quads fills them', async () => {
    const store = await fake();
    const inputs = ['fixtures/concatenated-pages/input.txt', 'fixtures/seeds/input.ndjson', 'fixtures/non-euro-page/input.txt'];
    const result = await runInProcess(['load', ...inputs, '--store', 'oxigraph', '--base-url', store.url, '--verify']);
    expect(result.code, result.stderr).toBe(0);
    const graphs = store.graphNames().length;
    expect(graphs).toBeGreaterThan(2);
    expect(store.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /update', 'POST /store', 'POST /query']);
    expect(result.stderr).toMatch(new RegExp(`loaded ${graphs} items \\(\\d+ triples\\) into ${store.url}/store by N-Quads, 3 requests, 0 retries, \\d+\\.\\d s, ${graphs} graphs verified, 0 mismatched$`, 'mu'));
    expect(held(store)).toEqual(await convertedQuads(inputs));
    // Loading again replaces every graph: nothing doubles, nothing old survives.
    store.store.update('INSERT DATA { GRAPH <https://linkedopendata.eu/wiki/Special:EntityData/Q4295133> { <urn:x:old> <urn:x:old> "stale" } }');
    const again = await runInProcess(['load', ...inputs, '--store', 'oxigraph', '--base-url', store.url, '--batch-size', '150']);
    expect(again.code, again.stderr).toBe(0);
    expect(held(store)).toEqual(await convertedQuads(inputs));
  });

  it('--quiet leaves out retry messages; --diagnostics json ends with a summary object', async () => {
    const store = await fake({ fault: (_, i) => (i === 0 ? { status: 503 } : undefined) });
    const result = await runInProcess(['load', 'fixtures/seeds/input.ndjson', '--store', 'oxigraph', '--base-url', store.url, '--method', 'update', '--quiet', '--diagnostics', 'json', ...FAST]);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0] ?? '') as { summary: { entities: number; load: Record<string, unknown> } };
    expect(summary.summary.entities).toBe(1);
    expect(summary.summary.load).toMatchObject({ items: 1, triples: 80, requests: 2, retries: 1, method: 'update', endpoint: `${store.url}/update`, stopped: false });
  });

  it('loads what it can from invalid input and exits 1', async () => {
    const store = await fake();
    const result = await runInProcess(['load', 'fixtures/malformed-truncated/input.txt', '--store', 'oxigraph', '--base-url', store.url]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error statement-unclosed');
    expect(store.graphNames()).toHaveLength(1);
  });

  it('reports an entity the store refuses, loads the rest, and exits 3', async () => {
    // The store refuses the batch holding Q4295133 (N-Quads), then that graph alone (GSP): the others arrive.
    const store = await fake({ fault: (r) => (refers(r, 'Q4295133') ? { status: 400, body: 'Bad literal' } : undefined) });
    const result = await runInProcess(['load', 'fixtures/concatenated-pages/input.txt', 'fixtures/seeds/input.ndjson', '--store', 'oxigraph', '--base-url', store.url, ...FAST]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/error load-rejected: the triple store refused Q4295133's graph <[^>]+Q4295133>: HTTP 400 from PUT .*: Bad literal; the rest is loaded/u);
    // The graphs sent again one by one are counted (verified) too.
    expect(result.stderr).toMatch(/by N-Quads, .*, 1 item refused, 1 graph verified, 0 mismatched$/mu);
    expect(store.graphNames().length).toBeGreaterThan(0);
  });

  it('stops with exit 3 when the store does not answer', async () => {
    const store = await fake();
    const url = store.url;
    await store.close();
    fakes.splice(0);
    const result = await runInProcess(['load', 'fixtures/seeds/input.ndjson', '--store', 'oxigraph', '--base-url', url, '--method', 'gsp', '--quiet', ...FAST]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`wbimport: ${url}/store did not answer (ECONNREFUSED), 2 retries`);
    expect(result.stderr).toMatch(/stopped after loading 0 items/u);
  });

  it('stops with exit 3 at the first refused credentials', async () => {
    const store = await fake({ auth: { kind: 'digest', user: 'dba', password: SECRET } });
    process.env['WBIMPORT_STORE_USER'] = 'dba';
    process.env['WBIMPORT_STORE_PASSWORD'] = 'not-the-password';
    const result = await runInProcess(['load', 'fixtures/seeds/input.ndjson', '--store', 'oxigraph', '--base-url', store.url]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('(the store refused the credentials)');
    expect(result.stderr).not.toContain('not-the-password');
  });

  it.each([
    [['--store', 'oxigraph', '--batch-size', '0'], /--batch-size expects a whole number from 1, got "0"/u],
    [['--store', 'oxigraph', '--concurrency', 'many'], /--concurrency expects a whole number from 1 to 64/u],
    [[], /no triple store named: give --store NAME/u],
    [['--update-endpoint', 'http://127.0.0.1:1/u', '--method', 'gsp'], /--method gsp needs a graph store endpoint/u],
    [['--gsp-endpoint', 'http://127.0.0.1:1/g', '--verify'], /--verify counts triples with a query/u],
    [['--base-url', 'http://127.0.0.1:1'], /--base-url needs --store/u],
    [['--gsp-endpoint', `http://dba:${SECRET}@127.0.0.1:1/g`], /credentials in a URL/u],
    [['--store', 'oxigraph', '--credentials', '/nonexistent/creds.json'], /cannot read the credentials file \/nonexistent\/creds\.json \(ENOENT\)/u],
  ])('refuses %j with exit 2', async (flags, message) => {
    const result = await runInProcess(['load', 'fixtures/seeds/input.ndjson', ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain(SECRET);
  });

  it('shows the store presets and examples in --help, and refuses a store it does not know (the built CLI)', async () => {
    const help = await runBuilt(['load', '--help']);
    expect(help.code).toBe(0);
    for (const name of ['virtuoso', 'oxigraph', 'fuseki', 'qlever', 'WBIMPORT_STORE_PASSWORD', '--method', '--batch-size', '--concurrency']) {
      expect(help.stdout).toContain(name);
    }
    const unknown = await runBuilt(['load', 'fixtures/seeds/input.ndjson', '--store', 'blazegraph']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/argument 'blazegraph' is invalid\. Allowed choices are virtuoso, oxigraph, fuseki, qlever/u);
  });
});

describe('wbimport load: credentials never appear in any output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wbimport-load-'));
  let credentials: string;
  let iniCredentials: string;
  beforeAll(() => {
    credentials = join(dir, 'store.json');
    writeFileSync(credentials, JSON.stringify({ user: 'dba', password: SECRET }), { mode: 0o600 });
    // The key = value lines upload reads are the same format (docs/credentials.md).
    iniCredentials = join(dir, 'store.ini');
    writeFileSync(iniCredentials, `[store]\nuser = dba\npassword = "${SECRET}"\n`, { mode: 0o600 });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['the environment', 'env'],
    ['a credentials file', 'file'],
    ['a credentials file of key = value lines', 'ini'],
  ])('Digest with a password from %s, even when the store echoes it', async (_, source) => {
    // A careless store that echoes the password in an error must not get it printed.
    const store = await fake({
      auth: { kind: 'digest', user: 'dba', password: SECRET },
      fault: (r) =>
        refers(r, 'Q4295133') ? { status: 400, body: `user dba password ${SECRET} (${new URLSearchParams({ pw: SECRET }).toString()}) may not write this` } : undefined,
    });
    if (source === 'env') {
      process.env['WBIMPORT_STORE_USER'] = 'dba';
      process.env['WBIMPORT_STORE_PASSWORD'] = SECRET;
    }
    const args = ['load', 'fixtures/seeds/input.ndjson', 'fixtures/non-euro-page/input.txt', '--store', 'oxigraph', '--base-url', store.url, '--verify'];
    const result = await runInProcess(source === 'env' ? args : [...args, '--credentials', source === 'ini' ? iniCredentials : credentials]);
    expect(result.code).toBe(3);
    // As written and form-encoded (`!` as %21): both masked.
    expect(result.stderr).toContain('password *** (pw=***) may not write this');
    expect(`${result.stdout}${result.stderr}`).not.toContain(SECRET.slice(0, -1));
    expect(store.graphNames().length).toBeGreaterThan(0);
    const sent = store.requests.map((r) => `${JSON.stringify(r.headers)} ${r.params.toString()} ${r.body}`).join('\n');
    expect(sent).not.toContain(SECRET);
  });

  it('a token goes as a Bearer header, never in the URL', async () => {
    const store = await fake({ auth: { kind: 'bearer', token: SECRET } });
    process.env['WBIMPORT_STORE_TOKEN'] = SECRET;
    const result = await runInProcess(['load', 'fixtures/seeds/input.ndjson', '--store', 'oxigraph', '--base-url', store.url, '--method', 'update']);
    expect(result.code).toBe(0);
    expect(store.requests.every((r) => r.headers.authorization === `Bearer ${SECRET}` && !r.params.toString().includes(SECRET))).toBe(true);
    expect(result.stderr).not.toContain(SECRET);
  });
});
