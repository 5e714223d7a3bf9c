// Times the emit side on its own: building entities from drafts (merge keys, snak hashes, statement ids), then
// writing them as N-Triples and Turtle, against the benchmark's hand-written N-Triples writer on the same triples.
// Usage: node scripts/bench/serializers.mjs [--items N] [--runs R] [--dist DIR]   (after npm run build)
// --dist points at another build (e.g. a checkout of an older commit) to compare before and after on one machine.
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { runBaseline } from './baseline.mjs';
import { projectItem } from './items.mjs';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '5' },
    dist: { type: 'string', default: new URL('../../dist', import.meta.url).pathname },
    seed: { type: 'string', default: '20240601' },
  },
});
const N = Number(values.items);
const RUNS = Number(values.runs);
const dist = resolve(values.dist);
const { EntityBuilder } = await import(join(dist, 'merge/index.js'));
const { OUTPUT_FORMATS } = await import(join(dist, 'emit/index.js'));
const { loadProfile } = await import(join(dist, 'files/index.js'));

const profile = await loadProfile();
const rdf = {
  conceptUriBase: profile.wikibase.conceptUriBase,
  dataUriBase: profile.wikibase.dataUriBase,
  datatypes: Object.fromEntries(Object.entries(profile.properties).map(([p, d]) => [p, d.datatype])),
  ...(profile.wikibase.license === undefined ? {} : { license: profile.wikibase.license }),
};

/** The drafts interpreting the item's pages would give: its terms and statements, each with a span. */
function draftOf(item) {
  const span = { file: 'bench', line: 1, column: 1 };
  const terms = [];
  for (const t of Object.values(item.labels)) terms.push({ kind: 'label', language: t.language, value: t.value, span });
  for (const t of Object.values(item.descriptions)) terms.push({ kind: 'description', language: t.language, value: t.value, span });
  for (const list of Object.values(item.aliases)) for (const t of list) terms.push({ kind: 'alias', language: t.language, value: t.value, span });
  const statements = [];
  for (const list of Object.values(item.claims)) {
    for (const s of list) {
      const snak = (x) => ({ property: x.property, datatype: x.datatype, datavalue: x.datavalue, span });
      const qualifiers = (s['qualifiers-order'] ?? []).flatMap((p) => s.qualifiers[p].map(snak));
      statements.push({ ...snak(s.mainsnak), rank: s.rank, qualifiers });
    }
  }
  return { id: item.id, span, terms, statements };
}

const drafts = Array.from({ length: N }, (_, n) => draftOf(projectItem(Number(values.seed), n).item));

/** Builds every entity, from fresh copies of the drafts each run (as values are hashed once per object), timed. */
function build() {
  let seconds = Infinity;
  let cpu = Infinity;
  let items = [];
  for (let i = 0; i < RUNS; i += 1) {
    const fresh = structuredClone(drafts);
    const started = performance.now();
    const usage = process.cpuUsage();
    items = fresh.map((d) => {
      const builder = new EntityBuilder(d.id, profile);
      builder.add(d);
      return builder.build().item;
    });
    const used = process.cpuUsage(usage);
    seconds = Math.min(seconds, (performance.now() - started) / 1000);
    cpu = Math.min(cpu, (used.user + used.system) / 1e6);
  }
  return { seconds, cpu, items };
}

const built = build();
const entities = built.items;

/** Writes text to a file descriptor in chunks of about 64 kB, as the baseline writer does. */
class Sink {
  constructor(path) {
    this.fd = openSync(path, 'w');
    this.text = '';
  }
  write(text) {
    this.text += text;
    if (this.text.length >= 65536) this.flush();
  }
  flush() {
    writeSync(this.fd, Buffer.from(this.text, 'utf8'));
    this.text = '';
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

/** Through the format's chunk serializer when it has one, else (older builds) through its emitter on a sync sink. */
async function serialize(format, path) {
  const sink = new Sink(path);
  const options = { rdf, onDiagnostic: () => {} };
  const { serializer, create } = OUTPUT_FORMATS[format];
  if (serializer !== undefined) {
    const s = serializer(options);
    sink.write(s.head);
    entities.forEach((e, i) => sink.write(i === 0 ? s.entity(e) : s.separator + s.entity(e)));
    sink.write(s.tail);
  } else {
    const out = new Writable({ write(chunk, _encoding, done) { sink.write(chunk.toString('utf8')); done(); } });
    const emitter = create({ ...options, out });
    for (const e of entities) await emitter.write(e);
    await emitter.end();
  }
  sink.close();
}

/** The best wall time of the runs, and the best CPU time (user + system), which a busy machine disturbs less. */
async function timeFormat(format, path) {
  let seconds = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    const usage = process.cpuUsage();
    await serialize(format, path);
    const used = process.cpuUsage(usage);
    seconds = Math.min(seconds, (performance.now() - started) / 1000);
    cpu = Math.min(cpu, (used.user + used.system) / 1e6);
  }
  return { seconds, cpu };
}

const dir = mkdtempSync(join(tmpdir(), 'wbimport-serializers-'));
try {
  const nt = join(dir, 'out.nt');
  await serialize('ntriples', nt);
  // The machine is shared and busy at times: every figure is the best of its runs, the baseline's too.
  let baseline = 0;
  let triples = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const run = await runBaseline(nt, ['/dev/null']);
    triples = run.triples;
    baseline = Math.max(baseline, run.targets[0].triplesPerSecond);
  }
  const ntriples = await timeFormat('ntriples', '/dev/null');
  const ttl = await timeFormat('turtle', '/dev/null');
  const rows = [
    ['build (merge, hashes, statement ids)', built],
    ['N-Triples → /dev/null', ntriples],
    ['Turtle → /dev/null', ttl],
    ['baseline writer → /dev/null', { seconds: triples / baseline }],
  ];
  const number = (n) => Math.round(n).toLocaleString('en');
  console.log(`${N} entities, ${triples} triples (${(triples / N).toFixed(1)} per entity), best of ${RUNS}, dist ${dist}`);
  for (const [label, { seconds, cpu }] of rows) {
    const cpuText = cpu === undefined ? '' : `   CPU ${cpu.toFixed(3)} s, ${number(triples / cpu)} triples/s`;
    console.log(`${label.padEnd(38)} ${seconds.toFixed(3).padStart(7)} s ${number(triples / seconds).padStart(10)} triples/s ${number(N / seconds).padStart(7)} entities/s${cpuText}`);
  }
  const ratio = (t) => (triples / t.seconds / baseline).toFixed(2);
  console.log(`wall time ÷ the baseline writer's: N-Triples ${ratio(ntriples)}×, Turtle ${ratio(ttl)}×`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
