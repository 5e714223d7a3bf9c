// Runs the Wikibase RDF conformance pack (entities/*.json → our RDF, compared with expected/*.nt as triple sets).
// Usage: npm run conformance -- ../shared/conformance/wikibase-rdf   (needs `npm run build` first; the script does it)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'n3';
import { ItemRdf, ItemSchema } from '../dist/index.js';

const dir = process.argv[2];
if (dir === undefined) {
  console.error('usage: npm run conformance -- <pack directory>');
  process.exit(2);
}

const key = (t) =>
  t.termType === 'BlankNode' ? '_:b' : t.termType === 'Literal' ? `${JSON.stringify(t.value)}${t.language ? `@${t.language}` : `^^${t.datatype.value}`}` : `<${t.value}>`;
const set = (quads) => new Set(quads.map((q) => `${key(q.subject)} ${key(q.predicate)} ${key(q.object)} .`));

const datatypes = JSON.parse(readFileSync(join(dir, 'datatypes.json'), 'utf8'));
const mapping = new ItemRdf({
  conceptUriBase: 'http://acme.test/',
  dataUriBase: 'http://data.acme.test/',
  license: 'http://creativecommons.org/publicdomain/zero/1.0/',
  datatypes,
  revision: 42,
  modified: '2013-10-04T03:31:05Z',
});

let passed = 0;
let failed = 0;
for (const file of readdirSync(join(dir, 'entities')).sort()) {
  const name = file.replace(/\.json$/, '');
  const parsed = ItemSchema.safeParse(JSON.parse(readFileSync(join(dir, 'entities', file), 'utf8')));
  if (!parsed.success) {
    failed += 1;
    console.log(`FAIL ${name}: not a valid entity: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    continue;
  }
  const actual = set(mapping.quads(parsed.data));
  const expected = set(new Parser({ format: 'N-Triples' }).parse(readFileSync(join(dir, 'expected', `${name}.nt`), 'utf8')));
  const missing = [...expected].filter((t) => !actual.has(t)).sort();
  const extra = [...actual].filter((t) => !expected.has(t)).sort();
  if (missing.length === 0 && extra.length === 0) {
    passed += 1;
    console.log(`ok   ${name} (${expected.size} triples)`);
  } else {
    failed += 1;
    console.log(`FAIL ${name}: ${missing.length} missing, ${extra.length} extra`);
    for (const t of missing) console.log(`  - ${t}`);
    for (const t of extra) console.log(`  + ${t}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
