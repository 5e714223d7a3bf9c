// `wbimport load`: pages (or Wikibase JSON) in, one named graph per entity replaced in a triple store, by the fastest
// path the store offers (Virtuoso's bulk loader, N-Quads per dataset, Graph Store Protocol, SPARQL Update).
import { performance } from 'node:perf_hooks';
import { finished } from 'node:stream/promises';
import { Command, Option } from 'commander';
import { formatDiagnostic, type Diagnostic } from '../diagnostics/index.js';
import {
  AUTH_SCHEMES,
  Authenticator,
  credentialsFromEnv,
  credentialsFromFile,
  CredentialsError,
  redactor,
  userAgent,
  type AuthScheme,
  type Credentials,
} from '../net/index.js';
import {
  chooseMethod,
  CREDENTIAL_ENV,
  DEFAULT_BATCH_TRIPLES,
  DEFAULT_RETRY,
  EndpointError,
  isStoreName,
  LOAD_METHODS,
  Loader,
  LoadStats,
  PayloadBuilder,
  QuadBatcher,
  QuadsLoader,
  resolveEndpoints,
  STORE_PRESETS,
  StoreClient,
  StoreError,
  VirtuosoBulkLoader,
  type Endpoints,
  type GraphBatch,
  type LoadMethod,
} from '../load/index.js';
import { isTerminal, plainProgress, terminalProgress } from '../load/progress.js';
import { OUTPUT_FORMATS, type RdfSettings } from '../emit/index.js';
import { isIdentified } from '../model/index.js';
import { convert, type ConvertOptions } from '../pipeline/index.js';
import { addRdfOptions, rdfSettings, type RdfFlags } from './rdf-options.js';
import { CliError, EXIT, type ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';
import { loadLine, targetOf } from './load-summary.js';
import {
  addPageOptions,
  addProfileOptions,
  addScaleOptions,
  pageInputs,
  profileOrUsage,
  scaleOptions,
  type PageFlags,
  type ProfileFlags,
  type ScaleFlags,
} from './shared.js';

interface LoadFlags extends PageFlags, ProfileFlags, RdfFlags, ScaleFlags {
  store?: string;
  baseUrl?: string;
  endpoint?: string;
  updateEndpoint?: string;
  gspEndpoint?: string;
  quadsEndpoint?: string;
  method?: LoadMethod;
  batchSize?: string;
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

function whole(value: string, flag: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!/^\d+$/u.test(value) || Number(value) < min || Number(value) > max) {
    throw new CliError(`${flag} expects a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}, got "${value}"`, EXIT.usage);
  }
  return Number(value);
}

async function readCredentials(flags: LoadFlags): Promise<Credentials | null> {
  try {
    return flags.credentials === undefined ? credentialsFromEnv(process.env, CREDENTIAL_ENV) : await credentialsFromFile(flags.credentials);
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
      ...(flags.quadsEndpoint === undefined ? {} : { quadsEndpoint: flags.quadsEndpoint }),
      authenticated: credentials !== null && flags.auth !== 'none',
    });
  } catch (error) {
    if (error instanceof EndpointError) throw new CliError(error.message, EXIT.usage);
    throw error;
  }
}

/** A batch path (bulk, quads): the pipeline writes N-Quads text, cut into batches of whole graphs for the store. */
interface BatchSink {
  load(batch: GraphBatch): Promise<void>;
  finish(): Promise<void>;
  settle(): Promise<void>;
}

async function runLoad(inputs: string[], flags: LoadFlags, io: CliIo): Promise<ExitCode> {
  const concurrency = whole(flags.concurrency, '--concurrency', 1, 64);
  const retry = {
    retries: whole(flags.retries, '--retries', 0, 100),
    initialDelayMs: whole(flags.retryDelay, '--retry-delay', 0),
    maxDelayMs: DEFAULT_RETRY.maxDelayMs,
    capRetryAfter: DEFAULT_RETRY.capRetryAfter,
  };
  const timeoutMs = whole(flags.timeout, '--timeout', 1) * 1000;
  const batchGiven = flags.batchSize === undefined ? undefined : whole(flags.batchSize, '--batch-size', 1);
  const scale = scaleOptions(flags);
  const credentials = await readCredentials(flags);
  const endpoints = endpointsOrUsage(flags, credentials);
  if (flags.verify === true && endpoints.query === undefined) {
    throw new CliError('--verify counts triples with a query: give --endpoint URL or --store NAME', EXIT.usage);
  }
  const { names, facts, manifest } = await pageInputs(inputs, flags);
  const profile = await profileOrUsage(flags.profile);

  const redact = redactor(credentials);
  const stats = new LoadStats();
  const progress = isTerminal(io.stderr) && flags.quiet !== true ? terminalProgress(io.stderr, stats) : plainProgress(io.stderr);
  const say = (line: string): void => progress.log(`${redact(line)}\n`);
  let unreadable = false;
  let invalid = false;
  const onDiagnostic = (d: Diagnostic): void => {
    if (d.code === 'input-unreadable') unreadable = true;
    if (d.severity === 'error' && !d.code.startsWith('load-')) invalid = true;
    say(formatDiagnostic(d, flags.diagnostics));
  };

  const rdf: RdfSettings = await rdfSettings(profile, flags);
  const client = new StoreClient({
    auth: new Authenticator(flags.auth, credentials),
    retry,
    timeoutMs,
    userAgent: userAgent(process.env['WBIMPORT_CONTACT']),
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

  const started = performance.now();
  let fatal: StoreError | null = null;
  let method: LoadMethod = flags.method ?? 'gsp';
  let summary: Awaited<ReturnType<typeof convert>> | null = null;
  let sink: BatchSink | Loader | null = null;
  try {
    const choice = await chooseMethod({
      ...(flags.method === undefined ? {} : { asked: flags.method }),
      ...(flags.store === undefined || !isStoreName(flags.store) ? {} : { store: flags.store }),
      endpoints,
      credentials: credentials !== null && flags.auth !== 'none',
      client,
    });
    if (!choice.ok) throw new CliError(choice.reason, EXIT.usage);
    method = choice.method;
    if (choice.note !== undefined && flags.quiet !== true) say(`wbimport: ${choice.note}`);
    const batchTriples = batchGiven ?? DEFAULT_BATCH_TRIPLES[method];
    const loaderFor = (m: 'gsp' | 'update', verify: boolean): Loader =>
      new Loader({
        method: m,
        endpoints,
        client,
        stats,
        batchTriples,
        concurrency,
        verify,
        onRejected: (payload, error) =>
          onDiagnostic({ code: 'load-rejected', severity: 'error', item: payload.item, graph: payload.graph, reason: error.message }),
        onMismatch: (payload, held) =>
          onDiagnostic({ code: 'load-mismatch', severity: 'error', item: payload.item, graph: payload.graph, sent: payload.triples, held }),
        onProgress: () => progress.update(),
      });
    // A graph a batch path could not load is sent again on its own, verified, by the per-graph path.
    const fallback = (): Loader => loaderFor(endpoints.gsp !== undefined ? 'gsp' : 'update', true);
    const pipeline: ConvertOptions = {
      profile,
      onDiagnostic,
      ...(facts === undefined ? {} : { facts }),
      ...(manifest === undefined ? {} : { manifest }),
      ...(flags.uiLanguage === undefined ? {} : { uiLanguage: flags.uiLanguage }),
      ...scale,
      stdin: io.stdin,
      failFast: flags.failFast === true,
    };

    if (method === 'bulk' || method === 'quads') {
      // chooseMethod gives bulk only with a query endpoint, and quads only with an N-Quads endpoint.
      const { query, quads } = endpoints;
      let batchSink: BatchSink;
      if (method === 'bulk') {
        if (query === undefined) throw new Error('bulk: no query endpoint');
        batchSink = new VirtuosoBulkLoader({
          client,
          endpoints: { ...endpoints, query },
          dir: choice.bulkDir ?? '',
          stats,
          verify: flags.verify === true,
          fallback: fallback(),
          onMismatch: (item, graph, sent, held) => onDiagnostic({ code: 'load-mismatch', severity: 'error', item, graph, sent, held }),
          onNotice: (text) => say(`wbimport: ${text}`),
          onProgress: () => progress.update(),
        });
      } else {
        if (quads === undefined) throw new Error('quads: no N-Quads endpoint');
        batchSink = new QuadsLoader({
          client,
          endpoints,
          quads,
          stats,
          concurrency,
          verify: flags.verify === true,
          fallback: fallback(),
          onMismatch: (item, graph, sent, held) => onDiagnostic({ code: 'load-mismatch', severity: 'error', item, graph, sent, held }),
          onProgress: () => progress.update(),
        });
      }
      sink = batchSink;
      // The workers write N-Quads text (as `convert --to nquads` does); the batcher cuts it into whole graphs.
      const batcher = new QuadBatcher(batchTriples, (batch) => batchSink.load(batch));
      const out = batcher.writable();
      summary = await convert(names, { format: OUTPUT_FORMATS.nquads, out, rdf }, pipeline);
      out.end();
      await finished(out);
      await batchSink.finish();
    } else {
      const loader = loaderFor(method, flags.verify === true);
      sink = loader;
      const payloads = new PayloadBuilder(rdf, onDiagnostic);
      summary = await convert(names, null, {
        ...pipeline,
        onEntity: async (item) => {
          if (!isIdentified(item)) {
            onDiagnostic({ code: 'item-without-id', severity: 'error', format: 'load' });
            return;
          }
          await loader.add(payloads.payload(item));
        },
      });
      await loader.finish();
    }
  } catch (error) {
    if (!(error instanceof StoreError)) {
      await sink?.settle().catch(() => undefined);
      throw error;
    }
    await sink?.settle().catch(() => undefined);
    fatal = error;
  } finally {
    progress.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const target = targetOf(method, endpoints);
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
    )
    .option('--concurrency <n>', 'requests in flight at once (2 is fastest on Virtuoso with 2 cores)', '2')
    .option('--retries <n>', 'how often a request is retried when the store is down or overloaded', String(DEFAULT_RETRY.retries))
    .option('--retry-delay <ms>', 'the first retry waits this long, each next one twice as long (at most 30 s)', String(DEFAULT_RETRY.initialDelayMs))
    .option('--timeout <seconds>', 'give up on a request after this long (it is then retried)', '300')
    .addOption(new Option('--auth <scheme>', 'authentication: auto answers what the store asks for').choices(AUTH_SCHEMES).default('auto'))
    .option('--credentials <file>', `a file with a user and password or a token (JSON or key = value; chmod 600) (default: ${CREDENTIAL_ENV.user}/${CREDENTIAL_ENV.password} or ${CREDENTIAL_ENV.token})`)
    .option('--verify', "count each graph's triples in the store after loading it and report any difference")
    .option('--fail-fast', 'stop at the first invalid input instead of going on with the rest')
    .option('-q, --quiet', 'no progress line and no retry messages (diagnostics and the summary still go to stderr)')
    .addOption(new Option('--diagnostics <format>', 'how diagnostics are written on stderr').choices(['text', 'json']).default('text'))
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: LoadFlags) => {
      setExit(await runLoad(inputs, flags, io));
    });
}
