// `wbimport query`: SPARQL 1.1 over our RDF with oxigraph in memory, from pages converted on the way or from RDF
// files written earlier; the Wikibase's prefixes predeclared, answers as a table, SPARQL results or RDF.
import { readFile } from 'node:fs/promises';
import { text as readAll } from 'node:stream/consumers';
import { Command, Option } from 'commander';
import { formatDiagnostic, plural, type Diagnostic } from '../diagnostics/index.js';
import {
  checkQuery,
  defaultFormat,
  formatQueryProblem,
  loadStore,
  mergeGraphsIntoDefault,
  prefixLine,
  prepareQuery,
  QueryError,
  RESULT_FORMATS,
  runQuery,
  saveStore,
  splitInputs,
  wikibasePrefixes,
  writeResult,
  type PreparedQuery,
  type QueryForm,
  type QueryResult,
  type ResultFormatName,
} from '../query/index.js';
import type { RdfSettings } from '../emit/index.js';
import type { Profile } from '../profile/index.js';
import { addRdfOptions, rdfSettings } from './rdf-options.js';
import { CliError, EXIT, type ExitCode } from './exit-codes.js';
import { openOutput, type CliIo } from './io.js';
import { wholeNumber } from './numbers.js';
import { addProfileOptions, diagnosticsOption, profileOrUsage } from './shared.js';

interface QueryFlags {
  queryFile?: string;
  format?: ResultFormatName;
  output?: string;
  profile: string;
  url?: string;
  uiLanguage?: string;
  conceptUri?: string;
  dataUri?: string;
  datatypes?: string;
  save?: string;
  maxWidth: number;
  diagnostics: 'text' | 'json';
  timings?: boolean;
  prefixes?: boolean;
}

const EXAMPLES = `
Examples:
  $ wbimport query 'SELECT ?project ?amount WHERE { ?project wdt:P835 ?amount }' fixtures/seeds/input.ndjson
  $ wbimport query -f euro.rq dump/ --format csv > projects.csv
  $ wbimport query 'ASK { wd:Q4295133 wdt:P20 ?start }' items.nq
  $ wbimport query 'CONSTRUCT WHERE { ?item wdt:P835 ?amount }' items.nq --format ntriples
  $ echo 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' | wbimport query - items.nq

Convert once, query many times (the store lives in memory; N-Quads load back fast):
  $ wbimport convert dump/ --to nquads --output items.nq
  $ wbimport query 'SELECT …' items.nq
  $ wbimport query --save all.nq 'ASK {}' dump/ extra.ttl      # or save what a query run loaded

The query is the first argument (- reads it from standard input), or --query-file FILE; every other argument
is an input. Inputs named *.nt, *.ttl, *.nq or *.trig (gzipped or not) are loaded as RDF; everything else
(pages, NDJSON records, Wikibase JSON, directories, - for standard input) is converted as \`convert\` does, with
its diagnostics, into one named graph per entity. The default graph holds every triple of every graph, once.
The profile's prefixes (wd:, wdt:, p:, ps:, psv:, pq:, wikibase:, rdfs:, xsd:, schema:, … see --prefixes) need
no PREFIX line; a query's own PREFIX lines win. oxigraph writes xsd:decimal values in canonical form: "+85.0"
is 85 in answers. SELECT and ASK answers: table (default), json, csv, tsv; CONSTRUCT and DESCRIBE: turtle
(default), ntriples, sorted. Without ORDER BY, rows come in oxigraph's order: the same for the same inputs.
Exit codes: 0 success, 1 some input was invalid (reported on stderr; the query ran over the rest),
2 usage error, invalid query (its position is shown), unreadable input or profile, 3 failure.`;

const SELECT_ASK = Object.keys(RESULT_FORMATS).filter((n) => RESULT_FORMATS[n as ResultFormatName].answers === 'select-ask');
const GRAPH = Object.keys(RESULT_FORMATS).filter((n) => RESULT_FORMATS[n as ResultFormatName].answers === 'construct-describe');

interface QueryText {
  readonly text: string;
  /** Where the query came from, as a problem's location names it: `query`, `-` or the file. */
  readonly source: string;
  readonly inputs: string[];
}

/** grep's convention: the first argument is the query, unless --query-file gives it. */
async function queryText(first: string | undefined, rest: string[], flags: QueryFlags, io: CliIo): Promise<QueryText> {
  let text: string;
  let source: string;
  let inputs: string[];
  if (flags.queryFile !== undefined) {
    inputs = first === undefined ? rest : [first, ...rest];
    source = flags.queryFile;
    try {
      text = flags.queryFile === '-' ? await readAll(io.stdin) : await readFile(flags.queryFile, 'utf8');
    } catch (error) {
      throw new CliError(`cannot read --query-file ${flags.queryFile}: ${error instanceof Error ? error.message : String(error)}`, EXIT.usage);
    }
  } else {
    if (first === undefined) throw new CliError("give a query: wbimport query 'SELECT …' INPUTS… (or --query-file FILE)", EXIT.usage);
    inputs = rest;
    source = first === '-' ? '-' : 'query';
    text = first === '-' ? await readAll(io.stdin) : first;
  }
  if (source === '-' && inputs.includes('-')) {
    throw new CliError('standard input cannot hold both the query and an input: put one of them in a file', EXIT.usage);
  }
  if (text.trim() === '') throw new CliError('the query is empty', EXIT.usage);
  if (inputs.length === 0) {
    throw new CliError('name what to query: pages, Wikibase JSON, RDF files (.nt, .ttl, .nq, .trig), or - for standard input', EXIT.usage);
  }
  return { text, source, inputs };
}

function chooseFormat(asked: ResultFormatName | undefined, form: QueryForm): ResultFormatName {
  const answers = form === 'construct' || form === 'describe' ? 'construct-describe' : 'select-ask';
  if (asked === undefined) return defaultFormat(answers);
  if (RESULT_FORMATS[asked].answers === answers) return asked;
  const fits = answers === 'select-ask' ? SELECT_ASK : GRAPH;
  throw new CliError(`a ${form.toUpperCase()} query cannot be written as ${asked}: use --format ${fits.join(', ')}`, EXIT.usage);
}

function answerSize(result: QueryResult): { text: string; json: object } {
  if (result.kind === 'boolean') return { text: `answer ${String(result.value)}`, json: { boolean: result.value } };
  if (result.kind === 'graph') return { text: plural(result.triples.length, 'triple'), json: { triples: result.triples.length } };
  return { text: plural(result.rows.length, 'row'), json: { rows: result.rows.length } };
}

function reportQueryProblem(error: unknown, query: PreparedQuery, source: string, io: CliIo): ExitCode {
  if (!(error instanceof QueryError)) throw error;
  io.stderr.write(`${formatQueryProblem(error.problem, query.text, source)}\n`);
  return error.exitCode;
}

type Loaded = Awaited<ReturnType<typeof loadStore>>;

/** Loads the inputs into the store (pages converted, RDF read), and saves them as N-Quads with --save. */
async function loadInputs(inputs: readonly string[], profile: Profile, rdf: RdfSettings, flags: QueryFlags, io: CliIo): Promise<Loaded> {
  const loaded = await loadStore(inputs, {
    profile,
    rdf,
    stdin: io.stdin,
    ...(flags.url === undefined ? {} : { url: flags.url }),
    ...(flags.uiLanguage === undefined ? {} : { uiLanguage: flags.uiLanguage }),
    onDiagnostic: (d: Diagnostic) => io.stderr.write(`${formatDiagnostic(d, flags.diagnostics)}\n`),
  });
  if (flags.save !== undefined) {
    try {
      await saveStore(loaded.store, flags.save);
    } catch (error) {
      throw new CliError(`cannot write --save ${flags.save}: ${error instanceof Error ? error.message : String(error)}`, EXIT.failure);
    }
  }
  return loaded;
}

/** The closing line on stderr: what was loaded and the answer's size (with --timings, how long each took). */
function closingLine(loaded: Loaded, quads: number, result: QueryResult, ms: { load: number; query: number }, flags: QueryFlags): string {
  const size = answerSize(result);
  if (flags.diagnostics === 'json') {
    const timings = flags.timings === true ? { loadMs: Math.round(ms.load), queryMs: Math.round(ms.query) } : {};
    const summary = { ...(loaded.pipeline?.toJSON() ?? {}), quads, rdfFiles: loaded.rdfFiles, rdfInvalid: loaded.rdfInvalid, ...size.json, ...timings };
    return `${JSON.stringify({ summary })}\n`;
  }
  const pipeline = loaded.pipeline === null ? '' : `wbimport: ${loaded.pipeline.line()}\n`;
  const skipped = loaded.rdfInvalid === 0 ? '' : ` (${plural(loaded.rdfInvalid, 'RDF file')} not loaded)`;
  const time = (n: number): string => (flags.timings === true ? ` in ${Math.round(n)} ms` : '');
  return `${pipeline}wbimport: ${plural(quads, 'quad')} loaded${skipped}${time(ms.load)}, ${size.text}${time(ms.query)}\n`;
}

async function runQueryCommand(first: string | undefined, rest: string[], flags: QueryFlags, io: CliIo): Promise<ExitCode> {
  const profile = await profileOrUsage(flags.profile);
  const rdf = await rdfSettings(profile, flags);
  const predeclared = wikibasePrefixes(rdf.conceptUriBase, rdf.dataUriBase);
  if (flags.prefixes === true) {
    io.stdout.write(prefixLine(predeclared).trim().replace(/ PREFIX /gu, '\nPREFIX ').concat('\n'));
    return EXIT.ok;
  }
  const { text, source, inputs } = await queryText(first, rest, flags, io);
  if (flags.url !== undefined && splitInputs(inputs).pages.length !== 1) {
    throw new CliError('--url gives the address of one page: name exactly one page input (use NDJSON records for many)', EXIT.usage);
  }
  // The query is checked before anything is loaded: a typo should not cost a long import.
  const query = prepareQuery(text, predeclared);
  try {
    checkQuery(query);
  } catch (error) {
    return reportQueryProblem(error, query, source, io);
  }
  const format = chooseFormat(flags.format, query.form ?? 'select');
  const { out, close } = await openOutput(flags.output, io);
  const started = performance.now();
  const loaded = await loadInputs(inputs, profile, rdf, flags, io);
  const quads = loaded.store.size;
  mergeGraphsIntoDefault(loaded.store);
  const queried = performance.now();
  let result: QueryResult;
  try {
    result = runQuery(loaded.store, query);
  } catch (error) {
    await close();
    return reportQueryProblem(error, query, source, io);
  }
  const answered = performance.now();
  out.write(await writeResult(result, format, { prefixes: query.prefixes, maxWidth: flags.maxWidth }));
  await close();
  io.stderr.write(closingLine(loaded, quads, result, { load: queried - started, query: answered - queried }, flags));
  if (loaded.unreadable) return EXIT.usage;
  return loaded.pipeline?.hasErrors === true || loaded.rdfInvalid > 0 ? EXIT.invalidInput : EXIT.ok;
}

export function queryCommand(io: CliIo, setExit: (code: ExitCode) => void): Command {
  return addRdfOptions(addProfileOptions(new Command('query')), { version: false })
    .summary('run a SPARQL query over pages or RDF, with the Wikibase prefixes predeclared')
    .description(
      'Load pages (converted on the way) and RDF files into an in-memory SPARQL store (oxigraph) and run a SPARQL 1.1 ' +
        'query (SELECT, ASK, CONSTRUCT, DESCRIBE) over them, as on the Wikibase\'s own query service.',
    )
    .argument('[query]', 'the SPARQL query, or - to read it from standard input (with --query-file: the first input)')
    .argument('[inputs...]', 'pages, NDJSON records, Wikibase JSON, directories, RDF files (.nt .ttl .nq .trig), or -')
    .option('-f, --query-file <file>', 'read the query from this file (- for standard input)')
    .addOption(new Option('--format <format>', 'answer format (default: table for SELECT and ASK, turtle for CONSTRUCT and DESCRIBE)').choices(Object.keys(RESULT_FORMATS)))
    .option('-o, --output <file>', 'write the answer to this file instead of standard output')
    .option('--save <file>', 'also write every loaded quad as N-Quads (gzipped if FILE ends in .gz), to query again without converting')
    .option('--max-width <n>', 'in a table, cut cells longer than this many characters (0: never)', wholeNumber('--max-width', 0), 80)
    .option('--url <address>', "the page's address (item page or Kohesio page), for a single page input")
    .addOption(diagnosticsOption())
    .option('--timings', 'add load and query times to the closing line on stderr')
    .option('--prefixes', 'print the predeclared prefixes as PREFIX lines and exit')
    .addHelpText('after', EXAMPLES)
    .action(async (first: string | undefined, rest: string[], flags: QueryFlags) => {
      setExit(await runQueryCommand(first, rest, flags, io));
    });
}
