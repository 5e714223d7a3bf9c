// Wikibase's own expected RDF (the conformance pack beside the repository, when present) against `npm run conformance`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/run-cli.js';

const PACK = join(REPO, '..', 'shared', 'conformance', 'wikibase-rdf');

describe('Wikibase RDF conformance pack', () => {
  it.skipIf(!existsSync(PACK))('gives exactly the triples Wikibase gives, for every entity', () => {
    const entities = readdirSync(join(PACK, 'entities')).filter((f) => f.endsWith('.json')).length;
    const output = execFileSync(process.execPath, [join(REPO, 'scripts', 'conformance.js'), PACK], { cwd: REPO, encoding: 'utf8' });
    expect(output.trim().split('\n').at(-1), output).toBe(`${entities} passed, 0 failed`);
  });
});
