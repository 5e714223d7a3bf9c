// The convert pipeline: sources → parse → interpret → merge → check → emit, reporting every diagnostic.
import type { Readable } from 'node:stream';
import { runChecks, type CheckStage } from '../check/index.js';
import type { Diagnostic, Span } from '../diagnostics/index.js';
import type { OutputFormat, RdfSettings } from '../emit/index.js';
import type { Writable } from 'node:stream';
import {
  interpretContext,
  interpretItemPage,
  interpretPortalPage,
  type IdentifiedLanguage,
  type InterpretContext,
} from '../interpret/index.js';
import { EntityBuilder, type StatementSpans } from '../merge/index.js';
import { readEntity, type Item, type ItemId } from '../model/index.js';
import { parsePage, splitPages, uiPhrases } from '../parse/index.js';
import type { Profile } from '../profile/index.js';
import { readInputs, sourceAddress, type Manifest, type PageFacts, type PageSource } from '../source/index.js';
import { RunSummary } from './summary.js';

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
  /** Which profile rules run: `convert` (contradictions only, the default) or `validate` (all). */
  readonly checks?: CheckStage;
  /**
   * Handed every finished entity (after its checks), in output order, and awaited before the next, so a slow
   * consumer (an upload, a triple store) holds the pipeline back instead of filling memory.
   */
  readonly onEntity?: (item: Item) => Promise<void>;
}

/** A page or entity as read: where it starts, and the item it names when that is known. */
export interface InputRead {
  readonly kind: 'page' | 'entity';
  readonly file: string;
  readonly line: number;
  readonly item?: string;
}


class FailFast extends Error {}

/** A page's problems in the order of its lines (a stable sort keeps each line's own order). */
function inSourceOrder(diagnostics: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic): number => (d.span?.pageLine ?? d.span?.line ?? 0) * 1e4 + (d.span?.column ?? 0);
  return diagnostics.sort((a, b) => key(a) - key(b));
}

export interface ConvertOutput {
  readonly format: OutputFormat;
  readonly out: Writable;
  readonly rdf: RdfSettings;
}

/** Runs the pipeline; with no output, entities are built and checked but not written (validation). */
export async function convert(
  inputs: readonly string[],
  output: ConvertOutput | null,
  options: ConvertOptions,
): Promise<RunSummary> {
  const { profile } = options;
  const summary = new RunSummary();
  const phrases = options.uiLanguage === undefined ? null : uiPhrases(options.uiLanguage);
  const contexts = new Map<string, InterpretContext>();
  const contextFor = (language: string): InterpretContext => {
    let ctx = contexts.get(language);
    if (ctx === undefined) {
      ctx = interpretContext(profile, language);
      contexts.set(language, ctx);
    }
    return ctx;
  };
  const builders = new Map<ItemId, EntityBuilder>();

  const report = (diagnostics: readonly Diagnostic[]): void => {
    for (const d of diagnostics) {
      summary.count(d);
      options.onDiagnostic(d);
      if (options.failFast === true && d.severity === 'error') throw new FailFast();
    }
  };

  const emitter = output?.format.create({ out: output.out, rdf: output.rdf, onDiagnostic: (d) => report([d]) });

  const write = async (item: Item, spans: StatementSpans, where?: Span): Promise<void> => {
    report(runChecks(item, spans, profile, where, options.checks));
    summary.entities += 1;
    summary.statements += Object.values(item.claims ?? {}).reduce((n, list) => n + list.length, 0);
    await options.onEntity?.(item);
    if (output === null || emitter === undefined) return;
    if (output.format.needsId && item.id === undefined) {
      report([{ code: 'item-without-id', severity: 'error', format: output.format.name, ...(where === undefined ? {} : { span: where }) }]);
      return;
    }
    await emitter.write(item);
  };

  // The language model loads only when a portal page needs it (it takes a tenth of a second).
  let identifier: typeof import('../interpret/identify-language.js') | undefined;
  const identify = async (text: string): Promise<IdentifiedLanguage | null> => {
    identifier ??= await import('../interpret/identify-language.js');
    return identifier.identifyLanguage(text);
  };

  const handlePage = async (source: PageSource): Promise<void> => {
    summary.pages += 1;
    const { address, diagnostic } = sourceAddress(source, profile);
    if (diagnostic !== undefined) report([diagnostic]);
    const parsed = parsePage(source, address, phrases);
    const page = parsed.page;
    const named = page?.kind === 'item' ? page.id : address?.id;
    options.onInput?.({ kind: 'page', file: source.file, line: source.line, ...(named === undefined ? {} : { item: named }) });
    if (page === null) return report(parsed.diagnostics);
    if (page.kind === 'item' && address !== null && address.id !== page.id) {
      const span = page.titleSpan;
      return report([{ code: 'address-mismatch', severity: 'error', span, url: source.url ?? '', urlItem: address.id, pageItem: page.id }]);
    }
    const identified = page.kind === 'portal' && address?.language === undefined ? await identify(page.text) : null;
    const result =
      page.kind === 'item'
        ? interpretItemPage(page, contextFor(page.uiLanguage))
        : interpretPortalPage(page, address, contextFor(address?.language ?? 'en'), identified);
    report(inSourceOrder([...parsed.diagnostics, ...result.diagnostics]));
    if (result.draft === null) return;
    let builder = builders.get(result.draft.id);
    if (builder === undefined) {
      builder = new EntityBuilder(result.draft.id, profile);
      builders.set(result.draft.id, builder);
    }
    report(builder.add(result.draft));
  };

  try {
    const sources = readInputs(inputs, {
      ...(options.facts === undefined ? {} : { facts: options.facts }),
      ...(options.manifest === undefined ? {} : { manifest: options.manifest }),
      ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
    });
    for await (const source of sources) {
      if ('diagnostic' in source) {
        report([source.diagnostic]);
      } else if ('page' in source) {
        // A file may hold several item pages one after another; a page with an address is one page.
        const pages = source.page.url === undefined && source.page.item === undefined ? splitPages(source.page) : [source.page];
        for (const page of pages) await handlePage(page);
      } else {
        // Wikibase JSON entities are complete already: validated, checked and written as they come.
        const json = source.entity.json as { id?: unknown } | null;
        const id = typeof json?.id === 'string' ? json.id : undefined;
        options.onInput?.({ kind: 'entity', file: source.entity.file, line: source.entity.line, ...(id === undefined ? {} : { item: id }) });
        const { item, diagnostics } = readEntity(source.entity);
        report(diagnostics);
        if (item !== null) await write(item, new Map(), { file: source.entity.file, line: source.entity.line, column: 1 });
      }
    }
    for (const builder of builders.values()) {
      const { item, spans, where } = builder.build();
      await write(item, spans, where);
    }
  } catch (error) {
    if (!(error instanceof FailFast)) throw error;
  }
  await emitter?.end();
  return summary;
}
