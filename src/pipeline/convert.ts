// The convert pipeline: sources → parse → interpret → merge → check → emit, streaming, with the pages of each item
// grouped first and the groups worked on in worker threads; every diagnostic reported, in an order that does not
// depend on the number of threads.
import type { Readable } from 'node:stream';
import type { CheckStage } from '../check/index.js';
import type { Diagnostic, Span } from '../diagnostics/index.js';
import type { Entity } from '../model/index.js';
import { pageItemId } from '../parse/index.js';
import type { Profile } from '../profile/index.js';
import type { LinkEntry } from '../resolve/link-map.js';
import { readInputs, type Manifest, type PageFacts, type PageSource, type ReadOptions } from '../source/index.js';
import { AHEAD_PAGES, Dispatcher, type DispatchTuning } from './dispatcher.js';
import { entityOutput, type ConvertOutput } from './entity-output.js';
import { heldPage } from './held-page.js';
import { InOrder } from './in-order.js';
import { PlaceHeap } from './place-heap.js';
import { LastPageIndex } from './last-page-index.js';
import type { LastPages } from './last-pages.js';
import { PageGroups, type Completion } from './page-groups.js';
import { RunSummary } from './summary.js';
import { resultAsBytes, type InputRead, type ProcessorConfig, type Task, type TaskResult } from './task.js';
import { WbimportError } from '../diagnostics/errors.js';

export type { InputRead } from './task.js';
export type { ConvertOutput } from './entity-output.js';

/**
 * A page larger than this is reported and skipped: memory per page stays bounded (a worker's heap holds a batch of
 * pages and what is made of them), and no real page comes near it (the seed page is 3 KB).
 */
export const DEFAULT_MAX_PAGE_BYTES = 8 * 1024 * 1024;

/** Pages of one item that lie further apart than this on standard input are written as two parts (and reported). */
export const DEFAULT_MERGE_WINDOW = 10_000;

/**
 * Reading files, at most this many pages wait for the rest of their items' pages (a few kilobytes each); beyond,
 * the oldest items are written early and reported should more of their pages come.
 */
export const DEFAULT_MAX_HELD = 20_000;

export interface ConvertOptions {
  readonly profile: Profile;
  /** What is known of the page when a single plain-text input is read (--url, --item, --language). */
  readonly facts?: PageFacts;
  readonly manifest?: Manifest;
  readonly stdin?: Readable;
  /** The UI language of every page; by default each page's is told from its fixed phrases. */
  readonly uiLanguage?: string;
  /** Stop at the first error instead of going on with the rest of the batch. */
  readonly failFast?: boolean;
  readonly onDiagnostic: (d: Diagnostic) => void;
  /** Told of every page and Wikibase JSON entity read, before its diagnostics (for per-page reports). */
  readonly onInput?: (input: InputRead) => void;
  /** Items named by label (--link-map), looked up before the profile's own table. */
  readonly linkMap?: readonly LinkEntry[];
  /** Report each page's classification (site, page kind, flattening) as an info diagnostic. */
  readonly classify?: boolean;
  /** Which profile rules run: `convert` (contradictions only, the default) or `validate` (all). */
  readonly checks?: CheckStage;
  /**
   * Handed every finished entity (after its checks), in output order, and awaited before the next, so a slow
   * consumer (an upload, a triple store) holds the pipeline back instead of filling memory.
   */
  readonly onEntity?: (entity: Entity) => Promise<void>;
  /** Worker threads (default 1: all in this thread). The output is the same bytes whatever the number. */
  readonly jobs?: number;
  /**
   * Group an item's pages in one pass, waiting this many pages for more of them. By default files are read twice:
   * a first pass notes each item's last page, so pages are merged exactly however far apart they lie; standard
   * input, which cannot be read twice, uses a window of DEFAULT_MERGE_WINDOW pages.
   */
  readonly mergeWindow?: number;
  /** Pass on entities whose id was read already (an upload applies them in turn) instead of reporting them. */
  readonly repeatedIds?: boolean;
  /** Reading files twice: how many pages may wait for the rest of their items' pages (default DEFAULT_MAX_HELD). */
  readonly maxHeld?: number;
  /** Told how far the run has got, after each batch of results. */
  readonly onProgress?: (progress: Progress) => void;
  /** Pages larger than this (in UTF-8 bytes) are reported (page-too-large) and skipped; DEFAULT_MAX_PAGE_BYTES. */
  readonly maxPageBytes?: number;
  /** Batch sizes and when worker threads start (tests vary them: the output must not change). */
  readonly tuning?: DispatchTuning;
}

export interface Progress {
  /** `index`: the first pass, noting where each item's pages are; `convert`: the work itself. */
  readonly phase: 'index' | 'convert';
  readonly pages: number;
  /** All the pages there are, once the first pass has counted them. */
  readonly totalPages?: number;
  readonly entities: number;
  readonly errors: number;
  readonly warnings: number;
}

class FailFast extends WbimportError {}

/** The page's size in UTF-8 bytes when over the limit (counted only when the characters could be over it). */
function oversize(page: PageSource, limit: number): number | undefined {
  if (page.text.length * 3 <= limit) return undefined;
  const bytes = Buffer.byteLength(page.text, 'utf8');
  return bytes > limit ? bytes : undefined;
}

/**
 * The first pass: each item's last page, so that its group can go as soon as that page is read. The index (16 bytes
 * an item) lives only while the pass reads; what the second pass keeps is a bit per page (last-pages.ts).
 */
async function indexPages(
  inputs: readonly string[],
  reading: ReadOptions,
  profile: Profile,
  onProgress: ((p: Progress) => void) | undefined,
  maxPageBytes: number,
  onPage: (pages: number) => void,
): Promise<{ lastPages: LastPages; pages: number }> {
  const index = new LastPageIndex();
  let ordinal = 0;
  for await (const source of readInputs(inputs, reading)) {
    if (!('page' in source) || oversize(source.page, maxPageBytes) !== undefined) continue;
    // The reader yields one source per page (pages appended in one file are cut apart as they are read).
    const key = pageItemId(source.page, profile);
    if (key !== undefined) index.see(key, ordinal);
    ordinal += 1;
    onPage(ordinal);
    if (ordinal % 4096 === 0) onProgress?.({ phase: 'index', pages: ordinal, entities: 0, errors: 0, warnings: 0 });
  }
  return { lastPages: index.lastPages(ordinal), pages: ordinal };
}

/** A result's entity texts as UTF-8 bytes. */
const waiting = (result: TaskResult): TaskResult => resultAsBytes(result, (text) => Buffer.from(text, 'utf8'));

function readOptions(options: ConvertOptions): ReadOptions {
  return {
    ...(options.facts === undefined ? {} : { facts: options.facts }),
    ...(options.manifest === undefined ? {} : { manifest: options.manifest }),
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
    ...(options.repeatedIds === true ? { repeatedIds: true } : {}),
  };
}

/** What each task's processor needs (plain data, sent to the worker threads). */
function processorConfig(options: ConvertOptions, output: ConvertOutput | null, wantItems: boolean): ProcessorConfig {
  return {
    profile: options.profile,
    ...(options.uiLanguage === undefined ? {} : { uiLanguage: options.uiLanguage }),
    ...(options.checks === undefined ? {} : { checks: options.checks }),
    ...(options.linkMap === undefined ? {} : { linkMap: options.linkMap }),
    ...(options.classify === true ? { classify: true } : {}),
    output: output === null ? null : { format: output.format.name, rdf: output.rdf, needsId: output.format.needsId },
    wantItems,
  };
}

/**
 * When an item's pages are complete: files are read twice, the first pass noting each item's last page (and
 * counting the pages); standard input, or a window asked for, waits that many pages for more of an item's pages.
 */
async function completionOf(
  inputs: readonly string[],
  reading: ReadOptions,
  options: ConvertOptions,
  maxPageBytes: number,
  onPage: (pages: number) => void,
): Promise<{ completion: Completion; totalPages?: number }> {
  const maxHeld = options.maxHeld ?? DEFAULT_MAX_HELD;
  if (options.mergeWindow !== undefined || inputs.includes('-')) return { completion: { window: options.mergeWindow ?? DEFAULT_MERGE_WINDOW, maxHeld } };
  const indexed = await indexPages(inputs, reading, options.profile, options.onProgress, maxPageBytes, onPage);
  return { completion: { lastPages: indexed.lastPages, maxHeld }, totalPages: indexed.pages };
}

/** Where a page's reports point: its first line. */
function pageSpan(page: PageSource): Span {
  return { file: page.file, line: page.line, column: 1, ...(page.pageLine === undefined ? {} : { pageLine: page.pageLine }) };
}

/** Runs the pipeline; with no output, entities are built and checked but not written (validation). */
export async function convert(
  inputs: readonly string[],
  output: ConvertOutput | null,
  options: ConvertOptions,
): Promise<RunSummary> {
  const { profile } = options;
  const summary = new RunSummary();
  const jobs = Math.max(1, options.jobs ?? 1);
  const maxPageBytes = options.maxPageBytes ?? DEFAULT_MAX_PAGE_BYTES;
  const reading = readOptions(options);

  const report = (d: Diagnostic): void => {
    summary.count(d);
    options.onDiagnostic(d);
    if (options.failFast === true && d.severity === 'error') throw new FailFast();
  };

  // Entities come back as text in the output format (written by this thread in order), or as data when this
  // thread needs them: for a consumer, or for a format that cannot be written entity by entity.
  const written = entityOutput(output, options.onEntity, report);

  const config = processorConfig(options, output, written.wantItems);

  let totalPages: number | undefined;
  const progress = (): void =>
    options.onProgress?.({
      phase: 'convert',
      pages: summary.pages,
      ...(totalPages === undefined ? {} : { totalPages }),
      entities: summary.entities,
      errors: summary.bySeverity.error,
      warnings: summary.bySeverity.warning,
    });

  const consume = async (result: TaskResult): Promise<void> => {
    summary.pages += result.pages;
    for (const event of result.events) {
      if ('input' in event) options.onInput?.(event.input);
      else report(event.diagnostic);
    }
    for (const entity of result.entities) {
      summary.entities += 1;
      summary.statements += entity.statements;
    }
    await written.take(result.entities);
  };

  // Output goes in input order, by the place of each item's first page: every input read gets the next place
  // (an item-pages-apart report goes just before its page), results wait in `pending` until nothing placed before
  // them can still come: no task still out, no group still open that began earlier.
  const pending = new InOrder<TaskResult>();
  let places = 0;
  let ready = 0;
  const release = async (): Promise<void> => {
    const results = pending.take(ready);
    for (const result of results) await consume(result);
    if (results.length > 0) progress();
  };
  const dispatcher = new Dispatcher(
    jobs,
    config,
    async (result, at) => {
      // A result that must wait for an earlier one (an item whose last page is still to come) waits as UTF-8:
      // off the heap, a byte a character; many may wait (as many as the pages between an item's first and last).
      pending.fill(at, at < ready ? result : waiting(result));
      await release();
    },
    options.tuning,
  );
  // A task is placed when it is read, and sent once it lies at most `ahead` places after `ready`: tasks further on
  // (an item whose earlier neighbour's last page is still to come) wait as pages, the dispatcher's workers busy
  // with those within reach, so that results waiting in `pending` stay few whatever the distance between pages.
  const held = new PlaceHeap<Task>();
  const ahead = 2 * Math.max(1, options.tuning?.aheadPages ?? AHEAD_PAGES);
  // Tasks placed since `ready` was last moved: once it is, those not due wait as UTF-8 (see held-page.ts).
  let placed: [Task, number][] = [];
  const place = (task: Task, at: number): void => {
    pending.expect(at);
    placed.push([task, at]);
  };
  const sendDue = async (): Promise<void> => {
    for (const [task, at] of placed) held.push(at, at < ready + ahead || task.kind !== 'pages' ? task : { kind: 'pages', pages: task.pages.map(heldPage) });
    placed = [];
    for (let at = held.peek(); at !== undefined && at < ready + ahead; at = held.peek()) await dispatcher.push(held.pop() as Task, at);
  };

  try {
    const completed = await completionOf(inputs, reading, options, maxPageBytes, (pages) => dispatcher.foresee(pages));
    const { completion } = completed;
    totalPages = completed.totalPages;
    const groups = new PageGroups(completion);
    let ordinal = 0;
    for await (const source of readInputs(inputs, reading)) {
      // Two places an input: the first for a report that goes before it.
      const at = (places += 2) + 1;
      const bytes = 'page' in source ? oversize(source.page, maxPageBytes) : undefined;
      if ('diagnostic' in source) {
        place({ kind: 'diagnostic', diagnostic: source.diagnostic }, at);
      } else if ('entity' in source) {
        place({ kind: 'entity', source: source.entity }, at);
      } else if (bytes !== undefined) {
        place({ kind: 'diagnostic', diagnostic: { code: 'page-too-large', severity: 'error', span: pageSpan(source.page), bytes, limit: maxPageBytes } }, at);
      } else {
        const page = source.page;
        const { groups: complete, reopened } = groups.add(ordinal, at, pageItemId(page, profile), page);
        ordinal += 1;
        if (reopened !== undefined) {
          const limit = 'window' in completion ? { window: completion.window } : { held: completion.maxHeld };
          const diagnostic: Diagnostic = { code: 'item-pages-apart', severity: 'warning', span: pageSpan(page), item: reopened.key, ...limit };
          place({ kind: 'diagnostic', diagnostic }, at - 1);
        }
        for (const group of complete) place({ kind: 'pages', pages: group.pages }, group.first);
      }
      // Every task read so far is placed: sending may release results up to `ready`.
      ready = groups.oldestFirst ?? places + 2;
      await sendDue();
      await release();
    }
    const rest = groups.finish();
    for (const group of rest) place({ kind: 'pages', pages: group.pages }, group.first);
    ready = Infinity;
    await sendDue();
    await dispatcher.finish();
    await release();
  } catch (error) {
    if (!(error instanceof FailFast)) throw error;
  } finally {
    await dispatcher.close();
  }
  await written.end();
  return summary;
}
