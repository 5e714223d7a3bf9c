// The fixtures that have golden N-Triples: what `wbimport load` is given for each, and what it must store.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../../support/run-cli.js';

export interface LoadFixture {
  readonly name: string;
  /** Inputs and the case's own arguments, as for `convert`. */
  readonly args: string[];
  /** The exit code `convert` gives: `load` gives the same when the store takes everything. */
  readonly exit: number;
  readonly expectedNt: string;
}

const FIXTURES = join(REPO, 'fixtures');

export function loadFixtures(): LoadFixture[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIXTURES, d.name, 'expected.nt')) && existsSync(join(FIXTURES, d.name, 'case.json')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = join(FIXTURES, name);
      const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { args: string[]; exit: number };
      const inputs = readdirSync(dir)
        .filter((f) => f.startsWith('input'))
        .sort()
        .map((f) => join('fixtures', name, f));
      return { name, args: [...inputs, ...spec.args], exit: spec.exit, expectedNt: readFileSync(join(dir, 'expected.nt'), 'utf8') };
    });
}
