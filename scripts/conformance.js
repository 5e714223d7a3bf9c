// Runs a Wikibase RDF conformance pack through the real `wbimport convert`: each entities/QN.json is converted to
// N-Triples with the pack's settings and compared with expected/QN.nt as a set of triples (blank nodes masked).
// Usage: npm run conformance -- ../shared/conformance/wikibase-rdf
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { Parser } from 'n3';
import { run } from '../dist/cli/main.js';

const dir = process.argv[2];
if (dir === undefined) {
  console.error('usage: npm run conformance -- <pack directory>');
  process.exit(2);
}

// The settings the pack's README says its expected output was made with.
const SETTINGS = [
  '--concept-uri', 'http://acme.test/',
  '--data-uri', 'http://data.acme.test/',
  '--datatypes', join(dir, 'datatypes.json'),
  '--revision', '42',
  '--modified', '2013-10-04T03:31:05Z',
];

const key = (t) =>
  t.termType === 'BlankNode'
    ? '_:b'
    : t.termType === 'Literal'
      ? `${JSON.stringify(t.value)}${t.language ? `@${t.language}` : `^^<${t.datatype.value}>`}`
      : `<${t.value}>`;
const tripleSet = (text) => new Set(new Parser({ format: 'N-Triples' }).parse(text).map((q) => `${key(q.subject)} ${key(q.predicate)} ${key(q.object)} .`));

async function convert(file) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = [];
  const err = [];
  stdout.on('data', (c) => out.push(c));
  stderr.on('data', (c) => err.push(c));
  const code = await run(['convert', file, '--to', 'ntriples', ...SETTINGS], { stdin: Readable.from([]), stdout, stderr });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

let passed = 0;
let failed = 0;
for (const file of readdirSync(join(dir, 'entities')).filter((f) => f.endsWith('.json')).sort()) {
  const name = file.replace(/\.json$/u, '');
  const result = await convert(join(dir, 'entities', file));
  const expected = tripleSet(readFileSync(join(dir, 'expected', `${name}.nt`), 'utf8'));
  const actual = result.code === 0 ? tripleSet(result.stdout) : new Set();
  const missing = [...expected].filter((t) => !actual.has(t)).sort();
  const extra = [...actual].filter((t) => !expected.has(t)).sort();
  if (result.code === 0 && missing.length === 0 && extra.length === 0) {
    passed += 1;
    console.log(`ok   ${name} (${expected.size} triples)`);
  } else {
    failed += 1;
    console.log(`FAIL ${name}: exit ${result.code}, ${missing.length} missing, ${extra.length} extra`);
    if (result.code !== 0) console.log(result.stderr.replace(/^/gmu, '  '));
    for (const t of missing) console.log(`  - ${t}`);
    for (const t of extra) console.log(`  + ${t}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
