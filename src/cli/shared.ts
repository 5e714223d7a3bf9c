// What the commands share: the profile, the inputs with what is known of their pages, and the options for big runs.
import { Option, type Command } from 'commander';
import { DEFAULT_MAX_PAGE_BYTES, DEFAULT_MERGE_WINDOW, defaultJobs, type ConvertOptions } from '../pipeline/index.js';
import { isItemId } from '../model/index.js';
import { UI_LANGUAGES } from '../parse/index.js';
import { loadProfile, readLinkMap } from '../files/index.js';
import { DEFAULT_PROFILE, type Profile } from '../profile/index.js';
import type { LinkEntry } from '../resolve/index.js';
import { readManifest, type Manifest, type PageFacts } from '../source/index.js';
import { CliError, EXIT } from './exit-codes.js';
import { boundHeapGrowth } from './heap-growth.js';
import type { CliIo } from './io.js';
import { wholeNumber } from './numbers.js';

/** The profile; one that cannot be read or is invalid is a ProfileError (a usage error). */
export async function profileOrUsage(nameOrPath: string): Promise<Profile> {
  return loadProfile(nameOrPath);
}

export interface ProfileFlags {
  profile: string;
  uiLanguage?: string;
}

/** The profile that maps pages to statements, and the pages' UI language when it is not to be told per page. */
export function addProfileOptions(command: Command): Command {
  return command
    .option('-p, --profile <name-or-file>', 'profile: a built-in name or a JSON file', DEFAULT_PROFILE)
    .addOption(new Option('--ui-language <code>', "the pages' UI language (default: told from each page)").choices(UI_LANGUAGES));
}

export interface PageFlags {
  url?: string;
  item?: string;
  language?: string;
  manifest?: string;
}

export function addPageOptions(command: Command): Command {
  return command
    .option('--url <address>', "the page's address (item page or Kohesio page), for a single input")
    .option('--item <id>', 'the item a single input is about, when it has no address (a Kohesio page without its URL)')
    .option('--language <code>', "a single Kohesio page's language, when it has no address (else identified from the text)")
    .option('--manifest <file>', 'a CSV (file,url,item,language) or NDJSON manifest tying input files to addresses');
}

export interface PageInputs {
  readonly names: string[];
  readonly facts?: PageFacts;
  readonly manifest?: Manifest;
}

/**
 * The inputs to read (those named; else the manifest's files; else standard input) and what is known of their
 * pages: --url, --item and --language describe one input only.
 */
export async function pageInputs(inputs: readonly string[], flags: PageFlags): Promise<PageInputs> {
  const manifest = flags.manifest === undefined ? undefined : await readManifest(flags.manifest);
  const names = inputs.length > 0 ? [...inputs] : manifest !== undefined ? [...manifest.entries.keys()] : ['-'];
  const facts: PageFacts = {
    ...(flags.url === undefined ? {} : { url: flags.url }),
    ...(flags.item === undefined ? {} : { item: flags.item }),
    ...(flags.language === undefined ? {} : { language: flags.language }),
  };
  if (flags.item !== undefined && !isItemId(flags.item)) throw new CliError(`--item expects an item id such as Q4295133, got "${flags.item}"`, EXIT.usage);
  if (flags.language !== undefined && !/^[a-z]{2,3}$/u.test(flags.language)) {
    throw new CliError(`--language expects a language code such as it, got "${flags.language}"`, EXIT.usage);
  }
  if (Object.keys(facts).length > 0 && names.length !== 1) {
    throw new CliError('--url, --item and --language describe one page: name exactly one input (use a manifest or NDJSON records for many)', EXIT.usage);
  }
  return { names, ...(Object.keys(facts).length > 0 ? { facts } : {}), ...(manifest === undefined ? {} : { manifest }) };
}

/** How the pipeline reads the pages: what is known of them, their UI language, standard input, --fail-fast. */
export type Reading = Pick<ConvertOptions, 'facts' | 'manifest' | 'uiLanguage' | 'stdin' | 'failFast'>;

export function reading(pages: PageInputs, flags: { uiLanguage?: string; failFast?: boolean }, io: CliIo): Reading {
  return {
    ...(pages.facts === undefined ? {} : { facts: pages.facts }),
    ...(pages.manifest === undefined ? {} : { manifest: pages.manifest }),
    ...(flags.uiLanguage === undefined ? {} : { uiLanguage: flags.uiLanguage }),
    stdin: io.stdin,
    failFast: flags.failFast === true,
  };
}

export interface ScaleFlags {
  jobs?: number;
  mergeWindow?: number;
  maxPageBytes?: number;
}

/** Options for big runs: worker threads, and how far apart an item's pages may lie in a one-pass read. */
export function addScaleOptions(command: Command): Command {
  return command
    .option('-j, --jobs <n>', `worker threads (default: one per core, here ${defaultJobs()}); the output is the same whatever the number`, wholeNumber('--jobs', 1))
    .option(
      '--merge-window <pages>',
      "read the inputs once, merging an item's pages when they lie within this many pages of each other (default: " +
        `files are read twice and pages merged however far apart; standard input uses ${DEFAULT_MERGE_WINDOW})`,
      wholeNumber('--merge-window', 1),
    )
    .option(
      '--max-page-bytes <bytes>',
      `a page larger than this is reported (page-too-large) and skipped, so memory stays bounded per page (default ${DEFAULT_MAX_PAGE_BYTES})`,
      wholeNumber('--max-page-bytes', 1),
    );
}

/** The pipeline's scale options; as a run is about to start, its heaps' growth is bounded for its number of threads. */
export function scaleOptions(flags: ScaleFlags): { jobs: number; mergeWindow?: number; maxPageBytes?: number } {
  const jobs = flags.jobs ?? defaultJobs();
  boundHeapGrowth(jobs);
  return {
    jobs,
    ...(flags.mergeWindow === undefined ? {} : { mergeWindow: flags.mergeWindow }),
    ...(flags.maxPageBytes === undefined ? {} : { maxPageBytes: flags.maxPageBytes }),
  };
}

export interface LinkMapFlags {
  linkMap?: string;
}

/** Items pages name by label (a fund, a country, a region, a beneficiary): a link map, per language or for any. */
export function addLinkMapOption(command: Command): Command {
  return command.option(
    '--link-map <file>',
    'items named by label: JSON {"label": "Q1"} or {"<lang>": {"label": "Q1"}}, or CSV with columns label,item[,language]',
  );
}

/** The link map's entries (none without --link-map); an unreadable or invalid map is a LinkMapError (usage). */
export async function linkMapOrUsage(flags: LinkMapFlags): Promise<LinkEntry[] | undefined> {
  return flags.linkMap === undefined ? undefined : readLinkMap(flags.linkMap);
}

/** The diagnostics' format on stderr: text for people, json (NDJSON) for machines. */
export function diagnosticsOption(description = 'how diagnostics are written on stderr'): Option {
  return new Option('--diagnostics <format>', description).choices(['text', 'json'] as const).default('text');
}
