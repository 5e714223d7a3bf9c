// Summarises a V8 CPU profile (`node --cpu-prof`): self time by function, by source file and by pipeline stage.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A script's path relative to the repository (`dist/parse/….js`), or its URL (`node:internal/…`). */
function localPath(url) {
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  return path.startsWith(ROOT) ? path.slice(ROOT.length) : path;
}

/** A profile node's file, as a reader of this repository names it: `src/parse/….ts`, `n3 (npm)`, `node:internal/…`. */
function fileOf(callFrame) {
  const { url, functionName } = callFrame;
  if (url === '') return functionName.startsWith('RegExp: ') ? '(regular expressions)' : functionName || '(native)';
  const local = localPath(url);
  const dist = /^dist\/(.*)\.js$/u.exec(local);
  if (dist !== null) return `src/${dist[1]}.ts`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//u.exec(local);
  if (pkg !== null) return `${pkg[1]} (npm)`;
  return local;
}

/** The pipeline stage a file belongs to (`src/parse/…` → parse), or what else it is. */
function stageOf(file) {
  const src = /^src\/([^/]+)\//u.exec(file);
  if (src !== null) return src[1];
  if (file.endsWith('(npm)')) return file;
  if (file.startsWith('node:')) return 'node (streams, crypto, modules)';
  return file;
}

const top = (map, total, count) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, micros]) => ({ name, ms: Math.round(micros / 1000), percent: Math.round((1000 * micros) / total) / 10 }));

/** Reads the one `.cpuprofile` in `dir` and gives the top self-time functions, files and stages. */
export function summariseProfile(dir, count = 20) {
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (file === undefined) throw new Error(`no .cpuprofile in ${dir}`);
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const functions = new Map();
  const files = new Map();
  const stages = new Map();
  let total = 0;
  for (const [id, micros] of self) {
    const frame = nodes.get(id).callFrame;
    const where = fileOf(frame);
    // Line numbers are the compiled file's (dist/), which is what V8 ran.
    const name = frame.url === '' ? frame.functionName || '(anonymous)' : `${frame.functionName || '(anonymous)'} ${localPath(frame.url)}:${frame.lineNumber + 1}`;
    const add = (map, key) => map.set(key, (map.get(key) ?? 0) + micros);
    add(functions, name);
    add(files, where);
    add(stages, stageOf(where));
    total += micros;
  }
  return {
    file: join(dir, file),
    totalMs: Math.round(total / 1000),
    functions: top(functions, total, count),
    files: top(files, total, count),
    stages: top(stages, total, count),
  };
}
