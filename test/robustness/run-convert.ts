// Runs the convert pipeline in this process on text given as standard input (delivered in chunks, with pauses, as a
// pipe would), or on files, and collects the output's bytes and every diagnostic.
import { PassThrough, Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { rdfSettings } from '../../src/cli/rdf-options.js';
import type { Diagnostic } from '../../src/diagnostics/index.js';
import { OUTPUT_FORMATS, type OutputFormatName } from '../../src/emit/index.js';
import { convert, type ConvertOptions, type RunSummary } from '../../src/pipeline/index.js';
import { loadProfile } from '../../src/files/index.js';
import type { Profile } from '../../src/profile/index.js';

export interface ConvertRun {
  readonly stdout: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly summary: RunSummary;
}

let profile: Promise<Profile> | undefined;
export const euProfile = (): Promise<Profile> => (profile ??= loadProfile());

/** Standard input cut at the given places, a pause of the given milliseconds before each piece. */
export function chunkedStdin(text: string, cuts: readonly number[] = [], pauses: readonly number[] = []): Readable {
  const bytes = Buffer.from(text, 'utf8');
  const places = [...new Set(cuts.map((c) => Math.min(bytes.length, Math.max(0, c))))].sort((a, b) => a - b);
  return Readable.from(
    (async function* pieces() {
      let from = 0;
      for (const [i, to] of [...places, bytes.length].entries()) {
        const pause = pauses[i % Math.max(1, pauses.length)] ?? 0;
        if (pause > 0) await sleep(pause);
        if (to > from) yield bytes.subarray(from, to);
        from = to;
      }
    })(),
    { objectMode: false },
  );
}

export async function runConvert(
  inputs: readonly string[],
  format: OutputFormatName,
  options: Partial<Omit<ConvertOptions, 'profile' | 'onDiagnostic'>> = {},
): Promise<ConvertRun> {
  const p = await euProfile();
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const diagnostics: Diagnostic[] = [];
  const summary = await convert(
    inputs,
    { format: OUTPUT_FORMATS[format], out, rdf: await rdfSettings(p, {}) },
    { profile: p, onDiagnostic: (d) => diagnostics.push(d), ...options },
  );
  out.end();
  return { stdout: Buffer.concat(chunks).toString('utf8'), diagnostics, summary };
}
