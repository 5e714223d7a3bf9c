// `wbimport upload`: the items convert builds (from pages or Wikibase JSON), written to a Wikibase through its Action API.
import { Command, Option } from 'commander';
import { packageVersion } from '../files/index.js';
import { CREDENTIAL_ENV, DEFAULT_BACKOFF, describeWait, type ItemReport, type StatusEvent, type UploadTally } from '../upload/index.js';
import { uploadItems, type UploadHooks, type UploadOutcome, type UploadSettings } from '../upload/run.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { stopOnInterrupt } from './interrupt.js';
import type { CliIo } from './io.js';
import { positiveNumber, wholeNumber } from './numbers.js';
import { progressLine, type ProgressLine } from './progress.js';
import { uploadLabel } from './progress-labels.js';
import { diagnosticLog, inputExit, type DiagnosticLog } from './reporting.js';
import { addPageOptions, addProfileOptions, diagnosticsOption } from './shared.js';
import { costLine, tallyLine } from './upload-summary.js';
import { uploadSettings, type UploadFlags } from './upload-settings.js';

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

/** Waits on the progress line (and, with --verbose, every request, wait and warning as a line). */
function statusHandler(verbose: boolean, display: ProgressLine<UploadTally>, say: (text: string) => void): (event: StatusEvent) => void {
  return (event) => {
    if (event.kind === 'wait') {
      const text = describeWait(event);
      display.status(text);
      if (verbose) say(`wbimport: ${text}\n`);
    } else if (event.kind === 'response') {
      display.status(null);
    } else if (event.kind === 'warning') {
      // Warnings are read on every answer; those the upload acts on (a patched edit) are acted on, all are logged.
      if (verbose) say(`wbimport: warning: ${event.warning}\n`);
    } else if (verbose) {
      say(`wbimport: ${event.method} ${event.summary}\n`);
    }
  };
}

/** An item's report as a line: only what did not go through, unless --verbose. */
function reportLine(report: ItemReport, flags: UploadFlags): string | null {
  const quietOutcome = report.outcome === 'created' || report.outcome === 'edited' || report.outcome === 'unchanged';
  if (quietOutcome && flags.verbose !== true) return null;
  if (flags.diagnostics === 'json') return `${JSON.stringify({ upload: report })}\n`;
  const target = report.id === undefined || report.name === report.id ? '' : ` (${report.id})`;
  return `wbimport: ${report.name}${target}: ${report.outcome.replace('-', ' ')}${report.reason === undefined ? '' : `: ${report.reason}`}\n`;
}

function hooks(flags: UploadFlags, io: CliIo, display: ProgressLine<UploadTally>, say: (text: string) => void, log: DiagnosticLog, stop: () => boolean): UploadHooks {
  return {
    log: say,
    print: (text) => io.stdout.write(`${text}\n`),
    onDiagnostic: log.onDiagnostic,
    onNote: (note) => say(flags.diagnostics === 'json' ? `${JSON.stringify({ note })}\n` : `wbimport: ${note}\n`),
    onStatus: statusHandler(flags.verbose === true, display, say),
    onReport: (report, tally) => {
      display.update({ ...tally });
      const line = reportLine(report, flags);
      if (line !== null) say(line);
    },
    shouldStop: stop,
  };
}

/** Why the run stopped (if it did), then the tally and what the requests cost; or all of it as JSON. */
function closingLines({ tally, retries, rateLimited, failure }: UploadOutcome, settings: UploadSettings, flags: UploadFlags): string {
  const stopped = failure === null ? '' : `wbimport: ${failure}\n`;
  if (flags.diagnostics === 'json') {
    return `${stopped}${JSON.stringify({ summary: { ...tally, retries, rateLimited, dryRun: settings.dryRun !== null, journal: settings.journalPath } })}\n`;
  }
  const dryRun = settings.dryRun === null ? '' : ' (dry run: nothing was sent)';
  return `${stopped}wbimport: ${tallyLine(tally)}${costLine(retries, rateLimited, tally.patched)}${dryRun}\n`;
}

function uploadExit({ tally, failure, convertErrors }: UploadOutcome, unreadable: boolean): ExitCode {
  if (failure !== null || tally.failed > 0) return EXIT.failure;
  return inputExit(unreadable, tally.heldBack > 0 || tally.refused > 0 || convertErrors);
}

async function runUpload(inputs: string[], flags: UploadFlags, io: CliIo): Promise<ExitCode> {
  const settings = await uploadSettings(inputs, flags, io, packageVersion());
  const display = progressLine<UploadTally>(io.stderr, flags.quiet === true, uploadLabel());
  const say = (text: string): void => display.log(settings.redact(text));
  const log = diagnosticLog(flags.diagnostics, say);
  const stop = stopOnInterrupt(io, say, 'the current item');
  let outcome: UploadOutcome;
  try {
    outcome = await uploadItems(settings, hooks(flags, io, display, say, log, stop.requested));
  } finally {
    stop.dispose();
    display.stop();
  }
  io.stderr.write(closingLines(outcome, settings, flags));
  return uploadExit(outcome, log.unreadable());
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
    .option('--maxlag <seconds>', 'wait while the database replicas lag more than this (default: the profile\'s, else 5)', wholeNumber('--maxlag', 1))
    .option('--edits-per-minute <n>', "the ceiling on edits per minute (default: the profile's, else 30)", positiveNumber('--edits-per-minute'))
    .option('--contact <address>', 'an e-mail address or URL for the User-Agent, as Wikimedia asks of bots (or WBIMPORT_CONTACT)')
    .option('--timeout <seconds>', 'how long to wait for one answer', positiveNumber('--timeout'), 60)
    .option('--max-retries <n>', 'how many times a failing request is tried again before the run stops', wholeNumber('--max-retries', 1), DEFAULT_BACKOFF.retries)
    .option('--backoff <ms>', 'the first wait before a retry, doubled at each further one (up to 60 s)', positiveNumber('--backoff'), DEFAULT_BACKOFF.initialDelayMs)
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
    .addOption(diagnosticsOption('how diagnostics and reports are written on stderr'))
    .addOption(new Option('--seed <n>', 'seed the jitter of retries (for tests)').argParser(wholeNumber('--seed', 0)).hideHelp())
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: UploadFlags) => {
      setExit(await runUpload(inputs, flags, io));
    });
}
