// `wbimport validate`: checks pages and entities against the profile's rules and reports for people or CI.
import { readFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { STOCK_WIKI_LIMITS, valueProblems, WikiLimitsSchema, type WikiLimits } from '../check/index.js';
import type { CheckDiagnostic } from '../diagnostics/index.js';
import { convert } from '../pipeline/index.js';
import { githubReport, jsonReport, junitReport, textReport, ValidationReport } from '../report/index.js';
import { CliError, EXIT, type ExitCode } from './exit-codes.js';
import { openOutput, type CliIo } from './io.js';
import { progressDisplay } from './progress.js';
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
  type ScaleFlags,
} from './shared.js';

interface ValidateFlags extends PageFlags, ScaleFlags, LinkMapFlags {
  quiet?: boolean;
  format: 'text' | 'json' | 'junit' | 'github';
  output?: string;
  profile: string;
  uiLanguage?: string;
  maxWarnings?: string;
  wikiLimits?: string;
}

/**
 * `--wiki-limits`: `stock` (Wikibase's 400 characters), `string=400,monolingualtext=10000`, or a JSON file of
 * that shape (`{"string": 400, "monolingualtext": 10000}`).
 */
async function wikiLimitsOf(spec: string): Promise<WikiLimits> {
  if (spec === 'stock') return STOCK_WIKI_LIMITS;
  let raw: unknown;
  if (/^[a-z]+=\d+(?:,[a-z]+=\d+)*$/u.test(spec)) {
    raw = Object.fromEntries(spec.split(',').map((pair) => {
      const [key = '', value = ''] = pair.split('=');
      return [key, Number(value)];
    }));
  } else {
    try {
      raw = JSON.parse(await readFile(spec, 'utf8')) as unknown;
    } catch (error) {
      throw new CliError(`--wiki-limits ${spec}: ${error instanceof Error ? error.message : String(error)}`, EXIT.usage);
    }
  }
  const parsed = WikiLimitsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new CliError(`--wiki-limits takes stock, string=N,monolingualtext=N or a JSON file of them: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`, EXIT.usage);
  }
  return parsed.data;
}

const EXAMPLES = `
Examples:
  $ wbimport validate fixtures/seeds/input.ndjson
  $ wbimport validate dump/ --format junit --output report.xml      # one test case per page, for CI dashboards
  $ wbimport validate dump/ --format github --max-warnings 0         # annotations in a GitHub Actions job
  $ wbimport validate items.json --profile my-profile.json --format json
  $ wbimport validate pages.ndjson --wiki-limits stock                 # texts over stock Wikibase's 400 characters

Every page and entity is checked; all problems of all pages are reported, then a summary. The rules (required
properties, datatypes, units, ranges, single values, id formats, how values must agree) are the profile's: a
profile that "extends" another can add rules or turn one off ({"code": "amount-missing", "severity": "off"}).
Exit codes: 0 valid, 1 errors found (or more warnings than --max-warnings), 2 usage error or unreadable input.`;

async function runValidate(inputs: string[], flags: ValidateFlags, io: CliIo): Promise<ExitCode> {
  const maxWarnings = flags.maxWarnings === undefined ? Infinity : Number(flags.maxWarnings);
  if (flags.maxWarnings !== undefined && !/^\d+$/u.test(flags.maxWarnings)) {
    throw new CliError(`--max-warnings expects a whole number, got "${flags.maxWarnings}"`, EXIT.usage);
  }
  const { names, facts, manifest } = await pageInputs(inputs, flags);
  const profile = await profileOrUsage(flags.profile);
  const linkMap = await linkMapOrUsage(flags);
  const report = new ValidationReport();
  // What any Wikibase refuses (whitespace around texts, a value type against the datatype) and, with the wiki's
  // limits (--wiki-limits, else the profile's wikibase.limits), texts over them: found here, not at upload.
  const limits = flags.wikiLimits === undefined ? (profile.wikibase.limits ?? {}) : await wikiLimitsOf(flags.wikiLimits);
  const datatypes = Object.fromEntries(Object.entries(profile.properties).map(([id, p]) => [id, p.datatype]));
  const datatypeChecked = profile.checks.some((c) => c.kind === 'datatype' && c.severity !== 'off');
  const wikiFindings: CheckDiagnostic[] = [];
  const scale = scaleOptions(flags);
  const display = progressDisplay(io, flags.quiet === true);
  let unreadable = false;
  const summary = await convert(names, null, {
    profile,
    ...scale,
    onProgress: (p) => display.update(p),
    checks: 'validate',
    ...(linkMap === undefined ? {} : { linkMap }),
    stdin: io.stdin,
    ...(facts === undefined ? {} : { facts }),
    ...(manifest === undefined ? {} : { manifest }),
    ...(flags.uiLanguage === undefined ? {} : { uiLanguage: flags.uiLanguage }),
    onInput: (input) => report.addInput(input),
    onEntity: async (item) => {
      for (const problem of valueProblems(item, limits, datatypes)) {
        if (problem.kind === 'value-type-mismatch' && datatypeChecked) continue;
        wikiFindings.push({ code: problem.kind, check: true, severity: 'error', item: item.id ?? 'a new item', message: `${problem.property} = ${problem.value}: ${problem.detail}` });
      }
      await Promise.resolve();
    },
    onDiagnostic: (d) => {
      if (d.code === 'input-unreadable') unreadable = true;
      report.addDiagnostic(d);
    },
  });
  display.stop();
  for (const d of wikiFindings) {
    report.addDiagnostic(d);
    summary.count(d);
  }
  const valid = !summary.hasErrors && summary.bySeverity.warning <= maxWarnings;
  const text =
    flags.format === 'json'
      ? jsonReport(report, summary, valid)
      : flags.format === 'junit'
        ? junitReport(report, summary)
        : flags.format === 'github'
          ? githubReport(report, summary)
          : textReport(report, summary);
  const { out, close } = await openOutput(flags.output, io);
  out.write(text);
  await close();
  if (flags.format !== 'text' && flags.output !== undefined) io.stderr.write(`wbimport validate: ${summary.line()}\n`);
  if (unreadable) return EXIT.usage;
  return valid ? EXIT.ok : EXIT.invalidInput;
}

export function validateCommand(io: CliIo, setExit: (code: ExitCode) => void): Command {
  return addLinkMapOption(addProfileOptions(addScaleOptions(addPageOptions(new Command('validate')))))
    .summary('check pages and entities against the profile, for people and for CI')
    .description(
      'Read pages and Wikibase JSON as convert does, build each item, and check it against every rule of the ' +
        'profile. Never stops at the first problem.',
    )
    .argument('[inputs...]', 'files, directories, or - for standard input (default: -)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json', 'junit', 'github']).default('text'))
    .option('-o, --output <file>', 'write the report to this file instead of standard output')
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this')
    .option('--wiki-limits <limits>', "the target wiki's string limits: stock (400), string=N,monolingualtext=N, or a JSON file (default: the profile's wikibase.limits)")
    .option('-q, --quiet', 'no progress bar (there is none when stderr is not a terminal)')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: ValidateFlags) => {
      setExit(await runValidate(inputs, flags, io));
    });
}
