// The benchmark's report: the machine it ran on, the runs as a table, the targets, as text, JSON and Markdown.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';

const read = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

/** CPU model, cores (physical and logical), memory, OS, Node and V8, and the heap limit a child gets by default. */
export function machine() {
  const cpuinfo = read('/proc/cpuinfo');
  const model = /^model name\s*:\s*(.*)$/mu.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const mhz = /^cpu MHz\s*:\s*(.*)$/mu.exec(cpuinfo)?.[1];
  const physical = new Set(
    cpuinfo
      .split('\n\n')
      .filter((block) => block.includes('core id'))
      .map((block) => `${/physical id\s*:\s*(\d+)/u.exec(block)?.[1]}/${/core id\s*:\s*(\d+)/u.exec(block)?.[1]}`),
  );
  return {
    cpu: mhz === undefined ? model : `${model} @ ${Math.round(Number(mhz))} MHz`,
    logicalCpus: os.cpus().length,
    availableParallelism: os.availableParallelism(),
    physicalCores: cpuinfo.includes('core id') ? physical.size : null,
    memoryBytes: os.totalmem(),
    os: `${/^PRETTY_NAME="?([^"\n]*)"?$/mu.exec(read('/etc/os-release'))?.[1] ?? os.type()} (${os.type()} ${os.release()}, ${os.arch()})`,
    node: process.version,
    v8: process.versions.v8,
    heapLimitBytes: v8.getHeapStatistics().heap_size_limit,
  };
}

export function gitState(cwd) {
  const git = (...args) => spawnSync('git', args, { cwd, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return null;
  return { commit: head.stdout.trim(), dirty: git('status', '--porcelain', '--', 'src', 'bin', 'schemas', 'data').stdout.trim() !== '' };
}

const MB = 1024 * 1024;
const int = (n) => (n === null || n === undefined || !Number.isFinite(n) ? '—' : Math.round(n).toLocaleString('en-US'));
const fixed = (n, digits) => (n === null || n === undefined || !Number.isFinite(n) ? '—' : n.toFixed(digits));
export const mb = (bytes) => (bytes === null || bytes === undefined ? '—' : `${int(bytes / MB)} MB`);

/** The runs as rows of cells, for the text and Markdown tables. */
function runRows(runs) {
  return runs.map((r) => [
    r.label,
    int(r.pages),
    int(r.triples),
    fixed(r.wallSeconds, 2),
    int(r.pagesPerSecond),
    int(r.triplesPerSecond),
    mb(r.peakRssBytes),
    r.cpuSeconds === null ? '—' : `${Math.round((100 * r.cpuSeconds) / r.wallSeconds)}%`,
    r.failure === null ? 'ok' : `exit ${r.exitCode ?? r.signal}`,
  ]);
}
const RUN_HEADER = ['run', 'pages', 'triples', 'wall s', 'pages/s', 'triples/s', 'peak RSS', 'CPU', 'result'];

function textTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function markdownTable(header, rows, alignLeft = 1) {
  const sep = header.map((_, i) => (i < alignLeft ? '---' : '---:'));
  const esc = (c) => String(c).replace(/\|/gu, '\\|');
  return [header, sep, ...rows].map((r) => `| ${r.map(esc).join(' | ')} |`).join('\n');
}

function baselineRows(results) {
  const b = results.baseline;
  if (b === null) return [];
  return b.targets.map((t) => [
    t.label,
    int(b.triples),
    fixed(t.seconds, 2),
    int(t.triplesPerSecond),
    int(t.ours?.triplesPerSecond),
    t.ratio === null ? '—' : `${fixed(t.ratio, 3)}×`,
    t.sameBytesAsOurs ? 'yes' : 'no',
  ]);
}
const BASELINE_HEADER = ['baseline writer', 'triples', 'write s', 'triples/s', 'ours triples/s', 'ours ÷ baseline', 'same bytes'];

const targetRows = (targets) => targets.map((t) => [t.target, t.measured, t.status]);
const TARGET_HEADER = ['target', 'measured', 'status'];

function machineLine(m) {
  return `${m.cpu}, ${m.physicalCores ?? '?'} cores (${m.availableParallelism} available), ${(m.memoryBytes / 1024 ** 3).toFixed(1)} GB RAM, ${m.os}, Node ${m.node} (V8 ${m.v8}, heap limit ${mb(m.heapLimitBytes)})`;
}

function corpusLine(c) {
  return (
    `${int(c.pages)} pages (${int(c.itemPages)} item pages, ${int(c.portalPages)} portal pages) of ${int(c.items)} items, ` +
    `${Object.keys(c.uiLanguages).length} UI languages; NDJSON ${mb(c.ndjson.bytes)}, plain text ${mb(c.text.bytes)}; ` +
    `rendered in ${fixed(c.seconds, 1)} s (${int(c.pages / c.seconds)} pages/s)`
  );
}

function convertedLine(c) {
  if (c === null) return 'no run on the full corpus finished';
  const d = c.diagnostics;
  return (
    `${int(c.pages)} pages → ${int(c.entities)} entities, ${int(c.statements)} statements, ${int(d.error)} errors, ${int(d.warning)} warnings` +
    (c.allRunsAgree ? ' (every run on it)' : ' (the runs disagree: see bench-results.json)')
  );
}

function profileText(profile, row) {
  if (profile === null) return [];
  return [
    `CPU profile of ${profile.run} (${int(profile.totalMs)} ms sampled): ${profile.file}`,
    textTable(['self time by stage', 'ms', '%'], profile.stages.map(row)),
    '',
    textTable(['self time by function', 'ms', '%'], profile.functions.slice(0, 15).map(row)),
  ];
}

export function formatText(results) {
  return [
    `wbimport benchmark, ${results.date}`,
    `machine: ${machineLine(results.machine)}`,
    `corpus: ${corpusLine(results.corpus)}`,
    `converted: ${convertedLine(results.converted)}`,
    `peak RSS from: ${results.peakRssMethod === 'gnu-time' ? '/usr/bin/time -v (wait4 maxrss)' : '/proc/<pid>/status VmHWM, polled'}`,
    '',
    textTable(RUN_HEADER, runRows(results.runs)),
    '',
    `from the ${int(results.derived.calibrationPages)}-page and ${int(results.corpus.pages)}-page runs to /dev/null: ` +
      `${int(results.derived.marginalPagesPerSecond)} pages/s marginal, ${fixed(results.derived.fixedSeconds, 2)} s fixed cost`,
    '',
    ...(results.baseline === null ? ['baseline: not run (no N-Triples output to read)'] : [textTable(BASELINE_HEADER, baselineRows(results))]),
    '',
    'targets:',
    ...results.targets.map((t) => `  ${t.status.padEnd(26)} ${t.target}\n  ${''.padEnd(26)} measured: ${t.measured}`),
    ...(results.failures.length === 0 ? [] : ['', 'failed runs:', ...results.failures]),
    ...(results.profile === null ? [] : ['', ...profileText(results.profile, (r) => [r.name, int(r.ms), fixed(r.percent, 1)])]),
  ].join('\n');
}

export function formatMarkdown(results) {
  const row = (r) => [`\`${r.name}\``, int(r.ms), fixed(r.percent, 1)];
  const profile = results.profile;
  return [
    `# wbimport benchmark results`,
    '',
    `- **Date**: ${results.date}`,
    `- **Machine**: ${machineLine(results.machine)}`,
    `- **Commit**: ${results.git === null ? 'unknown' : `${results.git.commit}${results.git.dirty ? ' (with local changes)' : ''}`}`,
    `- **Command**: \`${results.command}\``,
    `- **Corpus** (seed ${results.options.seed}): ${corpusLine(results.corpus)}`,
    `- **Converted**: ${convertedLine(results.converted)}`,
    `- **Peak RSS** from ${results.peakRssMethod === 'gnu-time' ? '`/usr/bin/time -v` (the kernel\'s maximum resident set of the child)' : '`/proc/<pid>/status` VmHWM, polled every 20 ms'}`,
    '',
    '## Runs (the real CLI, one child process each)',
    '',
    markdownTable(RUN_HEADER, runRows(results.runs)),
    '',
    `From the ${int(results.derived.calibrationPages)}-page and ${int(results.corpus.pages)}-page runs to /dev/null: ` +
      `**${int(results.derived.marginalPagesPerSecond)} pages/s marginal** (the cost of one more page), ` +
      `${fixed(results.derived.fixedSeconds, 2)} s fixed cost (startup, modules, each UI language's Intl tables).`,
    '',
    '## Baseline: a minimal hand-written N-Triples writer on the same triples',
    '',
    results.baseline === null ? 'Not run: no N-Triples output to read.' : markdownTable(BASELINE_HEADER, baselineRows(results)),
    '',
    '## Targets',
    '',
    markdownTable(TARGET_HEADER, targetRows(results.targets), 3),
    ...(results.failures.length === 0 ? [] : ['', '## Failed runs', '', '```', ...results.failures, '```']),
    ...(profile === null
      ? []
      : [
          '',
          `## CPU profile (${profile.run}, ${int(profile.totalMs)} ms sampled)`,
          '',
          markdownTable(['self time by stage', 'ms', '%'], profile.stages.map(row)),
          '',
          markdownTable(['self time by function (compiled file and line)', 'ms', '%'], profile.functions.map(row)),
        ]),
    '',
  ].join('\n');
}
