// `wbimport convert`: pages (or NDJSON records) in, Wikibase JSON or RDF out.
import { Command, Option } from 'commander';
import { formatDiagnostic, type Diagnostic } from '../diagnostics/index.js';
import { isOutputFormatName, OUTPUT_FORMATS } from '../emit/index.js';
import { convert } from '../pipeline/index.js';
import { CliError, EXIT, type ExitCode } from './exit-codes.js';
import { openOutput, type CliIo } from './io.js';
import { progressDisplay } from './progress.js';
import { addRdfOptions, rdfSettings, type RdfFlags } from './rdf-options.js';
import {
  addLinkMapOption,
  addPageOptions,
  addProfileOptions,
  addScaleOptions,
  linkMapOrUsage,
  pageInputs,
  profileOrUsage,
  scaleOptions,
  type LinkMapFlags,
  type PageFlags,
  type ProfileFlags,
} from './shared.js';

interface ConvertFlags extends PageFlags, ProfileFlags, RdfFlags, LinkMapFlags {
  to: string;
  output?: string;
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
  $ wbimport convert kohesio-page.txt --url https://kohesio.eu/en/projects/Q2713751 --link-map links.csv
  $ cat pages.ndjson | wbimport convert - --to ntriples --output pages.nt
  $ wbimport convert dump/ --to ndjson --diagnostics json 2> problems.ndjson
  $ wbimport convert latest-all.json.gz --to ntriples --sites sites.json   # as dumpRdf.php writes it

Inputs are files, directories (read recursively, in name order) and - for standard input. A file whose
first line is a JSON object with "text" (and usually "url") is read as NDJSON page records.
Exit codes: 0 success, 1 some input was invalid (reported on stderr; the rest was converted),
2 usage error or unreadable input/profile, 3 failure.`;

async function runConvert(inputs: string[], flags: ConvertFlags, io: CliIo): Promise<ExitCode> {
  if (!isOutputFormatName(flags.to)) {
    throw new CliError(`unknown format "${flags.to}": expected one of ${Object.keys(OUTPUT_FORMATS).join(', ')}`, EXIT.usage);
  }
  const { names, facts, manifest } = await pageInputs(inputs, flags);
  const profile = await profileOrUsage(flags.profile);
  const linkMap = await linkMapOrUsage(flags);
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
    ...(linkMap === undefined ? {} : { linkMap }),
    // Each page's classification is for machines: one line a page would bury the problems in text.
    classify: flags.diagnostics === 'json',
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
  return addRdfOptions(addLinkMapOption(addProfileOptions(addScaleOptions(addPageOptions(new Command('convert'))))))
    .summary('convert raw pages into Wikibase JSON or RDF')
    .description(
      'Parse raw pages (flattened Wikibase item pages, Kohesio project pages), map their values to typed ' +
        'statements with a profile, merge the pages of each item, and write the entities.',
    )
    .argument('[inputs...]', 'files, directories, or - for standard input (default: -)')
    .addOption(new Option('-t, --to <format>', 'output format').choices(Object.keys(OUTPUT_FORMATS)).default('json'))
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--fail-fast', 'stop at the first error instead of going on with the rest of the batch')
    .addOption(new Option('--diagnostics <format>', 'how diagnostics are written on stderr').choices(['text', 'json']).default('text'))
    .option('-q, --quiet', 'no progress bar (there is none when stderr is not a terminal); diagnostics and the summary line still come')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: ConvertFlags) => {
      setExit(await runConvert(inputs, flags, io));
    });
}
