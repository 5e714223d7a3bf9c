// `npm run bench`: renders a synthetic corpus, runs the real CLI on it, and reports pages/s, triples/s and peak RSS.
// Usage: node scripts/bench.mjs [--pages N] [--out DIR] [--seed S] [--profile] [--keep] [--load]   (after npm run build)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_PAGES = 10_000;
const CALIBRATION_PAGES = 1_000;
const TARGET_PAGES_PER_SECOND = 20_000;
const TARGET_RATIO = 0.6;
const TARGET_RSS_BYTES = 200 * 1024 * 1024;
const TARGET_RSS_PAGES = 1_000_000;
const TARGET_JOBS_SPEEDUP = 1.7;

const USAGE = `usage: node scripts/bench.mjs [options]   (npm run bench -- [options] builds first)

  --pages N   pages in the corpus (default ${DEFAULT_PAGES.toLocaleString('en-US')}; 100k and 1M are accepted)
  --out DIR   where the corpus, outputs and results go (default .bench/)
  --seed S    the corpus's seed (default 20240601): the same seed and size give the same bytes
  --profile   also run the N-Triples conversion under node --cpu-prof and summarise where the time goes
  --keep      keep the N-Triples and Turtle outputs (deleted by default: they are large)
  --load      instead: pages → a private Virtuoso with wbimport load, against convert --to nquads + its bulk loader
              by hand, and loading again (default 3,000 pages; scripts/bench/load.mjs; VIRTUOSO_DIR and ports from the
              environment, else a directory under --out and free ports)
  --load-args "ARGS"  extra arguments for the wbimport load runs (e.g. "--batch-size 20000")
  --repeat N  --load: N rounds of the three runs, interleaved; the median round is shown (default 1)`;

function pageCount(text) {
  const match = /^(\d[\d_,]*)(k|m)?$/iu.exec(text.trim());
  const n = match === null ? NaN : Number(match[1].replace(/[_,]/gu, '')) * { '': 1, k: 1e3, m: 1e6 }[match[2]?.toLowerCase() ?? ''];
  if (!Number.isInteger(n) || n < 1) throw new Error(`--pages expects a whole number of pages (20000, 100k, 1M), got "${text}"`);
  return n;
}

function options() {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string' },
      out: { type: 'string', default: '.bench' },
      seed: { type: 'string', default: '20240601' },
      profile: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      load: { type: 'boolean', default: false },
      'load-args': { type: 'string', default: '' },
      repeat: { type: 'string', default: '1' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed expects a whole number, got "${values.seed}"`);
  return {
    pages: values.pages === undefined ? (values.load ? 3_000 : DEFAULT_PAGES) : pageCount(values.pages),
    load: values.load,
    loadArgs: values['load-args'].split(' ').filter((a) => a !== ''),
    repeat: Math.max(1, Number.parseInt(values.repeat, 10) || 1),
    out: resolve(values.out),
    seed,
    profile: values.profile,
    keep: values.keep,
  };
}

const log = (text) => process.stderr.write(`${text}\n`);

/** Whether this build has a --jobs option yet (the scale work will add it); until then --jobs is not measured. */
function hasJobsOption() {
  const help = spawnSync('node', ['bin/wbimport.js', 'convert', '--help'], { cwd: ROOT, encoding: 'utf8' });
  return /--jobs\b/u.test(help.stdout);
}

async function main() {
  const opts = options();
  if (!existsSync(join(ROOT, 'dist/render/index.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm run bench does)');
  const { writeCorpus } = await import('./bench/corpus.mjs');
  const { countLines, peakRssMethod, runCli } = await import('./bench/measure.mjs');
  const { runBaseline } = await import('./bench/baseline.mjs');
  const { summariseProfile } = await import('./bench/profile.mjs');
  const { formatMarkdown, formatText, gitState, machine, mb } = await import('./bench/report.mjs');
  const { loadProfile } = await import('../dist/files/index.js');

  mkdirSync(opts.out, { recursive: true });
  const at = (name) => join(opts.out, name);
  const shown = (path) => relative(ROOT, path) || '.';
  const profile = await loadProfile();

  if (opts.load) {
    log(`rendering ${opts.pages.toLocaleString('en-US')} pages into ${shown(opts.out)}/ …`);
    const corpus = writeCorpus({ pages: opts.pages, seed: opts.seed, profile, ndjsonPath: at('pages.ndjson'), textPath: at('pages.txt') });
    const { runLoadBench } = await import('./bench/load.mjs');
    await runLoadBench({ root: ROOT, opts, corpus, at, shown });
    return;
  }

  // 1. The corpus, and a small one of the same kind whose run gives the fixed cost (startup, Intl tables).
  log(`rendering ${opts.pages.toLocaleString('en-US')} pages into ${shown(opts.out)}/ …`);
  const started = performance.now();
  const corpus = writeCorpus({ pages: opts.pages, seed: opts.seed, profile, ndjsonPath: at('pages.ndjson'), textPath: at('pages.txt') });
  corpus.seconds = (performance.now() - started) / 1000;
  const calibration = writeCorpus({
    pages: CALIBRATION_PAGES,
    seed: opts.seed,
    profile,
    ndjsonPath: at('calibration.ndjson'),
    textPath: at('calibration.txt'),
  });

  // 2. The real CLI, one child process per run.
  const method = peakRssMethod();
  const convert = (input, format, output) => ['convert', input, '--to', format, '--output', output, '--diagnostics', 'json'];
  const plan = [
    { name: 'calibration', label: `NDJSON → N-Triples → /dev/null (${CALIBRATION_PAGES.toLocaleString('en-US')} pages)`, pages: calibration.pages, args: convert(at('calibration.ndjson'), 'ntriples', '/dev/null') },
    { name: 'ntriples-null', label: 'NDJSON → N-Triples → /dev/null', pages: corpus.pages, args: convert(at('pages.ndjson'), 'ntriples', '/dev/null') },
    { name: 'ntriples-file', label: 'NDJSON → N-Triples → file', pages: corpus.pages, args: convert(at('pages.ndjson'), 'ntriples', at('out.nt')) },
    { name: 'turtle-null', label: 'NDJSON → Turtle → /dev/null', pages: corpus.pages, args: convert(at('pages.ndjson'), 'turtle', '/dev/null') },
    { name: 'turtle-file', label: 'NDJSON → Turtle → file', pages: corpus.pages, args: convert(at('pages.ndjson'), 'turtle', at('out.ttl')) },
    { name: 'text-ntriples-null', label: 'plain text → N-Triples → /dev/null', pages: corpus.itemPages, args: convert(at('pages.txt'), 'ntriples', '/dev/null') },
  ];
  const jobs = hasJobsOption();
  if (jobs) {
    for (const n of [1, 2]) {
      plan.push({ name: `jobs-${n}`, label: `NDJSON → N-Triples → /dev/null, --jobs ${n}`, pages: corpus.pages, args: [...convert(at('pages.ndjson'), 'ntriples', '/dev/null'), '--jobs', String(n)] });
    }
  }
  const runs = [];
  for (const step of plan) {
    log(`${step.label} …`);
    const run = await runCli({ name: step.name, args: step.args, cwd: ROOT, workDir: opts.out, method });
    runs.push({ ...step, ...run, args: undefined });
    log(`  ${run.wallSeconds.toFixed(2)} s, peak RSS ${mb(run.peakRssBytes)}${run.failure === null ? '' : `, FAILED (exit ${run.exitCode ?? run.signal})`}`);
  }
  const byName = (name) => runs.find((r) => r.name === name);
  const ntFile = byName('ntriples-file');
  const triples = ntFile.failure === null ? countLines(at('out.nt')) : null;
  for (const r of runs) {
    // The same pipeline writes the same triples whatever the syntax; the calibration and plain-text corpora differ.
    r.triples = r.failure === null && r.pages === corpus.pages ? triples : null;
    r.pagesPerSecond = r.failure === null ? r.pages / r.wallSeconds : null;
    r.triplesPerSecond = r.triples === null ? null : r.triples / r.wallSeconds;
  }

  // 3. The baseline: the same triples through a minimal hand-written writer, to /dev/null and to a file.
  let baseline = null;
  if (triples !== null) {
    log('baseline writer …');
    const measured = await runBaseline(at('out.nt'), ['/dev/null', at('baseline.nt')]);
    const ours = [byName('ntriples-null'), ntFile];
    baseline = {
      ...measured,
      targets: measured.targets.map((t, i) => ({
        ...t,
        label: i === 0 ? 'to /dev/null' : 'to a file',
        ours: { run: ours[i].name, triplesPerSecond: ours[i].triplesPerSecond },
        ratio: ours[i].triplesPerSecond === null ? null : ours[i].triplesPerSecond / t.triplesPerSecond,
      })),
    };
  }

  // 4. Optionally, where the time goes.
  let cpuProfile = null;
  if (opts.profile) {
    const dir = at('profile');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    log('NDJSON → N-Triples → /dev/null under --cpu-prof …');
    const run = await runCli({
      name: 'profile',
      args: convert(at('pages.ndjson'), 'ntriples', '/dev/null'),
      cwd: ROOT,
      workDir: opts.out,
      method,
      nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
    });
    if (run.failure === null) {
      cpuProfile = { run: `NDJSON → N-Triples → /dev/null, ${corpus.pages.toLocaleString('en-US')} pages, ${run.wallSeconds.toFixed(1)} s under the profiler`, ...summariseProfile(dir, 25) };
      cpuProfile.file = shown(cpuProfile.file);
    } else {
      log(`  the profiled run failed: ${run.failure}`);
    }
  }

  if (!opts.keep) for (const name of ['out.nt', 'out.ttl', 'baseline.nt']) rmSync(at(name), { force: true });

  const calibrationRun = byName('calibration');
  const nullRun = byName('ntriples-null');
  // Two sizes of the same corpus give the cost of one more page (the marginal rate) and of none (the intercept:
  // startup, loading modules, building each UI language's Intl tables); too close in size, the noise would win.
  const marginal =
    calibrationRun.failure === null && nullRun.failure === null && corpus.pages >= 5 * calibration.pages
      ? (corpus.pages - calibration.pages) / (nullRun.wallSeconds - calibrationRun.wallSeconds)
      : null;
  const fixedSeconds = marginal === null ? null : calibrationRun.wallSeconds - calibration.pages / marginal;
  const m = machine();
  const results = {
    date: new Date().toISOString(),
    command: `node scripts/bench.mjs ${process.argv.slice(2).join(' ')}`.trim(),
    machine: m,
    git: gitState(ROOT),
    options: { pages: opts.pages, seed: opts.seed, out: shown(opts.out) },
    peakRssMethod: method,
    corpus: { ...corpus, ndjson: { ...corpus.ndjson, path: shown(corpus.ndjson.path) }, text: { ...corpus.text, path: shown(corpus.text.path) } },
    runs: runs.map((r) => ({ ...r, stderrPath: shown(r.stderrPath) })),
    derived: { calibrationPages: calibration.pages, fixedSeconds, marginalPagesPerSecond: marginal },
    baseline: baseline === null ? null : { ...baseline, targets: baseline.targets.map((t) => ({ ...t, path: t.path === '/dev/null' ? t.path : shown(t.path) })) },
    targets: targets({ corpus, runs, baseline, marginal, machine: m, jobs }),
    converted: converted(runs, corpus.pages),
    failures: runs.filter((r) => r.failure !== null).map((r) => `${r.label}: ${r.failure}`),
    profile: cpuProfile,
  };
  writeFileSync(at('bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(at('bench-results.md'), formatMarkdown(results));
  console.log(formatText(results));
  log(`\nwritten: ${shown(at('bench-results.json'))}, ${shown(at('bench-results.md'))}`);
}

/** What the runs on the full NDJSON corpus made of it (their summaries), and whether they all agree. */
function converted(runs, pages) {
  const summaries = runs.filter((r) => r.pages === pages && r.summary !== null).map((r) => r.summary);
  if (summaries.length === 0) return null;
  const [first] = summaries;
  return { ...first, allRunsAgree: summaries.every((x) => JSON.stringify(x) === JSON.stringify(first)) };
}

const times = (x) => `${x.toFixed(x < 0.1 ? 3 : 2)}×`;
const megabytes = (bytes) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en-US')} MB`;

/**
 * The ratio at the marginal rate (the cost of one more page, start-up left out), beside the judged whole-run ratio:
 * what a longer run tends to. Only shown, never judged.
 */
function marginalRatio(run, marginal, toNull) {
  if (marginal === null || run.triples == null || run.pages == null || toNull.triplesPerSecond == null) return '';
  return `; at the marginal rate ${times((marginal * run.triples) / run.pages / toNull.triplesPerSecond)}, start-up left out`;
}

/** Each target of the issue, what this run measured for it, and whether it is met. */
function targets({ corpus, runs, baseline, marginal, machine: m, jobs }) {
  const byName = (name) => runs.find((r) => r.name === name);
  const calibration = byName('calibration');
  const nullRun = byName('ntriples-null');
  const out = [];
  const cores = m.availableParallelism === 2 ? '' : ` (this machine has ${m.availableParallelism} CPUs, the target is for 2)`;
  out.push({
    target: `raw pages → N-Triples to /dev/null ≥ ${TARGET_PAGES_PER_SECOND.toLocaleString('en-US')} pages/s on 2 cores`,
    measured:
      nullRun.pagesPerSecond === null
        ? 'the run failed'
        : `${Math.round(nullRun.pagesPerSecond).toLocaleString('en-US')} pages/s over the whole run; ${marginal === null ? '—' : Math.round(marginal).toLocaleString('en-US')} pages/s marginal${cores}`,
    status: nullRun.pagesPerSecond === null ? 'not measured' : nullRun.pagesPerSecond >= TARGET_PAGES_PER_SECOND ? 'met' : 'not met',
  });
  const [toNull, toFile] = baseline?.targets ?? [];
  out.push({
    target: `≥ ${TARGET_RATIO}× the hand-written N-Triples writer on the same triples (to /dev/null)`,
    measured:
      toNull?.ratio == null
        ? 'not measured'
        : `${times(toNull.ratio)} (to a file: ${toFile?.ratio == null ? '—' : times(toFile.ratio)})${marginalRatio(nullRun, marginal, toNull)}`,
    status: toNull?.ratio == null ? 'not measured' : toNull.ratio >= TARGET_RATIO ? 'met' : 'not met',
  });
  // Every run on the full NDJSON corpus (the plain-text corpus is smaller: it has no portal pages).
  const ndjsonRuns = runs.filter((r) => r.name !== 'calibration' && r.name !== 'text-ntriples-null');
  const peak = Math.max(...ndjsonRuns.map((r) => r.peakRssBytes ?? 0));
  const atSize = corpus.pages >= TARGET_RSS_PAGES;
  const failedRss = ndjsonRuns.some((r) => r.failure !== null);
  // The pipeline streams, so the peak is told at size (--pages 1M), not extrapolated: the small run's peak is shown
  // beside it to see whether it grows with the pages at all.
  out.push({
    target: `peak RSS < ${TARGET_RSS_BYTES / 1024 / 1024} MB for ${TARGET_RSS_PAGES.toLocaleString('en-US')} pages`,
    measured:
      `${Math.round(peak / 1024 / 1024).toLocaleString('en-US')} MB at ${corpus.pages.toLocaleString('en-US')} pages` +
      (calibration.peakRssBytes === null ? '' : ` (${megabytes(calibration.peakRssBytes)} at ${calibration.pages.toLocaleString('en-US')})`) +
      (failedRss ? ' (some runs failed)' : '') +
      (atSize ? '' : '; run --pages 1M to measure at size'),
    status: atSize || peak >= TARGET_RSS_BYTES ? (peak < TARGET_RSS_BYTES && !failedRss ? 'met' : 'not met') : 'not measured at this size',
  });
  if (!jobs) {
    out.push({ target: `--jobs 2 ≥ ${TARGET_JOBS_SPEEDUP}× --jobs 1`, measured: 'no --jobs option yet', status: 'not measurable yet' });
  } else {
    const [jobs1, jobs2] = [byName('jobs-1'), byName('jobs-2')];
    const speedup = jobs1?.failure === null && jobs2?.failure === null ? jobs1.wallSeconds / jobs2.wallSeconds : null;
    out.push({
      target: `--jobs 2 ≥ ${TARGET_JOBS_SPEEDUP}× --jobs 1`,
      measured: speedup === null ? 'a run failed' : times(speedup),
      status: speedup === null ? 'not measured' : speedup >= TARGET_JOBS_SPEEDUP ? 'met' : 'not met',
    });
  }
  return out;
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
