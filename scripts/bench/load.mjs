// `npm run bench -- --load`: pages → a fresh private Virtuoso with `wbimport load`, against the same pages converted
// with `convert --to nquads` and loaded by hand with Virtuoso's bulk loader (ld_dir, rdf_loader_run, checkpoint),
// each into a fresh database; then the same load again (every graph replaced). Prints the walls and the ratios.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { countLines, peakRssMethod, runCli } from './measure.mjs';
import { gitState, machine, mb } from './report.mjs';

export const DEFAULT_LOAD_PAGES = 3_000;
const TARGET_LOAD = 0.8;
const TARGET_RELOAD = 0.5;

const log = (text) => process.stderr.write(`${text}\n`);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** scripts/virtuoso.sh with this benchmark's own directory and ports. */
function virtuoso(root, env, command, input) {
  const run = spawnSync('bash', [join(root, 'scripts/virtuoso.sh'), command], { env: { ...process.env, ...env }, encoding: 'utf8', input });
  if (run.status !== 0 && command !== 'status') throw new Error(`scripts/virtuoso.sh ${command} failed: ${run.stderr.trim()}`);
  return run.stdout;
}

async function timed(command, args, options) {
  const started = performance.now();
  const child = spawn(command, args, { ...options, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (out += c));
  child.stdin.end(options.input ?? '');
  const code = await new Promise((resolve) => child.once('close', resolve));
  return { code, out, seconds: (performance.now() - started) / 1000 };
}

/** Triples in the store's named graphs (the system graphs left out), by SQL. */
function quadsHeld(root, env) {
  const out = virtuoso(root, env, 'sql', "select count(*) from DB.DBA.RDF_QUAD where G <> iri_to_id('http://www.openlinksw.com/schemas/virtrdf#', 0) and id_to_iri(G) like 'https://linkedopendata.eu/%';\n");
  return Number(/^\s*(\d+)\s*$/mu.exec(out)?.[1] ?? NaN);
}

/** The store's time per step of the bulk path (from the run's JSON summary), as ", store: delete 1.2 s, …". */
function steps(run) {
  const measured = Object.entries(run.summary?.load?.steps ?? {});
  return measured.length === 0 ? '' : `; store: ${measured.map(([step, s]) => `${step} ${s.toFixed(2)} s`).join(', ')}`;
}

/** The median of the figures measured (null when none was). */
function median(values) {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export async function runLoadBench({ root, opts, corpus, at, shown }) {
  const ports = {
    http: process.env.VIRTUOSO_HTTP_PORT ?? String(await freePort()),
    sql: process.env.VIRTUOSO_SQL_PORT ?? String(await freePort()),
  };
  const dir = process.env.VIRTUOSO_DIR ?? at('virtuoso');
  const env = { VIRTUOSO_DIR: dir, VIRTUOSO_HTTP_PORT: ports.http, VIRTUOSO_SQL_PORT: ports.sql };
  const url = `http://127.0.0.1:${ports.http}`;
  const method = peakRssMethod();
  const fresh = () => {
    virtuoso(root, env, 'wipe');
    virtuoso(root, env, 'start');
  };
  const rounds = [];
  try {
    log(`a private Virtuoso in ${shown(dir)} on ${url} (SQL ${ports.sql}) …`);
    // Rounds interleave the paths, so that a machine whose speed drifts (a shared VM) weighs on each alike.
    for (let round = 1; round <= opts.repeat; round += 1) {
      const runs = [];
      // 1. wbimport load into a fresh database, then the same corpus again: every graph replaced.
      fresh();
      process.env.WBIMPORT_STORE_USER = 'dba';
      process.env.WBIMPORT_STORE_PASSWORD = 'dba';
      const loadArgs = ['load', at('pages.ndjson'), '--store', 'virtuoso', '--base-url', url, '--diagnostics', 'json', ...opts.loadArgs];
      for (const name of ['load', 'reload']) {
        log(`round ${round}: wbimport load (${name === 'load' ? 'fresh database' : 'again: every graph replaced'}) …`);
        const run = await runCli({ name: `load-${name}`, args: loadArgs, cwd: root, workDir: opts.out, method });
        run.held = quadsHeld(root, env);
        runs.push(run);
        log(`  ${run.wallSeconds.toFixed(2)} s, ${run.summary?.load?.method ?? '?'}, ${run.held.toLocaleString('en-US')} triples held${steps(run)}${run.failure === null ? '' : `, FAILED: ${run.failure}`}`);
      }

      // 2. By hand: convert --to nquads into the loader's directory, then ld_dir + rdf_loader_run + checkpoint.
      log(`round ${round}: by hand: convert --to nquads, then the bulk loader (fresh database) …`);
      fresh();
      const handDir = join(dir, 'data', 'by-hand');
      mkdirSync(handDir, { recursive: true });
      const nq = join(handDir, 'out.nq');
      const convert = await runCli({ name: 'by-hand-convert', args: ['convert', at('pages.ndjson'), '--to', 'nquads', '--output', nq, '--diagnostics', 'json'], cwd: root, workDir: opts.out, method });
      const bulk = await timed('isql-vt', [`127.0.0.1:${ports.sql}`, 'dba', 'dba'], {
        input: `ld_dir('${handDir}', 'out.nq', 'urn:x-bench:no-graph');\nrdf_loader_run();\ncheckpoint;\nselect ll_state, ll_error from DB.DBA.load_list;\n`,
      });
      const triples = countLines(nq);
      const held = quadsHeld(root, env);
      rmSync(handDir, { recursive: true, force: true });
      runs.push({ ...convert, name: 'by-hand', convertSeconds: convert.wallSeconds, bulkSeconds: bulk.seconds, wallSeconds: convert.wallSeconds + bulk.seconds, held, triples, bulkOutput: bulk.out.slice(-400) });
      log(`  convert ${convert.wallSeconds.toFixed(2)} s + bulk load ${bulk.seconds.toFixed(2)} s, ${triples.toLocaleString('en-US')} quads written, ${held.toLocaleString('en-US')} held`);
      rounds.push(runs);
    }
  } finally {
    virtuoso(root, env, 'stop');
    if (!opts.keep && process.env.VIRTUOSO_DIR === undefined) rmSync(dir, { recursive: true, force: true });
  }

  // Each round's ratios; the round whose fresh-load ratio is the median stands for the run.
  const ratiosOf = (runs) => {
    const hand = runs.find((r) => r.name === 'by-hand');
    const of = (name) => {
      const run = runs.find((r) => r.name === name);
      return run?.failure === null && hand.failure === null ? hand.wallSeconds / run.wallSeconds : null;
    };
    return { load: of('load-load'), reload: of('load-reload') };
  };
  const ordered = [...rounds].sort((a, b) => (ratiosOf(a).load ?? 0) - (ratiosOf(b).load ?? 0));
  const runs = ordered[Math.floor((ordered.length - 1) / 2)];
  const byName = (name) => runs.find((r) => r.name === name);
  const hand = byName('by-hand');
  const ratio = (run) => (run?.failure === null && hand.failure === null ? hand.wallSeconds / run.wallSeconds : null);
  const rows = [
    { label: 'pages → store: wbimport load (fresh database)', run: byName('load-load') },
    { label: 'pages → store again: wbimport load (every graph replaced)', run: byName('load-reload') },
    { label: `by hand: convert --to nquads (${hand.convertSeconds.toFixed(2)} s) + ld_dir/rdf_loader_run/checkpoint (${hand.bulkSeconds.toFixed(2)} s)`, run: hand },
  ];
  const results = {
    date: new Date().toISOString(),
    command: `node scripts/bench.mjs ${process.argv.slice(2).join(' ')}`.trim(),
    machine: machine(),
    git: gitState(root),
    corpus: { pages: corpus.pages, entities: byName('load-load')?.summary?.entities ?? null, triples: hand.triples },
    runs: runs.map((r) => ({ ...r, stderrPath: shown(r.stderrPath) })),
    rounds: rounds.map((round) => ({ ...ratiosOf(round), seconds: Object.fromEntries(round.map((r) => [r.name, r.wallSeconds])) })),
    targets: [
      { target: `load ≥ ${TARGET_LOAD}× convert + bulk loader by hand (fresh database)`, ratio: median(rounds.map((r) => ratiosOf(r).load)) },
      { target: `re-load (every graph replaced) ≥ ${TARGET_RELOAD}× convert + bulk loader by hand`, ratio: median(rounds.map((r) => ratiosOf(r).reload)) },
    ].map((t, i) => ({ ...t, status: t.ratio === null ? 'not measured' : t.ratio >= [TARGET_LOAD, TARGET_RELOAD][i] ? 'met' : 'not met' })),
  };
  const lines = [
    `${corpus.pages.toLocaleString('en-US')} pages, ${String(results.corpus.entities ?? '?')} entities, ${hand.triples.toLocaleString('en-US')} quads; Virtuoso ${url}`,
    '',
    '| run | wall s | triples held | triples/s | peak RSS (wbimport) | ÷ by hand |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map(({ label, run }) =>
      `| ${label} | ${run.wallSeconds.toFixed(2)} | ${run.held.toLocaleString('en-US')} | ${Math.round(hand.triples / run.wallSeconds).toLocaleString('en-US')} | ${run.peakRssBytes === null ? '—' : mb(run.peakRssBytes)} | ${run === hand ? '1.00×' : ratio(run) === null ? 'failed' : `${ratio(run).toFixed(2)}×`} |`,
    ),
    '',
    ...rows.filter(({ run }) => run !== hand).map(({ label, run }) => `- ${label}: the store's steps (while the conversion goes on):${steps(run).replace('; store:', '') || ' —'}`),
    '',
    ...results.targets.map((t) => `- ${t.target}: ${t.ratio === null ? '—' : `${t.ratio.toFixed(2)}×`} (${t.status})`),
    ...(rounds.length > 1
      ? ['', `${rounds.length} rounds (the table is the median round by the fresh load's ratio): load ${results.rounds.map((r) => r.load?.toFixed(2) ?? '—').join(', ')}; re-load ${results.rounds.map((r) => r.reload?.toFixed(2) ?? '—').join(', ')}`]
      : []),
  ];
  writeFileSync(at('bench-load-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(at('bench-load-results.md'), `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
  log(`\nwritten: ${shown(at('bench-load-results.json'))}, ${shown(at('bench-load-results.md'))}`);
}
