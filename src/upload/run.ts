// One upload run, wired from its settings: the journal, the API client and login, the check of the wiki against the
// profile, the pipeline handing each item to the uploader, and what stopped it. No terminal here: the caller is
// told through plain callbacks (lines to log, statuses, item reports) and gets the counts back.
import { describeValueProblem, valueProblems, type WikiLimits } from '../check/index.js';
import { EXIT, WbimportError, type Diagnostic } from '../diagnostics/index.js';
import { convert, type ConvertOptions } from '../pipeline/index.js';
import type { Profile } from '../profile/index.js';
import { BearerAuth, CookieSession, CredentialsError, Http, seededRandom, systemClock, type Credentials } from '../net/index.js';
// Through the folder's one import point, so moving a part within the folder does not touch this file.
import {
  ApiClient,
  ApiError,
  checkWiki,
  DEFAULT_BACKOFF,
  describeCredentials,
  Journal,
  JournalError,
  mergeRules,
  Pacer,
  plainText,
  Session,
  TransportError,
  Uploader,
  UploadStopped,
  Wikibase,
  type ItemReport,
  type LinkOptions,
  type StatusEvent,
  type UploadTally,
} from './index.js';

/** Refusals of a write that mean the login lacks a grant or right. */
const GRANT_CODES: ReadonlySet<string> = new Set(['permissiondenied', 'writeapidenied', 'cantcreate', 'noedit', 'mwoauth-invalid-authorization-invalid-user']);

/** How the pipeline reads the pages (what is known of them, standard input, --fail-fast). */
export type UploadReading = Pick<ConvertOptions, 'facts' | 'manifest' | 'uiLanguage' | 'stdin' | 'failFast'>;

export interface UploadSettings {
  readonly names: readonly string[];
  readonly reading: UploadReading;
  readonly profile: Profile;
  readonly api: string;
  /** null: a dry run reads as anyone would. */
  readonly credentials: Credentials | null;
  readonly dryRun: 'json' | 'diff' | null;
  readonly journalPath: string;
  /** The version written in the journal's header. */
  readonly version: string;
  readonly userAgent: string;
  readonly timeoutMs: number;
  readonly maxlag: number;
  readonly editsPerMinute: number;
  /** Retries of a failing request, and the first wait (doubled at each further one). */
  readonly backoff: { readonly retries: number; readonly initialDelayMs: number };
  /** Seeds the jitter of retries (tests); by default Math.random. */
  readonly seed?: number;
  readonly summary?: string;
  readonly tags: readonly string[];
  readonly bot: boolean;
  readonly duplicates: 'adopt' | 'refuse';
  readonly links: LinkOptions | null;
  /** Masks the credentials' secrets in every text that leaves the run. */
  readonly redact: (text: string) => string;
}

export interface UploadHooks {
  /** A line for people (already redacted), ending in a newline. */
  log(text: string): void;
  /** A dry run's output (payloads or a diff). */
  print(text: string): void;
  onDiagnostic(d: Diagnostic): void;
  /** What the wiki said of itself before the first edit (a limit read, a right missing for a later step). */
  onNote(note: string): void;
  onStatus(event: StatusEvent): void;
  onReport(report: ItemReport, tally: UploadTally): void;
  /** Asked between items: stop now (the journal is complete, the same command resumes). */
  shouldStop(): boolean;
}

export interface UploadOutcome {
  readonly tally: UploadTally;
  readonly retries: number;
  /** Requests refused for a rate limit, waited out and retried. */
  readonly rateLimited: number;
  /** Why the run stopped before the end (redacted), or null. */
  readonly failure: string | null;
  /** Some input was invalid (reported through onDiagnostic). */
  readonly convertErrors: boolean;
}

function openJournal(settings: UploadSettings, log: (text: string) => void): Journal {
  const { journalPath, api, version, dryRun } = settings;
  try {
    const opened = Journal.open(journalPath, { api, version, readOnly: dryRun !== null });
    if (opened.torn !== null) {
      log(`wbimport: ${journalPath}:${opened.torn.line}: the last record was cut short (the run was killed while writing it); it is dropped\n`);
    }
    return opened.journal;
  } catch (error) {
    if (error instanceof JournalError) throw error;
    throw new WbimportError(`cannot open the journal ${journalPath}: ${error instanceof Error ? error.message : String(error)}`, { exitCode: EXIT.usage });
  }
}

function apiClient(settings: UploadSettings, hooks: UploadHooks, onRateLimited: () => void): ApiClient {
  const { credentials, dryRun } = settings;
  const cookies = new CookieSession(systemClock);
  const http = new Http({
    userAgent: settings.userAgent,
    timeoutMs: settings.timeoutMs,
    // A dry run reads as anyone would: the token is not sent at all.
    auth: credentials?.kind === 'token' && dryRun === null ? [cookies, new BearerAuth(credentials.token)] : [cookies],
  });
  return new ApiClient({
    apiUrl: settings.api,
    http,
    cookies,
    clock: systemClock,
    random: settings.seed === undefined ? Math.random : seededRandom(settings.seed),
    backoff: { ...DEFAULT_BACKOFF, ...settings.backoff },
    maxlag: settings.maxlag,
    redact: settings.redact,
    onStatus: (event) => hooks.onStatus(event),
    onRateLimited,
  });
}

/** What the uploader learns from the wiki once logged in: its rights and string limits. */
interface WikiFacts {
  rights?: readonly string[];
  limits: WikiLimits;
}

function uploader(settings: UploadSettings, hooks: UploadHooks, wikibase: Wikibase, journal: Journal, wiki: WikiFacts): Uploader {
  const { profile } = settings;
  const datatypes = Object.fromEntries(Object.entries(profile.properties).map(([id, p]) => [id, p.datatype]));
  const created: Uploader = new Uploader({
    wikibase,
    journal,
    rules: mergeRules(profile.upload),
    links: settings.links,
    duplicates: settings.duplicates,
    dryRun: settings.dryRun,
    print: (text) => hooks.print(text),
    ...(settings.summary === undefined ? {} : { summary: settings.summary }),
    tags: settings.tags,
    bot: settings.bot,
    pacer: new Pacer(settings.editsPerMinute, systemClock),
    checkValues: (item) => valueProblems(item, wiki.limits, datatypes).map(describeValueProblem),
    beforeCreate: () => {
      if (wiki.rights !== undefined && !wiki.rights.includes('createpage')) {
        throw new CredentialsError(`the login may not create items (no "createpage" right): give its bot password the "Create, edit, and move pages" grant (createeditmovepage)`);
      }
    },
    onReport: (report) => hooks.onReport(report, created.tally),
    onPacing: (ms) => hooks.onStatus({ kind: 'wait', reason: 'pacing', ms }),
    shouldStop: () => hooks.shouldStop(),
  });
  return created;
}

/** Once, before the first edit: what every item would otherwise meet one by one. */
async function checkTheWiki(settings: UploadSettings, hooks: UploadHooks, client: ApiClient, loggedIn: boolean, wiki: WikiFacts): Promise<void> {
  const { profile, api } = settings;
  const checked = await checkWiki(client, profile.properties, { checkRights: loggedIn });
  for (const note of checked.notes) hooks.onNote(note);
  if (checked.problems.length > 0) {
    throw new CredentialsError(`${api} does not fit the profile ${profile.name}, nothing was sent:\n${checked.problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  if (checked.rights !== undefined) wiki.rights = checked.rights;
  wiki.limits = { ...profile.wikibase.limits, ...checked.limits };
}

/** The pipeline, each item handed to the uploader: returns whether some input was invalid. */
async function convertInto(settings: UploadSettings, hooks: UploadHooks, target: Uploader): Promise<boolean> {
  const summary = await convert(settings.names, null, {
    profile: settings.profile,
    onDiagnostic: (d) => hooks.onDiagnostic(d),
    // Entities of one id are edits of one item, applied in turn.
    repeatedIds: true,
    onEntity: async (entity) => {
      // Upload creates and edits items: a property in the input is reported and left out.
      if (entity.type === 'item') return target.add(entity);
      hooks.onDiagnostic({ code: 'format-limit', severity: 'warning', format: 'upload', item: entity.id ?? 'a new property', detail: 'a property (it is left out)' });
    },
    ...settings.reading,
  });
  return summary.hasErrors;
}

/**
 * What ends the run early: a stop asked for, a server that stays down, a wiki that refuses every edit (exit 3, with
 * the counts so far); a refused login or a missing grant is a usage error (exit 2) thrown, redacted.
 */
function failureOf(error: unknown, settings: UploadSettings): string {
  const { redact, api, credentials } = settings;
  if (error instanceof CredentialsError) throw new CredentialsError(redact(error.message));
  // Logged in, but the login may not write: its grants or rights, which no retry cures (exit 2, as documented).
  if (error instanceof ApiError && GRANT_CODES.has(error.code)) {
    const who = credentials === null ? 'this login' : describeCredentials(credentials);
    throw new WbimportError(
      redact(`${api} refuses the edits of ${who} (${error.code}): its bot password lacks a grant (editpage, createeditmovepage) or the account a right; ${plainText(error.info)}`),
      { exitCode: EXIT.usage },
    );
  }
  if (error instanceof UploadStopped) return 'stopped at your request: run the same command again to resume';
  if (error instanceof TransportError) return redact(`${error.message}: run the same command again to resume`);
  if (error instanceof ApiError) return redact(`the wiki refuses every edit (${error.message}): nothing more was sent`);
  throw error;
}

/** Uploads the items the inputs hold; each costs at most one edit, and the journal makes the run resumable. */
export async function uploadItems(settings: UploadSettings, hooks: UploadHooks): Promise<UploadOutcome> {
  const journal = openJournal(settings, (text) => hooks.log(settings.redact(text)));
  // Rate limits are waited out and retried (the waits double up to a minute, a limit's window): counted, not refusals.
  let rateLimited = 0;
  const client = apiClient(settings, hooks, () => (rateLimited += 1));
  const session = settings.credentials === null || settings.dryRun !== null ? null : new Session(client, settings.credentials, settings.redact);
  const wiki: WikiFacts = { limits: settings.profile.wikibase.limits ?? {} };
  const target = uploader(settings, hooks, new Wikibase(client, session), journal, wiki);
  let failure: string | null = null;
  let convertErrors = false;
  try {
    if (session !== null) await session.login();
    await checkTheWiki(settings, hooks, client, session !== null, wiki);
    convertErrors = await convertInto(settings, hooks, target);
    await target.finish();
  } catch (error) {
    failure = failureOf(error, settings);
  } finally {
    journal.close();
  }
  return { tally: target.tally, retries: client.retries, rateLimited, failure, convertErrors };
}
