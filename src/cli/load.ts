// `wbimport load`: pages (or Wikibase JSON) in, one named graph per entity replaced in a triple store over HTTP.
import { performance } from 'node:perf_hooks';
import { Command, Option } from 'commander';
import { formatDiagnostic, type Diagnostic } from '../diagnostics/index.js';
import {
  AUTH_SCHEMES,
  Authenticator,
  CREDENTIAL_ENV,
  credentialsFromEnv,
  credentialsFromFile,
  CredentialsError,
  DEFAULT_RETRY,
  EndpointError,
  isStoreName,
  LOAD_METHODS,
  Loader,
  LoadStats,
  PayloadBuilder,
  redact,
  resolveEndpoints,
  secretsOf,
  STORE_PRESETS,
  StoreClient,
  StoreError,
  type AuthScheme,
  type Credentials,
  type Endpoints,
  type LoadMethod,
} from '../load/index.js';
import { isTerminal, plainProgress, terminalProgress } from '../load/progress.js';
import { isIdentified } from '../model/index.js';
import { convert } from '../pipeline/index.js';
import { addRdfOptions, rdfSettings, type RdfFlags } from './rdf-options.js';
import { CliError, EXIT, type ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';
import { addPageOptions, addProfileOptions, pageInputs, profileOrUsage, type PageFlags, type ProfileFlags } from './shared.js';

interface LoadFlags extends PageFlags, ProfileFlags, RdfFlags {
  store?: string;
  baseUrl?: string;
  endpoint?: string;
  updateEndpoint?: string;
  gspEndpoint?: string;
  method?: LoadMethod;
  batchSize: string;
  concurrency: string;
  retries: string;
  retryDelay: string;
  timeout: string;
  auth: AuthScheme;
  credentials?: string;
  verify?: boolean;
  failFast?: boolean;
  quiet?: boolean;
  diagnostics: 'text' | 'json';
}

const EXAMPLES = `
Examples:
  $ wbimport load fixtures/seeds/input.ndjson --store virtuoso
  $ wbimport load dump/ --store oxigraph --base-url http://localhost:7878 --verify
  $ wbimport load latest-all.json.gz --store fuseki --base-url http://localhost:3030/wikibase
  $ WBIMPORT_STORE_TOKEN=… wbimport load dump/ --store qlever --base-url http://localhost:7001 --method update
  $ WBIMPORT_STORE_USER=dba WBIMPORT_STORE_PASSWORD=… wbimport load dump/ --store virtuoso --method update
  $ wbimport load pages.ndjson --gsp-endpoint http://host/store --endpoint http://host/query

Each entity's triples (its RDF as \`convert --to nquads\` writes it) replace the named graph of its data URI
(wdata:Q42), so loading again replaces instead of adding. Presets (--store NAME, with --base-url):
${Object.entries(STORE_PRESETS)
  .map(([name, p]) => `  ${name.padEnd(9)} ${p.defaultBase.padEnd(25)} ${p.description}`)
  .join('\n')}
--method gsp (default when a graph store endpoint is known) PUTs one graph per request, --concurrency at once;
--method update POSTs SPARQL Updates (DROP SILENT GRAPH, INSERT DATA) of up to --batch-size triples each.
Credentials come from ${CREDENTIAL_ENV.user} and ${CREDENTIAL_ENV.password}, or ${CREDENTIAL_ENV.token}, or
--credentials FILE (JSON: {"user": "…", "password": "…"} or {"token": "…"}); never from a flag, never printed.
Requests that fail for want of a server (refused, reset, timeout, 5xx, 429) are retried with backoff.
Exit codes: 0 success, 1 some input was invalid (reported; the rest was loaded), 2 usage error or unreadable
input/profile/credentials, 3 the store refused or failed (what was loaded stays loaded: run again to finish).
See docs/load.md.`;

function whole(value: string, flag: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!/^\d+$/u.test(value) || Number(value) < min || Number(value) > max) {
    throw new CliError(`${flag} expects a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}, got "${value}"`, EXIT.usage);
  }
  return Number(value);
}

async function readCredentials(flags: LoadFlags): Promise<Credentials | null> {
  try {
    return flags.credentials === undefined ? credentialsFromEnv(process.env) : await credentialsFromFile(flags.credentials);
  } catch (error) {
    if (error instanceof CredentialsError) throw new CliError(error.message, EXIT.usage);
    throw error;
  }
}

function endpointsOrUsage(flags: LoadFlags, credentials: Credentials | null): Endpoints {
  if (flags.store !== undefined && !isStoreName(flags.store)) {
    throw new CliError(`unknown store "${flags.store}": expected one of ${Object.keys(STORE_PRESETS).join(', ')}`, EXIT.usage);
  }
  try {
    return resolveEndpoints({
      ...(flags.store === undefined ? {} : { store: flags.store }),
      ...(flags.baseUrl === undefined ? {} : { baseUrl: flags.baseUrl }),
      ...(flags.endpoint === undefined ? {} : { endpoint: flags.endpoint }),
      ...(flags.updateEndpoint === undefined ? {} : { updateEndpoint: flags.updateEndpoint }),
      ...(flags.gspEndpoint === undefined ? {} : { gspEndpoint: flags.gspEndpoint }),
      authenticated: credentials !== null && flags.auth !== 'none',
    });
  } catch (error) {
    if (error instanceof EndpointError) throw new CliError(error.message, EXIT.usage);
    throw error;
  }
}

function chooseMethod(flags: LoadFlags, endpoints: Endpoints): LoadMethod {
  const method = flags.method ?? (endpoints.gsp !== undefined ? 'gsp' : 'update');
  if (method === 'gsp' && endpoints.gsp === undefined) {
    throw new CliError('--method gsp needs a graph store endpoint: give --gsp-endpoint URL or --store NAME', EXIT.usage);
  }
  if (method === 'update' && endpoints.update === undefined) {
    throw new CliError('no triple store named: give --store NAME (with --base-url), or --update-endpoint or --gsp-endpoint URL', EXIT.usage);
  }
  if (flags.verify === true && endpoints.query === undefined) {
    throw new CliError('--verify counts triples with a query: give --endpoint URL or --store NAME', EXIT.usage);
  }
  return method;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function loadLine(stats: LoadStats, target: string, method: LoadMethod, seconds: number, stopped: boolean): string {
  const parts = [
    `${stopped ? 'stopped after loading' : 'loaded'} ${plural(stats.items, 'item')} (${plural(stats.triples, 'triple')}) into ${target} by ${method === 'gsp' ? 'Graph Store Protocol' : 'SPARQL Update'}`,
    `${plural(stats.requests, 'request')}, ${plural(stats.retries, 'retry').replace('retrys', 'retries')}, ${seconds.toFixed(1)} s`,
  ];
  if (stats.rejected > 0) parts.push(`${plural(stats.rejected, 'item')} refused`);
  if (stats.verified > 0 || stats.mismatched > 0) parts.push(`${plural(stats.verified, 'graph')} verified, ${stats.mismatched} mismatched`);
  return parts.join(', ');
}

async function runLoad(inputs: string[], flags: LoadFlags, io: CliIo): Promise<ExitCode> {
  const batchTriples = whole(flags.batchSize, '--batch-size', 1);
  const concurrency = whole(flags.concurrency, '--concurrency', 1, 64);
  const retry = {
    retries: whole(flags.retries, '--retries', 0, 100),
    initialDelayMs: whole(flags.retryDelay, '--retry-delay', 0),
    maxDelayMs: DEFAULT_RETRY.maxDelayMs,
  };
  const timeoutMs = whole(flags.timeout, '--timeout', 1) * 1000;
  const credentials = await readCredentials(flags);
  const endpoints = endpointsOrUsage(flags, credentials);
  const method = chooseMethod(flags, endpoints);
  const { names, facts, manifest } = await pageInputs(inputs, flags);
  const profile = await profileOrUsage(flags.profile);

  const secrets = secretsOf(credentials);
  const stats = new LoadStats();
  const progress = isTerminal(io.stderr) && flags.quiet !== true ? terminalProgress(io.stderr, stats) : plainProgress(io.stderr);
  const say = (line: string): void => progress.log(`${redact(line, secrets)}\n`);
  let unreadable = false;
  let invalid = false;
  const onDiagnostic = (d: Diagnostic): void => {
    if (d.code === 'input-unreadable') unreadable = true;
    if (d.severity === 'error' && !d.code.startsWith('load-')) invalid = true;
    say(formatDiagnostic(d, flags.diagnostics));
  };

  const payloads = new PayloadBuilder(await rdfSettings(profile, flags), onDiagnostic);
  const client = new StoreClient({
    auth: new Authenticator(flags.auth, credentials),
    retry,
    timeoutMs,
    onRequest: () => {
      stats.requests += 1;
    },
    onRetry: (event) => {
      stats.retries += 1;
      if (flags.quiet !== true) {
        say(`wbimport: ${event.reason} from ${event.url.origin}${event.url.pathname}: retry ${event.attempt} of ${retry.retries} in ${(event.delayMs / 1000).toFixed(1)} s`);
      }
    },
  });
  const loader = new Loader({
    method,
    endpoints,
    client,
    stats,
    batchTriples,
    concurrency,
    verify: flags.verify === true,
    onRejected: (payload, error) =>
      onDiagnostic({ code: 'load-rejected', severity: 'error', item: payload.item, graph: payload.graph, reason: error.message }),
    onMismatch: (payload, held) =>
      onDiagnostic({ code: 'load-mismatch', severity: 'error', item: payload.item, graph: payload.graph, sent: payload.triples, held }),
    onProgress: () => progress.update(),
  });

  const started = performance.now();
  let fatal: StoreError | null = null;
  let summary: Awaited<ReturnType<typeof convert>> | null = null;
  try {
    summary = await convert(names, null, {
      profile,
      onDiagnostic,
      ...(facts === undefined ? {} : { facts }),
      ...(manifest === undefined ? {} : { manifest }),
      ...(flags.uiLanguage === undefined ? {} : { uiLanguage: flags.uiLanguage }),
      stdin: io.stdin,
      failFast: flags.failFast === true,
      onEntity: async (item) => {
        if (!isIdentified(item)) {
          onDiagnostic({ code: 'item-without-id', severity: 'error', format: 'load' });
          return;
        }
        await loader.add(payloads.payload(item));
      },
    });
    await loader.finish();
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    await loader.settle();
    fatal = error;
  } finally {
    progress.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const target = method === 'gsp' ? endpoints.gsp : endpoints.update;
  const targetText = target === undefined ? '' : `${target.origin}${target.pathname}`;
  if (fatal !== null) say(`wbimport: ${fatal.message}`);
  if (flags.diagnostics === 'json') {
    const load = { ...stats.toJSON(), method, endpoint: targetText, seconds: Number(seconds.toFixed(3)), stopped: fatal !== null };
    say(JSON.stringify({ summary: { ...(summary?.toJSON() ?? {}), load } }));
  } else {
    if (summary !== null) say(`wbimport: ${summary.line()}`);
    say(`wbimport: ${loadLine(stats, targetText, method, seconds, fatal !== null)}`);
  }
  if (fatal !== null || stats.rejected > 0 || stats.mismatched > 0) return EXIT.failure;
  if (unreadable) return EXIT.usage;
  return invalid || summary?.hasErrors === true ? EXIT.invalidInput : EXIT.ok;
}

export function loadCommand(io: CliIo, setExit: (code: ExitCode) => void): Command {
  return addRdfOptions(addProfileOptions(addPageOptions(new Command('load'))))
    .summary('load entities into a triple store (SPARQL Graph Store Protocol or Update), a named graph each')
    .description(
      'Convert the inputs as `convert` does and replace each entity\'s named graph (its data URI) in a triple store ' +
        'over HTTP, streaming: batched, a few requests in flight, retried when the store is down.',
    )
    .argument('[inputs...]', 'files, directories, or - for standard input (default: -)')
    .addOption(new Option('--store <name>', 'a triple store preset, with --base-url').choices(Object.keys(STORE_PRESETS)))
    .option('--base-url <url>', "the store's base URL (default: the preset's, e.g. http://127.0.0.1:8890)")
    .option('--endpoint <url>', 'the SPARQL query endpoint (for --verify; the update endpoint too unless given)')
    .option('--update-endpoint <url>', 'the SPARQL Update endpoint')
    .option('--gsp-endpoint <url>', 'the SPARQL Graph Store Protocol endpoint')
    .addOption(new Option('--method <method>', 'gsp: a PUT per graph; update: SPARQL Update, several graphs a request').choices(LOAD_METHODS))
    .option('--batch-size <triples>', 'update: the most triples in one request (entities are never split between requests)', '500')
    .option('--concurrency <n>', 'requests in flight at once (2 is fastest on Virtuoso with 2 cores)', '2')
    .option('--retries <n>', 'how often a request is retried when the store is down or overloaded', String(DEFAULT_RETRY.retries))
    .option('--retry-delay <ms>', 'the first retry waits this long, each next one twice as long (at most 30 s)', String(DEFAULT_RETRY.initialDelayMs))
    .option('--timeout <seconds>', 'give up on a request after this long (it is then retried)', '300')
    .addOption(new Option('--auth <scheme>', 'authentication: auto answers what the store asks for').choices(AUTH_SCHEMES).default('auto'))
    .option('--credentials <file>', `a JSON file {"user", "password"} or {"token"} (default: ${CREDENTIAL_ENV.user}/${CREDENTIAL_ENV.password} or ${CREDENTIAL_ENV.token})`)
    .option('--verify', "count each graph's triples in the store after loading it and report any difference")
    .option('--fail-fast', 'stop at the first invalid input instead of going on with the rest')
    .option('-q, --quiet', 'no progress line and no retry messages (diagnostics and the summary still go to stderr)')
    .addOption(new Option('--diagnostics <format>', 'how diagnostics are written on stderr').choices(['text', 'json']).default('text'))
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: LoadFlags) => {
      setExit(await runLoad(inputs, flags, io));
    });
}
