// Times the front of the pipeline alone (read, split, parse, interpret), per stage, on the benchmark corpus.
//
//   node scripts/bench/front.mjs [--dist DIR] [--corpus DIR] [--passes N] [--check] [--startup]
//
// --dist      the compiled tree to measure (default dist/; a copy built elsewhere compares two commits)
// --corpus    where pages.ndjson and pages.txt are (default .bench/, written by `npm run bench -- --pages 10000`)
// --passes    how many times the parse and interpret stages run over the pages (the first pays the lazy tables)
// --check     also prints a SHA-256 of every parse and interpret result, diagnostics included (not timed), so two
//             builds can be shown to give the same results
// --startup   also measures, in fresh processes, importing the front modules and converting a first page
// Run it with `node --cpu-prof --cpu-prof-dir=DIR scripts/bench/front.mjs` to find the hot spots.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    corpus: { type: 'string', default: '.bench' },
    passes: { type: 'string', default: '2' },
    check: { type: 'boolean', default: false },
    startup: { type: 'boolean', default: false },
  },
});
const dist = pathToFileURL(`${resolve(args.dist)}/`);
const ndjsonPath = resolve(args.corpus, 'pages.ndjson');
const textPath = resolve(args.corpus, 'pages.txt');
const passes = Number(args.passes);

const { readInputs } = await import(new URL('source/index.js', dist).href);
const { parsePage, splitPages, pageItemId, sourceAddress } = await import(new URL('parse/index.js', dist).href);
const { interpretContext, interpretItemPage, interpretPortalPage } = await import(new URL('interpret/index.js', dist).href);
const { loadProfile } = await import(new URL('files/index.js', dist).href);
const profile = await loadProfile();

// Wall time and CPU time (this process, all threads: V8's helpers included) of each stage. On a shared machine the
// CPU time is the steadier figure, so pages/s are given by both.
const rows = [];
const rate = (n, ms) => Math.round((n * 1000) / ms);
function clock() {
  const { user, system } = process.cpuUsage();
  return { wall: performance.now(), cpu: (user + system) / 1000 };
}
function since(start) {
  const now = clock();
  return { wall: now.wall - start.wall, cpu: now.cpu - start.cpu };
}
const plus = (a, b) => ({ wall: a.wall + b.wall, cpu: a.cpu + b.cpu });
function record(stage, pages, t, extra = '') {
  rows.push({ stage, pages, wall: Math.round(t.wall), cpu: Math.round(t.cpu), rate: rate(pages, t.wall), cpuRate: rate(pages, t.cpu), extra });
}

/** Reads every source of a file; the pages are kept for the next stages (the corpus is small enough). */
async function readAll(path) {
  const pages = [];
  let diagnostics = 0;
  const start = clock();
  for await (const item of readInputs([path])) {
    if ('page' in item) pages.push(item.page);
    else if ('diagnostic' in item) diagnostics += 1;
  }
  return { pages, diagnostics, t: since(start) };
}

/** Splits the plain-text sources into pages, as the pipeline does for sources without an address. */
function splitAll(sources) {
  const start = clock();
  const pages = [];
  for (const source of sources) {
    if (source.url === undefined && source.item === undefined) for (const page of splitPages(source)) pages.push(page);
    else pages.push(source);
  }
  return { pages, t: since(start) };
}

/** Each page's item, told before parsing (what the main thread groups pages by); absent from older builds. */
function keyAll(sources) {
  const start = clock();
  let keyed = 0;
  for (const source of sources) if (pageItemId(source, profile) !== undefined) keyed += 1;
  return { keyed, t: since(start) };
}

function parseAll(sources) {
  const parsed = new Array(sources.length);
  const start = clock();
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i];
    const { address, diagnostic } = sourceAddress(source, profile);
    parsed[i] = { address, diagnostic, result: parsePage(source, address, null) };
  }
  return { parsed, t: since(start) };
}

const contexts = new Map();
function contextFor(language) {
  let ctx = contexts.get(language);
  if (ctx === undefined) contexts.set(language, (ctx = interpretContext(profile, language)));
  return ctx;
}

function interpretAll(parsed) {
  const results = new Array(parsed.length);
  const start = clock();
  for (let i = 0; i < parsed.length; i++) {
    const { address, result } = parsed[i];
    const page = result.page;
    if (page === null) continue;
    if (page.kind === 'item' && address !== null && address.id !== page.id) continue;
    // No language model here: a portal page without a language in its address is interpreted as unidentified.
    results[i] =
      page.kind === 'item'
        ? interpretItemPage(page, contextFor(page.uiLanguage))
        : interpretPortalPage(page, address, contextFor(address?.language ?? 'en'), null);
  }
  return { results, t: since(start) };
}

/** A digest of results as data: what a change of speed must leave alone. */
function digest(parsed, results) {
  const hash = createHash('sha256');
  const replacer = (key, value) => (key === 'source' ? undefined : typeof value === 'bigint' ? `${value}n` : value);
  for (let i = 0; i < parsed.length; i++) {
    hash.update(JSON.stringify({ p: parsed[i], r: results[i] ?? null }, replacer));
    hash.update('\n');
  }
  return hash.digest('hex').slice(0, 16);
}

async function runCorpus(name, path) {
  const read = await readAll(path);
  record(`${name}: read (readInputs)`, read.pages.length, read.t, `${read.diagnostics} diagnostics`);
  const split = splitAll(read.pages);
  record(`${name}: split (splitPages, as the pipeline calls it)`, split.pages.length, split.t);
  const pages = split.pages;
  if (pageItemId !== undefined) {
    const keys = keyAll(pages);
    record(`${name}: item key (pageItemId)`, pages.length, keys.t, `${keys.keyed} keyed`);
  }
  let last;
  for (let pass = 1; pass <= passes; pass++) {
    const parsed = parseAll(pages);
    record(`${name}: parse (sourceAddress + parsePage), pass ${pass}`, pages.length, parsed.t);
    const interpreted = interpretAll(parsed.parsed);
    record(`${name}: interpret, pass ${pass}`, pages.length, interpreted.t);
    record(`${name}: parse + interpret, pass ${pass}`, pages.length, plus(parsed.t, interpreted.t));
    last = { parsed: parsed.parsed, results: interpreted.results };
  }
  const diagnostics = last.parsed.reduce((n, p, i) => n + p.result.diagnostics.length + (p.diagnostic ? 1 : 0) + (last.results[i]?.diagnostics.length ?? 0), 0);
  const drafts = last.results.filter((r) => r?.draft != null).length;
  const statements = last.results.reduce((n, r) => n + (r?.draft?.statements.length ?? 0), 0);
  console.log(`${name}: ${pages.length} pages, ${drafts} drafts, ${statements} statements, ${diagnostics} diagnostics${args.check ? `, results ${digest(last.parsed, last.results)}` : ''}`);
}

/**
 * What a worker thread pays before its pages go at full speed, in fresh processes: importing the front modules and
 * loading the profile, then the first item page met in each UI language (its tables built: phrases, language names,
 * dates, numbers, units), then a second page in a language already met.
 */
function startup() {
  const script = `
    const t0 = performance.now();
    const dist = ${JSON.stringify(dist.href)};
    const [, { parsePage, sourceAddress }, { interpretContext, interpretItemPage }, { loadProfile }] = await Promise.all(
      ['source', 'parse', 'interpret', 'files'].map((m) => import(new URL(m + '/index.js', dist).href)));
    const profile = await loadProfile();
    const imported = performance.now();
    const { readFileSync } = await import('node:fs');
    const records = readFileSync(${JSON.stringify(ndjsonPath)}, 'utf8').split('\\n', 4000).filter((l) => l !== '').map((l) => JSON.parse(l));
    const firsts = new Map();
    let again;
    const convert = (record) => {
      const source = { text: record.text, url: record.url, file: 'x', line: 1, inRecord: true };
      const start = performance.now();
      const { address } = sourceAddress(source, profile);
      const { page } = parsePage(source, address, null);
      if (page?.kind !== 'item') return null;
      interpretItemPage(page, interpretContext(profile, page.uiLanguage));
      return { language: page.uiLanguage, ms: performance.now() - start };
    };
    for (const record of records) {
      if (!record.url.includes('/Item:')) continue;
      const result = convert(record);
      if (result === null) continue;
      if (!firsts.has(result.language)) firsts.set(result.language, result.ms);
      else if (again === undefined) again = result.ms;
      if (firsts.size === 24) break;
    }
    console.log(JSON.stringify({ imports: imported - t0, firsts: Object.fromEntries(firsts), again }));
  `;
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })));
  const median = (f) => runs.map(f).sort((a, b) => a - b)[1];
  const languages = Object.keys(runs[0].firsts);
  const sum = (r) => languages.reduce((n, l) => n + (r.firsts[l] ?? 0), 0);
  console.log(`\nstart-up, median of 3 fresh processes:`);
  console.log(`  import the front modules and load the profile: ${median((r) => r.imports).toFixed(0)} ms`);
  console.log(`  first item page in each of ${languages.length} UI languages, together: ${median(sum).toFixed(0)} ms`);
  console.log(`    ${languages.map((l) => `${l} ${median((r) => r.firsts[l] ?? 0).toFixed(1)}`).join(', ')}`);
  console.log(`  a second page in a language met before: ${median((r) => r.again ?? 0).toFixed(2)} ms`);
}

await runCorpus('ndjson', ndjsonPath);
await runCorpus('text', textPath);
const width = Math.max(...rows.map((r) => r.stage.length));
const cells = (...c) => c.map((x, i) => (i === 0 ? String(x).padEnd(width) : String(x).padStart(i === 1 ? 6 : 9))).join('  ');
console.log(`\n${cells('stage', 'pages', 'wall ms', 'pages/s', 'CPU ms', 'pages/CPU s')}`);
for (const r of rows) console.log(`${cells(r.stage, r.pages, r.wall, r.rate, r.cpu, r.cpuRate)}  ${r.extra}`);
const memory = process.memoryUsage();
console.log(`\nheap used ${Math.round(memory.heapUsed / 2 ** 20)} MB, RSS ${Math.round(memory.rss / 2 ** 20)} MB (the pages are held on purpose)`);
if (args.startup) startup();
