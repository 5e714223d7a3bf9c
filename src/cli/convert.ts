// `wbimport convert`: pages (or NDJSON records) in, Wikibase JSON or RDF out.
import { Command, Option } from 'commander';
import { formatDiagnostic, type Diagnostic } from '../diagnostics/index.js';
import { isOutputFormatName, OUTPUT_FORMATS, type RdfSettings } from '../emit/index.js';
import { readFile } from 'node:fs/promises';
import { isPropertyId } from '../model/index.js';
import { UI_LANGUAGES } from '../parse/index.js';
import { DEFAULT_PROFILE, type Profile } from '../profile/index.js';
import { convert } from '../pipeline/index.js';
import { CliError, EXIT, type ExitCode } from './exit-codes.js';
import { openOutput, type CliIo } from './io.js';
import { progressDisplay } from './progress.js';
import { addPageOptions, addScaleOptions, pageInputs, profileOrUsage, scaleOptions, type PageFlags } from './shared.js';

interface ConvertFlags extends PageFlags {
  to: string;
  output?: string;
  profile: string;
  uiLanguage?: string;
  conceptUri?: string;
  dataUri?: string;
  datatypes?: string;
  revision?: string;
  modified?: string;
  failFast?: boolean;
  diagnostics: 'text' | 'json';
  jobs?: string;
  mergeWindow?: string;
  quiet?: boolean;
}

const EXAMPLES = `
Examples:
  $ wbimport convert fixtures/seeds/input.ndjson --to turtle
  $ wbimport convert fixtures/seed-item-page/ --to ntriples
  $ wbimport convert page.txt --url https://kohesio.eu/it/progetti/Q4295133 --to json
  $ cat pages.ndjson | wbimport convert - --to ntriples --output pages.nt
  $ wbimport convert dump/ --to ndjson --diagnostics json 2> problems.ndjson

Inputs are files, directories (read recursively, in name order) and - for standard input. A file whose
first line is a JSON object with "text" (and usually "url") is read as NDJSON page records.
Exit codes: 0 success, 1 some input was invalid (reported on stderr; the rest was converted),
2 usage error or unreadable input/profile, 3 failure.`;

const URL_BASE = /^https?:\/\/[^\s]+\/$/u;

async function readDatatypes(path: string): Promise<Record<string, string>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new CliError(`cannot read --datatypes ${path}: ${error instanceof Error ? error.message : String(error)}`, EXIT.usage);
  }
  const ok = typeof raw === 'object' && raw !== null && Object.entries(raw).every(([p, d]) => isPropertyId(p) && typeof d === 'string');
  if (!ok) throw new CliError(`--datatypes ${path}: expected a JSON object of property ids to datatypes, e.g. {"P31": "wikibase-item"}`, EXIT.usage);
  return raw as Record<string, string>;
}

/** The RDF settings: the profile's, overridden by the command line's. */
export async function rdfSettings(
  profile: Profile,
  flags: Pick<ConvertFlags, 'conceptUri' | 'dataUri' | 'datatypes' | 'revision' | 'modified'>,
): Promise<RdfSettings> {
  for (const [flag, value] of [['--concept-uri', flags.conceptUri], ['--data-uri', flags.dataUri]] as const) {
    if (value !== undefined && !URL_BASE.test(value)) {
      throw new CliError(`${flag} expects an http(s) URI base ending in "/", got "${value}"`, EXIT.usage);
    }
  }
  if (flags.revision !== undefined && !/^[1-9]\d*$/u.test(flags.revision)) {
    throw new CliError(`--revision expects a positive whole number, got "${flags.revision}"`, EXIT.usage);
  }
  if (flags.modified !== undefined && !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/u.test(flags.modified)) {
    throw new CliError(`--modified expects a UTC time such as 2013-10-04T03:31:05Z, got "${flags.modified}"`, EXIT.usage);
  }
  const datatypes: Record<string, string> = Object.fromEntries(Object.entries(profile.properties).map(([p, d]) => [p, d.datatype]));
  if (flags.datatypes !== undefined) Object.assign(datatypes, await readDatatypes(flags.datatypes));
  return {
    conceptUriBase: flags.conceptUri ?? profile.wikibase.conceptUriBase,
    dataUriBase: flags.dataUri ?? profile.wikibase.dataUriBase,
    datatypes: datatypes as RdfSettings['datatypes'],
    ...(profile.wikibase.license === undefined ? {} : { license: profile.wikibase.license }),
    ...(flags.revision === undefined ? {} : { revision: Number(flags.revision) }),
    ...(flags.modified === undefined ? {} : { modified: flags.modified }),
  };
}

async function runConvert(inputs: string[], flags: ConvertFlags, io: CliIo): Promise<ExitCode> {
  if (!isOutputFormatName(flags.to)) {
    throw new CliError(`unknown format "${flags.to}": expected one of ${Object.keys(OUTPUT_FORMATS).join(', ')}`, EXIT.usage);
  }
  const { names, facts, manifest } = await pageInputs(inputs, flags);
  const profile = await profileOrUsage(flags.profile);
  const rdf = await rdfSettings(profile, flags);
  const scale = scaleOptions(flags);
  const { out, close } = await openOutput(flags.output, io);
  const display = progressDisplay(io, flags.quiet === true);
  let unreadable = false;
  const onDiagnostic = (d: Diagnostic): void => {
    if (d.code === 'input-unreadable') unreadable = true;
    display.log(`${formatDiagnostic(d, flags.diagnostics)}\n`);
  };
  const summary = await convert(names, { format: OUTPUT_FORMATS[flags.to], out, rdf }, {
    profile,
    onDiagnostic,
    ...(facts === undefined ? {} : { facts }),
    ...(manifest === undefined ? {} : { manifest }),
    ...(flags.uiLanguage === undefined ? {} : { uiLanguage: flags.uiLanguage }),
    stdin: io.stdin,
    failFast: flags.failFast === true,
    ...scale,
    onProgress: (p) => display.update(p),
  });
  display.stop();
  await close();
  io.stderr.write(
    flags.diagnostics === 'json' ? `${JSON.stringify({ summary: summary.toJSON() })}\n` : `wbimport: ${summary.line()}\n`,
  );
  if (unreadable) return EXIT.usage;
  return summary.hasErrors ? EXIT.invalidInput : EXIT.ok;
}

export function convertCommand(io: CliIo, setExit: (code: ExitCode) => void): Command {
  return addScaleOptions(addPageOptions(new Command('convert')))
    .summary('convert raw pages into Wikibase JSON or RDF')
    .description(
      'Parse raw pages (flattened Wikibase item pages, Kohesio project pages), map their values to typed ' +
        'statements with a profile, merge the pages of each item, and write the entities.',
    )
    .argument('[inputs...]', 'files, directories, or - for standard input (default: -)')
    .addOption(new Option('-t, --to <format>', 'output format').choices(Object.keys(OUTPUT_FORMATS)).default('json'))
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('-p, --profile <name-or-file>', 'profile: a built-in name or a JSON file', DEFAULT_PROFILE)
    .addOption(new Option('--ui-language <code>', "the pages' UI language (default: told from each page)").choices(UI_LANGUAGES))
    .option('--concept-uri <base>', "the Wikibase's concept URI base (default: the profile's), e.g. https://linkedopendata.eu/entity/")
    .option('--data-uri <base>', "the base of the entities' data URIs (default: the profile's), e.g. …/wiki/Special:EntityData/")
    .option('--datatypes <file>', 'a JSON object of property datatypes, added to the profile\'s: {"P31": "wikibase-item", …}')
    .option('--revision <n>', "the entities' revision id, written as schema:version in RDF")
    .option('--modified <time>', "the entities' modification time (UTC), written as schema:dateModified in RDF")
    .option('--fail-fast', 'stop at the first error instead of going on with the rest of the batch')
    .addOption(new Option('--diagnostics <format>', 'how diagnostics are written on stderr').choices(['text', 'json']).default('text'))
    .option('-q, --quiet', 'no progress bar (there is none when stderr is not a terminal); diagnostics and the summary line still come')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: ConvertFlags) => {
      setExit(await runConvert(inputs, flags, io));
    });
}
