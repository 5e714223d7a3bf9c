// `wbimport validate`: checks pages and entities against the profile's rules and reports for people or CI.
import { readFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { STOCK_WIKI_LIMITS, valueProblems, WikiLimitsSchema, type WikiLimits } from '../check/index.js';
import type { CheckDiagnostic } from '../diagnostics/index.js';
import type { Entity } from '../model/index.js';
import { convert, type RunSummary } from '../pipeline/index.js';
import type { Profile } from '../profile/index.js';
import { githubReport, jsonReport, junitReport, textReport, ValidationReport } from '../report/index.js';
import { CliError, EXIT, type ExitCode } from './exit-codes.js';
import { openOutput, type CliIo } from './io.js';
import { wholeNumber } from './numbers.js';
import { progressLine } from './progress.js';
import { pagesLabel } from './progress-labels.js';
import { inputExit } from './reporting.js';
import {
  addLinkMapOption,
  addPageOptions,
  addProfileOptions,
  addScaleOptions,
  linkMapOrUsage,
  pageInputs,
  profileOrUsage,
  reading,
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
  maxWarnings?: number;
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

const REPORTS = {
  text: textReport,
  json: jsonReport,
  junit: junitReport,
  github: githubReport,
} satisfies Record<ValidateFlags['format'], (report: ValidationReport, summary: RunSummary, valid: boolean) => string>;

/** What any Wikibase refuses (whitespace around texts, a value type against the datatype) and texts over the wiki's limits. */
function wikiChecks(profile: Profile, limits: WikiLimits): { check: (item: Entity) => void; findings: CheckDiagnostic[] } {
  const datatypes = Object.fromEntries(Object.entries(profile.properties).map(([id, p]) => [id, p.datatype]));
  const datatypeChecked = profile.checks.some((c) => c.kind === 'datatype' && c.severity !== 'off');
  const findings: CheckDiagnostic[] = [];
  const check = (item: Entity): void => {
    for (const problem of valueProblems(item, limits, datatypes)) {
      if (problem.kind === 'value-type-mismatch' && datatypeChecked) continue;
      findings.push({ code: problem.kind, check: true, severity: 'error', item: item.id ?? 'a new item', message: `${problem.property} = ${problem.value}: ${problem.detail}` });
    }
  };
  return { check, findings };
}

async function runValidate(inputs: string[], flags: ValidateFlags, io: CliIo): Promise<ExitCode> {
  const pages = await pageInputs(inputs, flags);
  const profile = await profileOrUsage(flags.profile);
  const linkMap = await linkMapOrUsage(flags);
  const report = new ValidationReport();
  // The wiki's limits: --wiki-limits, else the profile's wikibase.limits; found here, not at upload.
  const wiki = wikiChecks(profile, flags.wikiLimits === undefined ? (profile.wikibase.limits ?? {}) : await wikiLimitsOf(flags.wikiLimits));
  const display = progressLine(io.stderr, flags.quiet === true, pagesLabel());
  let unreadable = false;
  const summary = await convert(pages.names, null, {
    profile,
    ...scaleOptions(flags),
    onProgress: (p) => display.update(p),
    checks: 'validate',
    ...(linkMap === undefined ? {} : { linkMap }),
    ...reading(pages, flags, io),
    onInput: (input) => report.addInput(input),
    onEntity: async (item) => wiki.check(item),
    onDiagnostic: (d) => {
      if (d.code === 'input-unreadable') unreadable = true;
      report.addDiagnostic(d);
    },
  });
  display.stop();
  for (const d of wiki.findings) {
    report.addDiagnostic(d);
    summary.count(d);
  }
  const valid = !summary.hasErrors && summary.bySeverity.warning <= (flags.maxWarnings ?? Infinity);
  const { out, close } = await openOutput(flags.output, io);
  out.write(REPORTS[flags.format](report, summary, valid));
  await close();
  if (flags.format !== 'text' && flags.output !== undefined) io.stderr.write(`wbimport validate: ${summary.line()}\n`);
  return inputExit(unreadable, !valid);
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
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', wholeNumber('--max-warnings', 0))
    .option('--wiki-limits <limits>', "the target wiki's string limits: stock (400), string=N,monolingualtext=N, or a JSON file (default: the profile's wikibase.limits)")
    .option('-q, --quiet', 'no progress bar (there is none when stderr is not a terminal)')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: ValidateFlags) => {
      setExit(await runValidate(inputs, flags, io));
    });
}
