// The work on one group of pages or one entity: parse, interpret, merge, check, serialize. Pure of I/O, so it runs
// the same in the main thread and in worker threads, which is what keeps the output the same whatever --jobs is.
import { runChecks } from '../check/index.js';
import type { Diagnostic, Span } from '../diagnostics/index.js';
// Not the emit index: a worker writes text, and has no use for the quads API (n3) behind it.
import type { ChunkSerializer, EntityOrigin } from '../emit/emitter.js';
import { isOutputFormatName, OUTPUT_FORMATS, type OutputFormat } from '../emit/formats.js';
import {
  interpretContext,
  interpretInfoPage,
  interpretItemPage,
  interpretLabelledPage,
  interpretPortalPage,
  type IdentifiedLanguage,
  type InterpretContext,
} from '../interpret/index.js';
import { EntityBuilder, type StatementSpans } from '../merge/index.js';
import { readEntity, type Entity, type ItemId } from '../model/index.js';
// Not the parse index: the HTML parser (htmlparser2) loads only when a page is HTML.
import { classifyPage } from '../parse/classify-page.js';
import type { PropertyLabels } from '../parse/labelled-types.js';
import { looksLikeHtml } from '../parse/looks-like-html.js';
import { parseTextPage } from '../parse/parse-text-page.js';
import { propertyLabelTable } from '../parse/property-label-table.js';
import { uiPhrases, type UiPhrases } from '../parse/ui-phrases.js';
import { LabelTable } from '../resolve/label-table.js';
// Not the source index: a worker has no use for the file readers (and zlib) behind it.
import { sourceAddress } from '../parse/address.js';
import type { EntitySource, PageSource } from '../source/index.js';
import type { EntityOut, ProcessorConfig, Task, TaskEvent, TaskResult } from './task.js';
import { workedPage } from './held-page.js';

/** A page's problems in the order of its lines (a stable sort keeps each line's own order). */
function inSourceOrder(diagnostics: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic): number => (d.span?.pageLine ?? d.span?.line ?? 0) * 1e4 + (d.span?.column ?? 0);
  return diagnostics.sort((a, b) => key(a) - key(b));
}

const countStatements = (item: Entity): number => Object.values(item.claims ?? {}).reduce((n, list) => n + list.length, 0);

/**
 * What one task is building: its events and entities. Each run has its own, handed down the calls, never kept in a
 * field: tasks may interleave at an await (a page waiting for the language model), and one task's entities and
 * diagnostics must never land in another's result.
 */
interface Run {
  readonly events: TaskEvent[];
  readonly entities: EntityOut[];
}

export class Processor {
  readonly #phrases: UiPhrases | null;
  readonly #propertyLabels: PropertyLabels;
  readonly #contexts = new Map<string, InterpretContext>();
  readonly #serializer: ChunkSerializer | null;
  /** Whether built entities need their snaks' hashes: when they go back as data, or the format writes them. */
  readonly #snakHashes: boolean;
  /** Items named by label: the link map, then the profile's own table. */
  readonly #itemLabels: LabelTable;
  /** The run whose entity the serializer is writing (set only for that synchronous call). */
  #serializing: Run | null = null;
  // The language model loads only when a portal page needs it (it takes a tenth of a second).
  #identifier: import('../interpret/identify-language.js').IdentifyLanguage | undefined;
  // Likewise the HTML reader (htmlparser2 and its entity tables: a thirtieth of a second), for the first HTML page.
  #html: typeof import('../parse/parse-page.js') | undefined;

  constructor(private readonly config: ProcessorConfig) {
    this.#phrases = config.uiLanguage === undefined ? null : uiPhrases(config.uiLanguage);
    this.#propertyLabels = propertyLabelTable(config.profile);
    this.#itemLabels = new LabelTable(config.linkMap ?? [], config.profile.itemLabels);
    const format: OutputFormat | undefined =
      config.output === null || !isOutputFormatName(config.output.format) ? undefined : OUTPUT_FORMATS[config.output.format];
    const factory = format?.serializer;
    this.#serializer =
      config.output === null || config.wantItems || factory === undefined
        ? null
        : factory({ rdf: config.output.rdf, onDiagnostic: (d) => this.#serializing?.events.push({ diagnostic: d }) });
    this.#snakHashes = this.#serializer === null || format?.snakHashes !== false;
  }

  async run(task: Task): Promise<TaskResult> {
    const run: Run = { events: [], entities: [] };
    let pages = 0;
    if (task.kind === 'diagnostic') {
      run.events.push({ diagnostic: task.diagnostic });
    } else if (task.kind === 'entity') {
      this.#entity(task.source, run);
    } else {
      const builders = new Map<ItemId, EntityBuilder>();
      for (const page of task.pages) {
        pages += 1;
        await this.#page(workedPage(page), builders, run);
      }
      for (const builder of builders.values()) {
        const { item, spans, where } = builder.build({ snakHashes: this.#snakHashes });
        this.#finish(item, spans, where, run);
      }
    }
    return { events: run.events, pages, entities: run.entities };
  }

  #report(run: Run, diagnostics: readonly Diagnostic[]): void {
    for (const diagnostic of diagnostics) run.events.push({ diagnostic });
  }

  #contextFor(language: string): InterpretContext {
    let ctx = this.#contexts.get(language);
    if (ctx === undefined) {
      ctx = interpretContext(this.config.profile, language, this.#itemLabels);
      this.#contexts.set(language, ctx);
    }
    return ctx;
  }

  async #htmlReader(): Promise<typeof import('../parse/parse-page.js')> {
    this.#html ??= await import('../parse/parse-page.js');
    return this.#html;
  }

  async #identify(text: string): Promise<IdentifiedLanguage | null> {
    this.#identifier ??= await (await import('../interpret/identify-language.js')).languageIdentifier();
    return this.#identifier(text);
  }

  async #page(source: PageSource, builders: Map<ItemId, EntityBuilder>, run: Run): Promise<void> {
    const { profile } = this.config;
    const { address, diagnostic } = sourceAddress(source, profile);
    if (diagnostic !== undefined) this.#report(run, [diagnostic]);
    const options = { labels: this.#propertyLabels, info: profile.infoPage };
    const parsed = looksLikeHtml(source.text)
      ? (await this.#htmlReader()).parsePage(source, address, this.#phrases, options)
      : parseTextPage(source, address, this.#phrases, options);
    const page = parsed.page;
    const named = page !== null && (page.kind === 'item' || page.kind === 'labelled') ? page.id : address?.id;
    run.events.push({ input: { kind: 'page', file: source.file, line: source.line, ...(named === undefined ? {} : { item: named }) } });
    if (page === null) return this.#report(run, parsed.diagnostics);
    if (this.config.classify === true) this.#report(run, [classifyPage(page, profile)]);
    if ((page.kind === 'item' || page.kind === 'labelled') && address !== null && address.id !== page.id) {
      const span = page.titleSpan;
      return this.#report(run, [{ code: 'address-mismatch', severity: 'error', span, url: source.url ?? '', urlItem: address.id, pageItem: page.id }]);
    }
    const identified = page.kind === 'portal' && address?.language === undefined ? await this.#identify(page.text) : null;
    const result =
      page.kind === 'item'
        ? interpretItemPage(page, this.#contextFor(page.uiLanguage))
        : page.kind === 'labelled'
          ? interpretLabelledPage(page, this.#contextFor(page.uiLanguage))
          : page.kind === 'info'
            ? interpretInfoPage(page, address, this.#contextFor(page.language))
            : interpretPortalPage(page, address, this.#contextFor(address?.language ?? 'en'), identified);
    this.#report(run, inSourceOrder([...parsed.diagnostics, ...result.diagnostics]));
    if (result.draft === null) return;
    let builder = builders.get(result.draft.id);
    if (builder === undefined) {
      builder = new EntityBuilder(result.draft.id, profile);
      builders.set(result.draft.id, builder);
    }
    this.#report(run, builder.add(result.draft));
  }

  #entity(source: EntitySource, run: Run): void {
    const json = source.json as { id?: unknown } | null;
    const id = typeof json?.id === 'string' ? json.id : undefined;
    run.events.push({ input: { kind: 'entity', file: source.file, line: source.line, ...(id === undefined ? {} : { item: id }) } });
    const { entity, diagnostics } = readEntity(source);
    this.#report(run, diagnostics);
    if (entity !== null) this.#finish(entity, new Map(), { file: source.file, line: source.line, column: 1 }, run, source.origin);
  }

  /** Checks a finished entity, then serializes it (or hands it back); an entity the format cannot name is reported. */
  #finish(item: Entity, spans: StatementSpans, where: Span | undefined, run: Run, origin: EntityOrigin = 'document'): void {
    // The profile's rules are about items.
    if (item.type === 'item') this.#report(run, runChecks(item, spans, this.config.profile, where, this.config.checks));
    const statements = countStatements(item);
    const output = this.config.output;
    if (output?.needsId === true && item.id === undefined) {
      this.#report(run, [{ code: 'item-without-id', severity: 'error', format: output.format, ...(where === undefined ? {} : { span: where }) }]);
      run.entities.push({ statements });
      return;
    }
    const from = origin === 'dump' ? { origin } : {};
    if (this.config.wantItems) {
      run.entities.push({ statements, item, ...from });
    } else if (this.#serializer !== null) {
      this.#serializing = run;
      try {
        run.entities.push({ statements, text: this.#serializer.entity(item, origin), ...from });
      } finally {
        this.#serializing = null;
      }
    } else {
      run.entities.push({ statements, ...from });
    }
  }
}
