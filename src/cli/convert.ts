// `wbimport convert`: pages (or NDJSON records) in, Wikibase JSON or RDF out.
import { Command, Option } from 'commander';
import { OUTPUT_FORMATS, type OutputFormatName } from '../emit/index.js';
import { convert } from '../pipeline/index.js';
import type { ExitCode } from './exit-codes.js';
import { openOutput, type CliIo } from './io.js';
import { progressLine } from './progress.js';
import { pagesLabel } from './progress-labels.js';
import { addRdfOptions, rdfSettings, type RdfFlags } from './rdf-options.js';
import { diagnosticLog, inputExit, summaryLine, type DiagnosticsFormat } from './reporting.js';
import {
  addLinkMapOption,
  addPageOptions,
  addProfileOptions,
  addScaleOptions,
  diagnosticsOption,
  linkMapOrUsage,
  pageInputs,
  profileOrUsage,
  reading,
  scaleOptions,
  type LinkMapFlags,
  type PageFlags,
  type ProfileFlags,
  type ScaleFlags,
} from './shared.js';

interface ConvertFlags extends PageFlags, ProfileFlags, RdfFlags, LinkMapFlags, ScaleFlags {
  to: OutputFormatName;
  output?: string;
  failFast?: boolean;
  diagnostics: DiagnosticsFormat;
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
  const pages = await pageInputs(inputs, flags);
  const profile = await profileOrUsage(flags.profile);
  const linkMap = await linkMapOrUsage(flags);
  const rdf = await rdfSettings(profile, flags);
  const { out, close } = await openOutput(flags.output, io);
  const display = progressLine(io.stderr, flags.quiet === true, pagesLabel());
  const log = diagnosticLog(flags.diagnostics, (text) => display.log(text));
  const summary = await convert(pages.names, { format: OUTPUT_FORMATS[flags.to], out, rdf }, {
    profile,
    onDiagnostic: log.onDiagnostic,
    ...reading(pages, flags, io),
    ...(linkMap === undefined ? {} : { linkMap }),
    // Each page's classification is for machines: one line a page would bury the problems in text.
    classify: flags.diagnostics === 'json',
    ...scaleOptions(flags),
    onProgress: (p) => display.update(p),
  });
  display.stop();
  await close();
  io.stderr.write(summaryLine(summary, flags.diagnostics));
  return inputExit(log.unreadable(), summary.hasErrors);
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
    .addOption(diagnosticsOption())
    .option('-q, --quiet', 'no progress bar (there is none when stderr is not a terminal); diagnostics and the summary line still come')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: ConvertFlags) => {
      setExit(await runConvert(inputs, flags, io));
    });
}
