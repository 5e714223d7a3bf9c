// `wbimport upload`: the items convert builds (from pages or Wikibase JSON), written to a Wikibase through its Action API.
import { existsSync } from 'node:fs';
import { Command, Option } from 'commander';
import { describeValueProblem, valueProblems, type WikiLimits } from '../check/index.js';
import { formatDiagnostic, type Diagnostic } from '../diagnostics/index.js';
import { convert } from '../pipeline/index.js';
import {
  BearerAuth,
  CookieSession,
  CredentialsError,
  credentialsFromEnv,
  credentialsFromFile,
  Http,
  redactor,
  seededRandom,
  systemClock,
  userAgent,
  type Credentials,
} from '../net/index.js';
import {
  ApiClient,
  ApiError,
  CREDENTIAL_ENV,
  checkWiki,
  describeCredentials,
  DEFAULT_BACKOFF,
  describeWait,
  Journal,
  JournalError,
  mergeRules,
  Pacer,
  plainText,
  Session,
  tallyLine,
  TransportError,
  Uploader,
  uploadDisplay,
  UploadStopped,
  Wikibase,
  type ItemReport,
  type LinkOptions,
  type StatusEvent,
} from '../upload/index.js';
import { CliError, EXIT, type ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';
import { LabelTable } from '../resolve/index.js';
import { packageVersion } from '../files/index.js';
import { addPageOptions, addProfileOptions, linkMapOrUsage, pageInputs, profileOrUsage, type PageFlags } from './shared.js';

/** Refusals of a write that mean the login lacks a grant or right. */
const GRANT_CODES: ReadonlySet<string> = new Set(['permissiondenied', 'writeapidenied', 'cantcreate', 'noedit', 'mwoauth-invalid-authorization-invalid-user']);

interface UploadFlags extends PageFlags {
  profile: string;
  uiLanguage?: string;
  api?: string;
  credentials?: string;
  journal?: string;
  dryRun?: string | true;
  summary?: string;
  tag?: string[];
  bot: boolean;
  maxlag?: string;
  editsPerMinute?: string;
  contact?: string;
  timeout: string;
  maxRetries: string;
  backoff: string;
  duplicates: 'adopt' | 'refuse';
  linkMap?: string;
  linkSearch?: boolean;
  linkCreate?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  failFast?: boolean;
  diagnostics: 'text' | 'json';
  seed?: string;
}

const EXAMPLES = `
Examples:
  $ export WBIMPORT_BOT_USER='Importer@wbimport' WBIMPORT_BOT_PASSWORD='…'   # from Special:BotPasswords
  $ wbimport upload fixtures/seeds/input.ndjson --dry-run=diff
  $ wbimport upload items.ndjson --api https://wikibase.example/w/api.php --summary "Import of 2024 projects"
  $ wbimport upload dump/ --credentials ~/.config/wbimport/credentials.json --edits-per-minute 20
  $ wbimport upload pages.ndjson --link-search --link-create          # beneficiaries by label, created when missing

Credentials come from ${CREDENTIAL_ENV.user} and ${CREDENTIAL_ENV.password} (a bot password), or
${CREDENTIAL_ENV.token} (an OAuth 2 access token), or --credentials FILE (JSON or key = value lines,
readable by you only); never from a flag. Each item costs at most one edit: new ones are created, existing ones
get only what they lack (the profile's merge rules), unchanged ones cost nothing. A new item whose label and
description an existing item has is refused, naming it (--duplicates adopt to make that item the target). Before
the first edit the profile is checked against the wiki once (rights, property datatypes, string limits), and
values the wiki would refuse are found before sending. The journal (--journal) records every edit; after a crash
or Ctrl-C the same command resumes and never creates an item twice.
Exit codes: 0 all done, 1 some items invalid, held back or refused, 2 usage, credentials, rights, a profile that
does not fit the wiki, or a journal problem, 3 failure (server unreachable after retries, an item that kept
failing, interrupted).`;

function positive(name: string, value: string | undefined, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new CliError(`${name} expects a positive ${integer ? 'whole ' : ''}number, got "${value}"`, EXIT.usage);
  }
  return n;
}

function apiAddress(flag: string | undefined, fromProfile: string | undefined): string {
  const address = flag ?? fromProfile;
  if (address === undefined) throw new CliError('no API address: give --api https://…/w/api.php (or set wikibase.api in the profile)', EXIT.usage);
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new CliError(`--api expects the address of a MediaWiki Action API such as https://linkedopendata.eu/w/api.php, got "${address}"`, EXIT.usage);
  }
  if (!/^https?:$/u.test(url.protocol) || !url.pathname.endsWith('/api.php') || url.search !== '') {
    throw new CliError(`--api expects the address of a MediaWiki Action API, ending in /api.php, got "${address}"`, EXIT.usage);
  }
  return url.toString();
}

async function readCredentials(flags: UploadFlags): Promise<Credentials | null> {
  try {
    return flags.credentials !== undefined ? await credentialsFromFile(flags.credentials) : credentialsFromEnv(process.env, CREDENTIAL_ENV);
  } catch (error) {
    if (error instanceof CredentialsError) throw new CliError(error.message, EXIT.usage);
    throw error;
  }
}

function defaultJournal(api: string): string {
  return `wbimport-upload-${new URL(api).host.replace(/[^A-Za-z0-9.-]/gu, '_')}.ndjson`;
}

async function runUpload(inputs: string[], flags: UploadFlags, io: CliIo): Promise<ExitCode> {
  let dryRun = flags.dryRun === undefined ? null : flags.dryRun === true ? 'json' : flags.dryRun;
  // `--dry-run items.ndjson`: commander hands an optional value the next argument, which here is an input.
  if (dryRun !== null && dryRun !== 'json' && dryRun !== 'diff' && (dryRun === '-' || existsSync(dryRun))) {
    inputs.unshift(dryRun);
    dryRun = 'json';
  }
  if (dryRun !== null && dryRun !== 'json' && dryRun !== 'diff') throw new CliError(`--dry-run takes json or diff, got "${dryRun}"`, EXIT.usage);
  const { names, facts, manifest } = await pageInputs(inputs, flags);
  const profile = await profileOrUsage(flags.profile);
  const settings = profile.upload;
  const api = apiAddress(flags.api, profile.wikibase.api);
  const maxlag = positive('--maxlag', flags.maxlag, true) ?? settings?.maxlag ?? 5;
  const editsPerMinute = positive('--edits-per-minute', flags.editsPerMinute, false) ?? settings?.editsPerMinute ?? 30;
  const timeout = positive('--timeout', flags.timeout, false) ?? 60;
  const maxRetries = positive('--max-retries', flags.maxRetries, true) ?? DEFAULT_BACKOFF.retries;
  const initialDelayMs = positive('--backoff', flags.backoff, false) ?? DEFAULT_BACKOFF.initialDelayMs;
  const linking = flags.linkMap !== undefined || flags.linkSearch === true || flags.linkCreate === true;
  const linkRules = settings?.links ?? [];
  if (linking && linkRules.length === 0) throw new CliError(`--link-map, --link-search and --link-create need links in the profile (upload.links); ${profile.name} has none`, EXIT.usage);
  let links: LinkOptions | null = null;
  if (linking) {
    const entries = await linkMapOrUsage(flags);
    const labels = entries === undefined && Object.keys(profile.itemLabels).length === 0 ? null : new LabelTable(entries ?? [], profile.itemLabels);
    links = { rules: linkRules, labels, search: flags.linkSearch === true, create: flags.linkCreate === true };
  }

  const credentials = await readCredentials(flags);
  if (credentials === null && dryRun === null) {
    throw new CliError(
      `uploading needs credentials: set ${CREDENTIAL_ENV.user} and ${CREDENTIAL_ENV.password} (a bot password from ` +
        `Special:BotPasswords), or ${CREDENTIAL_ENV.token}, or give --credentials FILE (--dry-run needs none)`,
      EXIT.usage,
    );
  }
  const redact = redactor(credentials);
  const display = uploadDisplay(io.stderr, flags.quiet === true);
  const err = (text: string): void => display.log(redact(text));

  const journalPath = flags.journal ?? defaultJournal(api);
  let journal: Journal;
  try {
    const opened = Journal.open(journalPath, { api, version: packageVersion(), readOnly: dryRun !== null });
    journal = opened.journal;
    if (opened.torn !== null) {
      err(`wbimport: ${journalPath}:${opened.torn.line}: the last record was cut short (the run was killed while writing it); it is dropped\n`);
    }
  } catch (error) {
    if (error instanceof JournalError) throw new CliError(error.message, EXIT.usage);
    throw new CliError(`cannot open the journal ${journalPath}: ${error instanceof Error ? error.message : String(error)}`, EXIT.usage);
  }

  const onStatus = (event: StatusEvent): void => {
    if (event.kind === 'wait') {
      const text = describeWait(event);
      display.status(text);
      if (flags.verbose === true) err(`wbimport: ${text}\n`);
    } else if (event.kind === 'response') {
      display.status(null);
    } else if (event.kind === 'warning') {
      // Warnings are read on every answer; those the upload acts on (a patched edit) are acted on, all are logged.
      if (flags.verbose === true) err(`wbimport: warning: ${event.warning}\n`);
    } else if (flags.verbose === true) {
      err(`wbimport: ${event.method} ${event.summary}\n`);
    }
  };
  const pacer = new Pacer(editsPerMinute, systemClock);
  // Rate limits are waited out and retried (the waits double up to a minute, a limit's window): counted, not refusals.
  let rateLimited = 0;
  const contact = flags.contact ?? process.env['WBIMPORT_CONTACT'];
  const cookies = new CookieSession(systemClock);
  const http = new Http({
    userAgent: userAgent(contact),
    timeoutMs: timeout * 1000,
    // A dry run reads as anyone would: the token is not sent at all.
    auth: credentials?.kind === 'token' && dryRun === null ? [cookies, new BearerAuth(credentials.token)] : [cookies],
  });
  const client = new ApiClient({
    apiUrl: api,
    http,
    cookies,
    clock: systemClock,
    random: flags.seed === undefined ? Math.random : seededRandom(Number(flags.seed)),
    backoff: { ...DEFAULT_BACKOFF, initialDelayMs, retries: maxRetries },
    maxlag,
    redact,
    onStatus,
    onRateLimited: () => (rateLimited += 1),
  });
  const session = credentials === null || dryRun !== null ? null : new Session(client, credentials, redact);
  const wikibase = new Wikibase(client, session);

  let stopRequested = false;
  const onSigint = (): void => {
    stopRequested = true;
    err('wbimport: stopping after the current item (Ctrl-C again to quit now; the same command resumes)\n');
  };
  const watchSigint = io.stdin === process.stdin;
  if (watchSigint) process.once('SIGINT', onSigint);

  const reportItem = (report: ItemReport): void => {
    display.update(uploader.tally);
    const quietOutcome = report.outcome === 'created' || report.outcome === 'edited' || report.outcome === 'unchanged';
    if (quietOutcome && flags.verbose !== true) return;
    if (flags.diagnostics === 'json') {
      err(`${JSON.stringify({ upload: report })}\n`);
    } else {
      const target = report.id === undefined || report.name === report.id ? '' : ` (${report.id})`;
      err(`wbimport: ${report.name}${target}: ${report.outcome.replace('-', ' ')}${report.reason === undefined ? '' : `: ${report.reason}`}\n`);
    }
  };
  const summaryText = flags.summary ?? settings?.summary;
  const datatypes = Object.fromEntries(Object.entries(profile.properties).map(([id, p]) => [id, p.datatype]));
  let wikiLimits: WikiLimits = profile.wikibase.limits ?? {};
  let rights: readonly string[] | undefined;
  const uploader = new Uploader({
    wikibase,
    journal,
    rules: mergeRules(settings),
    links,
    duplicates: flags.duplicates,
    dryRun,
    print: (text) => io.stdout.write(`${text}\n`),
    ...(summaryText === undefined ? {} : { summary: summaryText }),
    tags: flags.tag ?? settings?.tags ?? [],
    bot: flags.bot,
    pacer,
    checkValues: (item) => valueProblems(item, wikiLimits, datatypes).map(describeValueProblem),
    beforeCreate: () => {
      if (rights !== undefined && !rights.includes('createpage')) {
        throw new CredentialsError(`the login may not create items (no "createpage" right): give its bot password the "Create, edit, and move pages" grant (createeditmovepage)`);
      }
    },
    onReport: reportItem,
    onPacing: (ms) => onStatus({ kind: 'wait', reason: 'pacing', ms }),
    shouldStop: () => stopRequested,
  });

  let unreadable = false;
  const onDiagnostic = (d: Diagnostic): void => {
    if (d.code === 'input-unreadable') unreadable = true;
    err(`${formatDiagnostic(d, flags.diagnostics)}\n`);
  };
  let failure: string | null = null;
  let convertErrors = false;
  try {
    if (session !== null) await session.login();
    // Once, before the first edit: what every item would otherwise meet one by one.
    const wiki = await checkWiki(client, profile.properties, { checkRights: session !== null });
    for (const note of wiki.notes) err(flags.diagnostics === 'json' ? `${JSON.stringify({ note })}\n` : `wbimport: ${note}\n`);
    if (wiki.problems.length > 0) {
      throw new CredentialsError(`${api} does not fit the profile ${profile.name}, nothing was sent:\n${wiki.problems.map((p) => `  - ${p}`).join('\n')}`);
    }
    rights = wiki.rights;
    wikiLimits = { ...profile.wikibase.limits, ...wiki.limits };
    const summary = await convert(names, null, {
      profile,
      onDiagnostic,
      // Entities of one id are edits of one item, applied in turn.
      repeatedIds: true,
      onEntity: async (entity) => {
        // Upload creates and edits items: a property in the input is reported and left out.
        if (entity.type === 'item') return uploader.add(entity);
        onDiagnostic({ code: 'format-limit', severity: 'warning', format: 'upload', item: entity.id ?? 'a new property', detail: 'a property (it is left out)' });
      },
      ...(facts === undefined ? {} : { facts }),
      ...(manifest === undefined ? {} : { manifest }),
      ...(flags.uiLanguage === undefined ? {} : { uiLanguage: flags.uiLanguage }),
      stdin: io.stdin,
      failFast: flags.failFast === true,
    });
    convertErrors = summary.hasErrors;
    await uploader.finish();
  } catch (error) {
    if (error instanceof CredentialsError) {
      display.stop();
      throw new CliError(redact(error.message), EXIT.usage);
    }
    // Logged in, but the login may not write: its grants or rights, which no retry cures (exit 2, as documented).
    if (error instanceof ApiError && GRANT_CODES.has(error.code)) {
      display.stop();
      throw new CliError(redact(`${api} refuses the edits of ${credentials === null ? 'this login' : describeCredentials(credentials)} (${error.code}): its bot password lacks a grant (editpage, createeditmovepage) or the account a right; ${plainText(error.info)}`), EXIT.usage);
    }
    if (error instanceof UploadStopped) failure = 'stopped at your request: run the same command again to resume';
    else if (error instanceof TransportError) failure = `${error.message}: run the same command again to resume`;
    else if (error instanceof ApiError) failure = `the wiki refuses every edit (${error.message}): nothing more was sent`;
    else throw error;
  } finally {
    if (watchSigint) process.off('SIGINT', onSigint);
    journal.close();
    display.stop();
  }
  const t = uploader.tally;
  const tail = dryRun === null ? '' : ' (dry run: nothing was sent)';
  const retries =
    (client.retries === 0 ? '' : `, ${client.retries} retried request${client.retries === 1 ? '' : 's'}`) +
    (rateLimited === 0 ? '' : ` (${rateLimited} rate-limited)`) +
    (t.patched === 0 ? '' : `, ${t.patched} edit${t.patched === 1 ? '' : 's'} patched by the wiki and read back`);
  if (failure !== null) io.stderr.write(redact(`wbimport: ${failure}\n`));
  io.stderr.write(
    flags.diagnostics === 'json'
      ? `${JSON.stringify({ summary: { ...t, retries: client.retries, rateLimited, dryRun: dryRun !== null, journal: journalPath } })}\n`
      : `wbimport: ${tallyLine(t)}${retries}${tail}\n`,
  );
  if (failure !== null || t.failed > 0) return EXIT.failure;
  if (unreadable) return EXIT.usage;
  return t.heldBack > 0 || t.refused > 0 || convertErrors ? EXIT.invalidInput : EXIT.ok;
}

export function uploadCommand(io: CliIo, setExit: (code: ExitCode) => void): Command {
  return addProfileOptions(addPageOptions(new Command('upload')))
    .summary('create or update items on a Wikibase, one edit per item, resumable')
    .description(
      'Convert the inputs as convert does (pages, NDJSON page records, Wikibase JSON) and write each item to a ' +
        'Wikibase through its Action API: new items are created, existing ones read and sent only what they lack, ' +
        'at a pace the server allows, with a journal that makes a run resumable and a re-run a no-op.',
    )
    .argument('[inputs...]', 'files, directories, or - for standard input (default: -)')
    .option('--api <url>', "the Action API's address (default: the profile's), e.g. https://linkedopendata.eu/w/api.php")
    .option('--credentials <file>', 'a file with a bot password or an OAuth 2 token (JSON or key = value; chmod 600)')
    .option('--journal <file>', 'the journal of this upload (default: wbimport-upload-<host>.ndjson here)')
    .option('--dry-run [format]', 'send nothing: print the exact wbeditentity parameters (json) or a readable diff (diff)')
    .option('--summary <text>', "the edit summary (default: the profile's)")
    .option('--tag <tag>', 'a change tag for every edit (defined on the wiki); repeat for more', (tag: string, tags: string[] = []) => [...tags, tag])
    .option('--no-bot', 'do not flag the edits as bot edits')
    .option('--maxlag <seconds>', 'wait while the database replicas lag more than this (default: the profile\'s, else 5)')
    .option('--edits-per-minute <n>', "the ceiling on edits per minute (default: the profile's, else 30)")
    .option('--contact <address>', 'an e-mail address or URL for the User-Agent, as Wikimedia asks of bots (or WBIMPORT_CONTACT)')
    .option('--timeout <seconds>', 'how long to wait for one answer', '60')
    .option('--max-retries <n>', 'how many times a failing request is tried again before the run stops', String(DEFAULT_BACKOFF.retries))
    .option('--backoff <ms>', 'the first wait before a retry, doubled at each further one (up to 60 s)', String(DEFAULT_BACKOFF.initialDelayMs))
    .addOption(
      new Option('--duplicates <what>', 'a new item whose label and description an existing item has: refuse it, naming that item, or adopt that item as the target')
        .choices(['adopt', 'refuse'])
        .default('refuse'),
    )
    .option('--link-map <file>', 'items referenced by label (upload.links in the profile): JSON {"label": "Q1"} or {"<lang>": {"label": "Q1"}}, or CSV label,item[,language]')
    .option('--link-search', 'look items referenced by label up with wbsearchentities')
    .option('--link-create', 'create the items referenced by label that do not exist (implies --link-search)')
    .option('-q, --quiet', 'no progress bar')
    .option('-v, --verbose', 'log every request (secrets masked), wait and item')
    .option('--fail-fast', 'stop converting at the first input error')
    .addOption(new Option('--diagnostics <format>', 'how diagnostics and reports are written on stderr').choices(['text', 'json']).default('text'))
    .addOption(new Option('--seed <n>', 'seed the jitter of retries (for tests)').hideHelp())
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: UploadFlags) => {
      setExit(await runUpload(inputs, flags, io));
    });
}
