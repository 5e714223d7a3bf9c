// `npm run fuzz -- --seconds N [--seed S]`: the fuzz suite (test/fuzz) for longer than npm test's few seconds;
// prints one line of figures (cases, crashes, hangs, lost lines, --jobs differences) and exits 1 on any failure,
// whose cases are kept in .fuzz/report.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' }, seed: { type: 'string', default: '17' } } });
for (const [flag, value] of Object.entries(values)) {
  if (!/^\d+$/u.test(value)) throw new Error(`--${flag} expects a whole number, got "${value}"`);
}
mkdirSync(join(ROOT, '.fuzz'), { recursive: true });
const report = join(ROOT, '.fuzz', 'report.json');
rmSync(report, { force: true });
const run = spawnSync('npx', ['vitest', 'run', 'test/fuzz', '--reporter=dot'], {
  cwd: ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, FUZZ_SECONDS: values.seconds, FUZZ_SEED: values.seed, FUZZ_REPORT: report, FUZZ_JOBS_EVERY: '10' },
});
if (!existsSync(report)) {
  console.error('fuzz: the suite did not run to its end (see above)');
  process.exit(1);
}
const { line, failures } = JSON.parse(readFileSync(report, 'utf8'));
console.log(line);
if (failures.length > 0) console.error(`fuzz: failing cases in ${report}`);
process.exit(run.status === 0 && failures.length === 0 ? 0 : 1);
