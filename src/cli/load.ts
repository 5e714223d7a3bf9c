// `wbimport load`: pages (or Wikibase JSON) in, one named graph per entity replaced in a triple store, by the fastest
// path the store offers (Virtuoso's bulk loader, N-Quads per dataset, Graph Store Protocol, SPARQL Update).
import { Command, Option } from 'commander';
import type { Diagnostic } from '../diagnostics/index.js';
import { packageVersion } from '../files/index.js';
import { AUTH_SCHEMES, credentialsFromEnv, credentialsFromFile, redactor, userAgent, type AuthScheme } from '../net/index.js';
import {
  CREDENTIAL_ENV,
  DEFAULT_BATCH_TRIPLES,
  DEFAULT_RETRY,
  LOAD_METHODS,
  resolveEndpoints,
  STORE_PRESETS,
  type LoadMethod,
  type LoadStats,
  type StoreName,
} from '../load/index.js';
import { loadEntities, type LoadHooks, type LoadOutcome, type LoadSettings } from '../load/run.js';
import { CliError, EXIT, type ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';
import { loadLine, targetOf } from './load-summary.js';
import { wholeNumber } from './numbers.js';
import { progressLine } from './progress.js';
import { loadLabel } from './progress-labels.js';
import { addRdfOptions, rdfSettings, type RdfFlags } from './rdf-options.js';
import { diagnosticLog, inputExit, type DiagnosticsFormat } from './reporting.js';
import {
  addPageOptions,
  addProfileOptions,
  addScaleOptions,
  diagnosticsOption,
  pageInputs,
  profileOrUsage,
  reading,
  scaleOptions,
  type PageFlags,
  type ProfileFlags,
  type ScaleFlags,
} from './shared.js';

interface LoadFlags extends PageFlags, ProfileFlags, RdfFlags, ScaleFlags {
  store?: StoreName;
  baseUrl?: string;
  endpoint?: string;
  updateEndpoint?: string;
  gspEndpoint?: string;
  quadsEndpoint?: string;
  method?: LoadMethod;
  batchSize?: number;
  concurrency: number;
  retries: number;
  retryDelay: number;
  timeout: number;
  auth: AuthScheme;
  credentials?: string;
  verify?: boolean;
  failFast?: boolean;
  quiet?: boolean;
  diagnostics: DiagnosticsFormat;
}

const EXAMPLES = `
Examples:
  $ WBIMPORT_STORE_USER=dba WBIMPORT_STORE_PASSWORD=… wbimport load dump/ --store virtuoso
  $ wbimport load fixtures/seeds/input.ndjson --store virtuoso
  $ wbimport load dump/ --store oxigraph --base-url http://localhost:7878 --verify
  $ wbimport load latest-all.json.gz --store fuseki --base-url http://localhost:3030/wikibase
  $ WBIMPORT_STORE_TOKEN=… wbimport load dump/ --store qlever --base-url http://localhost:7001 --method update
  $ wbimport load pages.ndjson --gsp-endpoint http://host/store --endpoint http://host/query

Each entity's triples (its RDF as \`convert --to nquads\` writes it) replace the named graph of its data URI
(wdata:Q42), so loading again replaces instead of adding. Presets (--store NAME, with --base-url):
${Object.entries(STORE_PRESETS)
  .map(([name, p]) => `  ${name.padEnd(9)} ${p.defaultBase.padEnd(25)} ${p.description}`)
  .join('\n')}
--method (default: the store's fastest): bulk, Virtuoso's bulk loader on N-Quads files in a directory of its
DirsAllowed (same host; needs a dba user's credentials; otherwise gsp is used and the reason shown); quads, N-Quads
POSTed to the dataset (Oxigraph server, Fuseki), --batch-size triples a request; gsp, a PUT per graph, --concurrency
at once; update, SPARQL Updates (DELETE, INSERT DATA) of up to --batch-size triples each.
Credentials come from ${CREDENTIAL_ENV.user} and ${CREDENTIAL_ENV.password}, or ${CREDENTIAL_ENV.token}, or
--credentials FILE (JSON {"user": "…", "password": "…"} or {"token": "…"}, or key = value lines: the format upload
reads, docs/credentials.md); never from a flag, never printed.
Requests that fail for want of a server (refused, reset, timeout, 5xx, 429) are retried with backoff.
Exit codes: 0 success, 1 some input was invalid (reported; the rest was loaded), 2 usage error or unreadable
input/profile/credentials, 3 the store refused or failed (what was loaded stays loaded: run again to finish).
See docs/load.md.`;

/** The run's settings: the store's endpoints and credentials, how to write, and the inputs. */
async function loadSettings(inputs: string[], flags: LoadFlags, io: CliIo): Promise<LoadSettings> {
  const credentials = flags.credentials === undefined ? credentialsFromEnv(process.env, CREDENTIAL_ENV) : await credentialsFromFile(flags.credentials);
  const endpoints = resolveEndpoints({
    ...(flags.store === undefined ? {} : { store: flags.store }),
    ...(flags.baseUrl === undefined ? {} : { baseUrl: flags.baseUrl }),
    ...(flags.endpoint === undefined ? {} : { endpoint: flags.endpoint }),
    ...(flags.updateEndpoint === undefined ? {} : { updateEndpoint: flags.updateEndpoint }),
    ...(flags.gspEndpoint === undefined ? {} : { gspEndpoint: flags.gspEndpoint }),
    ...(flags.quadsEndpoint === undefined ? {} : { quadsEndpoint: flags.quadsEndpoint }),
    authenticated: credentials !== null && flags.auth !== 'none',
  });
  if (flags.verify === true && endpoints.query === undefined) {
    throw new CliError('--verify counts triples with a query: give --endpoint URL or --store NAME', EXIT.usage);
  }
  const pages = await pageInputs(inputs, flags);
  const profile = await profileOrUsage(flags.profile);
  return {
    names: pages.names,
    reading: { ...reading(pages, flags, io), ...scaleOptions(flags) },
    profile,
    rdf: await rdfSettings(profile, flags),
    endpoints,
    credentials,
    auth: flags.auth,
    ...(flags.store === undefined ? {} : { store: flags.store }),
    ...(flags.method === undefined ? {} : { method: flags.method }),
    ...(flags.batchSize === undefined ? {} : { batchTriples: flags.batchSize }),
    concurrency: flags.concurrency,
    retry: { ...DEFAULT_RETRY, retries: flags.retries, initialDelayMs: flags.retryDelay },
    timeoutMs: flags.timeout * 1000,
    userAgent: userAgent(packageVersion(), process.env['WBIMPORT_CONTACT']),
    verify: flags.verify === true,
  };
}

function hooks(flags: LoadFlags, say: (text: string) => void, onDiagnostic: (d: Diagnostic) => void, update: (stats: LoadStats) => void): LoadHooks {
  const quiet = flags.quiet === true;
  return {
    onDiagnostic,
    onMethodNote: (text) => {
      if (!quiet) say(`wbimport: ${text}\n`);
    },
    onNotice: (text) => say(`wbimport: ${text}\n`),
    onRetry: (event) => {
      if (quiet) return;
      const wait = (event.delayMs / 1000).toFixed(1);
      say(`wbimport: ${event.reason} from ${event.url.origin}${event.url.pathname}: retry ${event.attempt} of ${flags.retries} in ${wait} s\n`);
    },
    onProgress: update,
  };
}

/** What stopped the store (if it did), then the pipeline's and the load's counts; or all of it as JSON. */
function closingLines({ stats, method, summary, fatal, seconds }: LoadOutcome, settings: LoadSettings, format: DiagnosticsFormat): string[] {
  const target = targetOf(method, settings.endpoints);
  const targetText = target === undefined ? '' : `${target.origin}${target.pathname}`;
  const stopped = fatal === null ? [] : [`wbimport: ${fatal.message}`];
  if (format === 'json') {
    const load = { ...stats.toJSON(), method, endpoint: targetText, seconds: Number(seconds.toFixed(3)), stopped: fatal !== null };
    return [...stopped, JSON.stringify({ summary: { ...(summary?.toJSON() ?? {}), load } })];
  }
  const pipeline = summary === null ? [] : [`wbimport: ${summary.line()}`];
  return [...stopped, ...pipeline, `wbimport: ${loadLine(stats, targetText, method, seconds, fatal !== null)}`];
}

async function runLoad(inputs: string[], flags: LoadFlags, io: CliIo): Promise<ExitCode> {
  const settings = await loadSettings(inputs, flags, io);
  const redact = redactor(settings.credentials);
  const progress = progressLine<LoadStats>(io.stderr, flags.quiet === true, loadLabel());
  const say = (text: string): void => progress.log(redact(text));
  const log = diagnosticLog(flags.diagnostics, say);
  let invalid = false;
  const onDiagnostic = (d: Diagnostic): void => {
    if (d.severity === 'error' && !d.code.startsWith('load-')) invalid = true;
    log.onDiagnostic(d);
  };
  let outcome: LoadOutcome;
  try {
    outcome = await loadEntities(settings, hooks(flags, say, onDiagnostic, (stats) => progress.update(stats)));
  } finally {
    progress.stop();
  }
  for (const line of closingLines(outcome, settings, flags.diagnostics)) say(`${line}\n`);
  const { stats, fatal, summary } = outcome;
  if (fatal !== null || stats.rejected > 0 || stats.mismatched > 0) return EXIT.failure;
  return inputExit(log.unreadable(), invalid || summary?.hasErrors === true);
}

export function loadCommand(io: CliIo, setExit: (code: ExitCode) => void): Command {
  return addRdfOptions(addProfileOptions(addScaleOptions(addPageOptions(new Command('load')))))
    .summary('load entities into a triple store (bulk loader, N-Quads, Graph Store Protocol or Update), a named graph each')
    .description(
      'Convert the inputs as `convert` does and replace each entity\'s named graph (its data URI) in a triple store, ' +
        "streaming, by the store's fastest path: Virtuoso's bulk loader when it can read our files, N-Quads posted " +
        'to the dataset, or HTTP requests batched, a few in flight, retried when the store is down.',
    )
    .argument('[inputs...]', 'files, directories, or - for standard input (default: -)')
    .addOption(new Option('--store <name>', 'a triple store preset, with --base-url').choices(Object.keys(STORE_PRESETS)))
    .option('--base-url <url>', "the store's base URL (default: the preset's, e.g. http://127.0.0.1:8890)")
    .option('--endpoint <url>', 'the SPARQL query endpoint (for --verify; the update endpoint too unless given)')
    .option('--update-endpoint <url>', 'the SPARQL Update endpoint')
    .option('--gsp-endpoint <url>', 'the SPARQL Graph Store Protocol endpoint')
    .option('--quads-endpoint <url>', 'where N-Quads POSTed are added to the dataset (--method quads)')
    .addOption(new Option('--method <method>', "how to write (default: the store's fastest; see below)").choices(LOAD_METHODS))
    .option(
      '--batch-size <triples>',
      `triples per batch: a bulk file or an N-Quads request (default ${DEFAULT_BATCH_TRIPLES.bulk}), an update request (default ${DEFAULT_BATCH_TRIPLES.update}); entities are never split`,
      wholeNumber('--batch-size', 1),
    )
    .option('--concurrency <n>', 'requests in flight at once (2 is fastest on Virtuoso with 2 cores)', wholeNumber('--concurrency', 1, 64), 2)
    .option('--retries <n>', 'how often a request is retried when the store is down or overloaded', wholeNumber('--retries', 0, 100), DEFAULT_RETRY.retries)
    .option('--retry-delay <ms>', 'the first retry waits this long, each next one twice as long (at most 30 s)', wholeNumber('--retry-delay', 0), DEFAULT_RETRY.initialDelayMs)
    .option('--timeout <seconds>', 'give up on a request after this long (it is then retried)', wholeNumber('--timeout', 1), 300)
    .addOption(new Option('--auth <scheme>', 'authentication: auto answers what the store asks for').choices(AUTH_SCHEMES).default('auto'))
    .option('--credentials <file>', `a file with a user and password or a token (JSON or key = value; chmod 600) (default: ${CREDENTIAL_ENV.user}/${CREDENTIAL_ENV.password} or ${CREDENTIAL_ENV.token})`)
    .option('--verify', "count each graph's triples in the store after loading it and report any difference")
    .option('--fail-fast', 'stop at the first invalid input instead of going on with the rest')
    .option('-q, --quiet', 'no progress line and no retry messages (diagnostics and the summary still go to stderr)')
    .addOption(diagnosticsOption())
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: LoadFlags) => {
      setExit(await runLoad(inputs, flags, io));
    });
}
