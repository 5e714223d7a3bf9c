// Runs a Wikibase RDF conformance pack through the real `wbimport convert` and compares the triples as sets (blank
// nodes masked), entity by entity, showing missing (-) and extra (+) triples. Two kinds of pack:
// - entities/QN.json with expected/QN.nt (Wikibase's RdfBuilder test data): each entity converted on its own;
// - dump.json with expected.nt (a real Wikibase's JSON dump and its dumpRdf.php output): the dump converted whole,
//   then both sides split into entities (see conformance/entity-graphs.js).
// Usage: npm run conformance [-- <pack directory>…]   (default: every pack in ../shared/conformance)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough, Readable } from 'node:stream';
import { run } from '../dist/cli/main.js';
import { compareGraphs, entityGraphs, parseNTriples, termKey } from './conformance/entity-graphs.js';

const SHARED = fileURLToPath(new URL('../../shared/conformance/', import.meta.url));
const dirs = process.argv.length > 2 ? process.argv.slice(2) : existsSync(SHARED) ? readdirSync(SHARED).sort().map((d) => join(SHARED, d)) : [];
if (dirs.length === 0) {
  console.error('usage: npm run conformance -- <pack directory>… (no pack in ../shared/conformance)');
  process.exit(2);
}

async function convert(args) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = [];
  const err = [];
  stdout.on('data', (c) => out.push(c));
  stderr.on('data', (c) => err.push(c));
  const code = await run(['convert', ...args, '--to', 'ntriples'], { stdin: Readable.from([]), stdout, stderr });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

let passed = 0;
let failed = 0;
function report(name, size, code, stderr, missing, extra) {
  if (code === 0 && missing.length === 0 && extra.length === 0) {
    passed += 1;
    console.log(`ok   ${name} (${size} triples)`);
    return;
  }
  failed += 1;
  console.log(`FAIL ${name}: exit ${code}, ${missing.length} missing, ${extra.length} extra`);
  if (code !== 0) console.log(stderr.replace(/^/gmu, '  '));
  for (const t of missing) console.log(`  - ${t}`);
  for (const t of extra) console.log(`  + ${t}`);
}

const tripleSet = (text) => new Set(parseNTriples(text).map((q) => `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)} .`));

for (const dir of dirs) {
  if (dirs.length > 1) console.log(`# ${dir}`);
  if (existsSync(join(dir, 'dump.json'))) {
    // The dump as the pack's README says to convert it: its URI bases and datatypes, nothing else.
    const settings = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));
    const file = join(dir, 'dump.json');
    const result = await convert([file, '--concept-uri', settings.conceptUriBase, '--data-uri', settings.dataUriBase, '--datatypes', join(dir, 'datatypes.json')]);
    const ids = readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.trim().replace(/,$/u, ''))
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line).id);
    const bases = { conceptUriBase: settings.conceptUriBase, dataUriBase: settings.dataUriBase };
    const expected = entityGraphs(readFileSync(join(dir, 'expected.nt'), 'utf8'), ids, bases);
    const actual = entityGraphs(result.stdout, ids, bases);
    for (const id of ids) {
      const { missing, extra } = compareGraphs(expected.get(id), actual.get(id));
      report(id, expected.get(id).size, result.code, result.stderr, missing, extra);
    }
  } else {
    // The settings the pack's README says its expected output was made with.
    const SETTINGS = [
      '--concept-uri', 'http://acme.test/',
      '--data-uri', 'http://data.acme.test/',
      '--datatypes', join(dir, 'datatypes.json'),
      '--revision', '42',
      '--modified', '2013-10-04T03:31:05Z',
    ];
    for (const file of readdirSync(join(dir, 'entities')).filter((f) => f.endsWith('.json')).sort()) {
      const name = file.replace(/\.json$/u, '');
      const result = await convert([join(dir, 'entities', file), ...SETTINGS]);
      const expected = tripleSet(readFileSync(join(dir, 'expected', `${name}.nt`), 'utf8'));
      const actual = result.code === 0 ? tripleSet(result.stdout) : new Set();
      report(name, expected.size, result.code, result.stderr, [...expected].filter((t) => !actual.has(t)).sort(), [...actual].filter((t) => !expected.has(t)).sort());
    }
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
