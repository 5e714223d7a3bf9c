// Runs one fuzz case through the CLI (in this process) and checks wbimport's promises: no crash, no hang, valid
// output, every non-blank input line in the data or named by a diagnostic, exit 1 whenever an error was reported,
// and (when asked) the same bytes and diagnostics with worker threads.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../../src/diagnostics/index.js';
import { interpretContext, interpretItemPage } from '../../src/interpret/index.js';
import { ItemSchema, PropertyEntitySchema } from '../../src/model/index.js';
import { lineSpan, parsePage, propertyLabelTable, sourceAddress, splitLines, uiPhrases, type ItemPage } from '../../src/parse/index.js';
import { readInputs, type PageSource } from '../../src/source/index.js';
import { runInProcess } from '../support/run-cli.js';
import { euProfile, runConvert } from '../robustness/run-convert.js';
import type { FuzzCase } from './cases.js';

/** A case taking longer than this (wall time, on a shared machine) counts as a hang. */
export const HANG_MS = 10_000;

export interface Verdict {
  crash?: string;
  hang?: number;
  invalidOutput?: string;
  lost: string[];
  exitWrong?: string;
  jobsDiffer?: boolean;
}

const key = (file: string, line: number, pageLine?: number): string => `${file}:${line}:${pageLine ?? ''}`;

/** The lines a parsed item page accounts for by its structure or its data. */
function itemPageLines(page: ItemPage, source: PageSource): Set<string> {
  const out = new Set<string>();
  const lines = splitLines(source.text);
  const phrases = uiPhrases(page.uiLanguage);
  const structural = new Set([...phrases.chrome, phrases.termsToggler, phrases.descriptionEmpty, phrases.statements, phrases.identifiers, '']);
  const spanKey = (n: number): string => {
    const s = lineSpan(source, n, '');
    return key(s.file, s.line, s.pageLine);
  };
  const toN = (s: { line: number; pageLine?: number }): number => (source.inRecord ? (s.pageLine ?? 1) - (source.pageLine ?? 1) + 1 : s.line - source.line + 1);
  out.add(spanKey(toN(page.titleSpan)));
  if (page.descriptionSpan !== undefined) out.add(spanKey(toN(page.descriptionSpan)));
  lines.forEach((text, i) => {
    if (structural.has(text.trim())) out.add(spanKey(i + 1));
  });
  // The terms table: from its header to the statements heading, its rows and their wrapped lines.
  const header = lines.findIndex((l) => l.includes('|') && l.includes(phrases.termsHeader[0]));
  const statements = lines.findIndex((l, i) => i > header && (l.trim() === phrases.statements || l.trim() === phrases.identifiers));
  if (header !== -1 && page.terms.length > 0) for (let i = header; i < (statements === -1 ? lines.length : statements); i++) out.add(spanKey(i + 1));
  for (const s of page.statements) out.add(spanKey(toN(s.referencesSpan)));
  return out;
}

/** Non-blank lines of the input's pages that are neither data nor named by a diagnostic. */
export async function lostLines(file: string, diagnostics: readonly Diagnostic[]): Promise<string[]> {
  const named = new Set<string>();
  const wholeRecord = new Set<string>();
  for (const d of diagnostics) {
    if (d.span === undefined) continue;
    named.add(key(d.span.file, d.span.line, d.span.pageLine));
    if (d.span.pageLine === undefined) wholeRecord.add(`${d.span.file}:${d.span.line}`);
  }
  const profile = await euProfile();
  const lost: string[] = [];
  for await (const item of readInputs([file])) {
    if (!('page' in item)) continue;
    const source = item.page;
    const { address } = sourceAddress(source, profile);
    const parsed = parsePage(source, address, null, { labels: propertyLabelTable(profile), info: profile.infoPage });
    const page = parsed.page;
    // A page not read at all is named as a whole (title-missing, ui-language-unknown, page-too-large...).
    const pageNamed = [...parsed.diagnostics].some((d) => d.severity === 'error') || wholeRecord.has(`${source.file}:${source.line}`);
    // Seed-style item pages are checked line by line; other kinds (portal, info block, labelled) as a whole.
    if (page === null || page.kind !== 'item' || pageNamed) continue;
    const accounted = itemPageLines(page, source);
    const draft = interpretItemPage(page, interpretContext(profile, page.uiLanguage)).draft;
    for (const s of draft?.statements ?? []) {
      accounted.add(key(s.span?.file ?? '', s.span?.line ?? 0, s.span?.pageLine));
      for (const q of s.qualifiers) accounted.add(key(q.span?.file ?? '', q.span?.line ?? 0, q.span?.pageLine));
    }
    splitLines(source.text).forEach((text, i) => {
      if (text.trim() === '') return;
      const s = lineSpan(source, i + 1, text);
      const k = key(s.file, s.line, s.pageLine);
      if (!accounted.has(k) && !named.has(k)) lost.push(`${k} ${JSON.stringify(text.slice(0, 60))}`);
    });
  }
  return lost;
}

type JsonDiagnostic = Diagnostic & { readonly summary?: unknown };

export async function checkCase(c: FuzzCase, dir: string, n: number, compareJobs: boolean): Promise<Verdict> {
  const file = join(dir, `case-${n}.${c.ext}`);
  writeFileSync(file, c.bytes);
  const verdict: Verdict = { lost: [] };
  const started = performance.now();
  let result;
  try {
    result = await runInProcess(['convert', file, '--to', 'ndjson', '--diagnostics', 'json', '--jobs', '1']);
  } catch (error) {
    verdict.crash = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return verdict;
  }
  const took = performance.now() - started;
  if (took > HANG_MS) verdict.hang = took;
  if (result.code === 3) verdict.crash = result.stderr.slice(-2000);
  const diagnostics = result.stderr
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as JsonDiagnostic)
    .filter((d) => d.summary === undefined);
  for (const line of result.stdout.split('\n')) {
    if (line === '') continue;
    try {
      // Each line one entity as Wikibase JSON: an item, or a property read from a dump.
      const entity = JSON.parse(line) as { type?: unknown };
      const schema = entity.type === 'property' ? PropertyEntitySchema : ItemSchema;
      const parsed = schema.safeParse(entity);
      if (!parsed.success) verdict.invalidOutput = `not a Wikibase entity (${parsed.error.issues[0]?.message ?? ''}): ${line.slice(0, 200)}`;
    } catch {
      verdict.invalidOutput = `not JSON: ${line.slice(0, 200)}`;
    }
  }
  const errors = diagnostics.some((d) => d.severity === 'error');
  const unreadable = diagnostics.some((d) => d.code === 'input-unreadable');
  const expected = unreadable ? 2 : errors ? 1 : 0;
  if (result.code !== 3 && result.code !== expected) verdict.exitWrong = `exit ${result.code}, expected ${expected}`;
  verdict.lost = await lostLines(file, diagnostics);
  if (compareJobs) {
    const runs = await Promise.all(
      [1, 2].map((jobs) => runConvert([file], 'ntriples', { jobs, tuning: { poolAfterPages: 0, batchPages: 1 + (n % 5) } })),
    );
    const [one, two] = runs.map((r) => JSON.stringify([r.stdout, r.diagnostics]));
    verdict.jobsDiffer = one !== two;
  }
  return verdict;
}

export const failed = (v: Verdict): boolean =>
  v.crash !== undefined || v.hang !== undefined || v.invalidOutput !== undefined || v.lost.length > 0 || v.exitWrong !== undefined || v.jobsDiffer === true;
