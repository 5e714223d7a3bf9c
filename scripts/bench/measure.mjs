// Runs the real CLI as a child process and measures it: wall time, peak RSS (VmHWM), CPU time, its summary line.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readSync, fstatSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

/** GNU time's `-v` report gives the peak RSS from wait4(); without it, /proc/<pid>/status is polled instead. */
export function peakRssMethod() {
  if (!existsSync(GNU_TIME)) return 'proc';
  const probe = spawnSync(GNU_TIME, ['-v', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /Maximum resident set size/u.test(probe.stderr) ? 'gnu-time' : 'proc';
}

/** The last `bytes` of a file, as text. */
function tail(path, bytes = 65536) {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, bytes);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    return buffer.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The `{"summary": …}` line `--diagnostics json` ends stderr with. */
function summaryOf(stderr) {
  const last = stderr.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(last).summary ?? null;
  } catch {
    return null;
  }
}

/**
 * Why a run failed, from its stderr: V8's fatal error ("JavaScript heap out of memory"), a thrown error ("Cannot
 * create a string longer than …"), else its last lines.
 */
function whyFailed(stderr, code, signal) {
  const lines = stderr.trim().split('\n');
  const reason = lines.find((l) => /FATAL ERROR|^\w*Error\b|^wbimport: /u.test(l.trim()));
  const status = signal === null ? `exit ${code}` : `signal ${signal}`;
  return `${status}: ${(reason ?? lines.slice(-3).join(' | ')).trim()}`;
}

function parseGnuTime(text) {
  const field = (name) => new RegExp(`${name}: (.*)`, 'u').exec(text)?.[1]?.trim();
  const kb = Number(field('Maximum resident set size \\(kbytes\\)'));
  return {
    peakRssBytes: Number.isFinite(kb) ? kb * 1024 : null,
    userSeconds: Number(field('User time \\(seconds\\)')),
    systemSeconds: Number(field('System time \\(seconds\\)')),
    signal: field('Command terminated by signal') ?? null,
  };
}

/** Polls VmHWM, the kernel's own high-water mark of the process's resident set, until the process exits. */
function pollPeakRss(pid) {
  let peak = null;
  const read = () => {
    try {
      const kb = /VmHWM:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      if (kb !== undefined) peak = Math.max(peak ?? 0, Number(kb) * 1024);
    } catch {
      // the process has gone: the last reading stands
    }
  };
  const timer = setInterval(read, 20);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

/**
 * Runs `node bin/wbimport.js <args>` in `cwd` with stdout discarded (the runs name their output with --output) and
 * stderr to a file in `workDir`; gives what was measured. `name` names the stderr and time files.
 */
export async function runCli({ name, args, cwd, workDir, method, nodeArgs = [] }) {
  const stderrPath = join(workDir, `${name}.stderr.txt`);
  const timePath = join(workDir, `${name}.time.txt`);
  const command = ['node', ...nodeArgs, 'bin/wbimport.js', ...args];
  const stderrFd = openSync(stderrPath, 'w');
  const started = performance.now();
  const child =
    method === 'gnu-time'
      ? spawn(GNU_TIME, ['-v', '-o', timePath, ...command], { cwd, stdio: ['ignore', 'ignore', stderrFd] })
      : spawn(command[0], command.slice(1), { cwd, stdio: ['ignore', 'ignore', stderrFd] });
  const stopPolling = method === 'proc' ? pollPeakRss(child.pid) : null;
  const { code, signal } = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (c, s) => resolve({ code: c, signal: s }));
  });
  const wallSeconds = (performance.now() - started) / 1000;
  closeSync(stderrFd);
  const measured = method === 'gnu-time' && existsSync(timePath) ? parseGnuTime(readFileSync(timePath, 'utf8')) : null;
  if (existsSync(timePath)) rmSync(timePath);
  const stderr = tail(stderrPath);
  const summary = summaryOf(stderr);
  return {
    name,
    command: command.join(' '),
    exitCode: code,
    signal: measured?.signal ?? signal ?? null,
    wallSeconds,
    peakRssBytes: measured?.peakRssBytes ?? stopPolling?.() ?? null,
    cpuSeconds: measured === null ? null : measured.userSeconds + measured.systemSeconds,
    summary,
    failure: code === 0 && summary !== null ? null : whyFailed(stderr, code, signal),
    stderrPath,
  };
}

/** Counts the lines of a file (one N-Triples triple a line) without reading it into memory. */
export function countLines(path) {
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(1 << 22);
  let lines = 0;
  try {
    for (let read; (read = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) {
      for (let at = buffer.indexOf(10, 0); at !== -1 && at < read; at = buffer.indexOf(10, at + 1)) lines += 1;
    }
  } finally {
    closeSync(fd);
  }
  return lines;
}
