// `wbimport upload`'s flags read into the settings of one upload run: the API, the credentials, the pace, the links.
import { existsSync } from 'node:fs';
import { LabelTable } from '../resolve/index.js';
import { credentialsFromEnv, credentialsFromFile, redactor, userAgent, type Credentials } from '../net/index.js';
import { CREDENTIAL_ENV, type LinkOptions } from '../upload/index.js';
import type { UploadSettings } from '../upload/run.js';
import type { Profile } from '../profile/index.js';
import { CliError, EXIT } from './exit-codes.js';
import type { CliIo } from './io.js';
import { linkMapOrUsage, pageInputs, profileOrUsage, reading, type PageFlags } from './shared.js';

export interface UploadFlags extends PageFlags {
  profile: string;
  uiLanguage?: string;
  api?: string;
  credentials?: string;
  journal?: string;
  dryRun?: string | true;
  summary?: string;
  tag?: string[];
  bot: boolean;
  maxlag?: number;
  editsPerMinute?: number;
  contact?: string;
  timeout: number;
  maxRetries: number;
  backoff: number;
  duplicates: 'adopt' | 'refuse';
  linkMap?: string;
  linkSearch?: boolean;
  linkCreate?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  failFast?: boolean;
  diagnostics: 'text' | 'json';
  seed?: number;
}

/** --dry-run's format, and the inputs: commander hands an optional value the next argument, which may be an input. */
function dryRunOf(flag: string | true | undefined, inputs: readonly string[]): { dryRun: 'json' | 'diff' | null; inputs: string[] } {
  if (flag === undefined) return { dryRun: null, inputs: [...inputs] };
  if (flag === true || flag === 'json' || flag === 'diff') return { dryRun: flag === true ? 'json' : flag, inputs: [...inputs] };
  if (flag === '-' || existsSync(flag)) return { dryRun: 'json', inputs: [flag, ...inputs] };
  throw new CliError(`--dry-run takes json or diff, got "${flag}"`, EXIT.usage);
}

function apiAddress(flag: string | undefined, fromProfile: string | undefined): string {
  const address = flag ?? fromProfile;
  if (address === undefined) throw new CliError('no API address: give --api https://…/w/api.php (or set wikibase.api in the profile)', EXIT.usage);
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new CliError(`--api expects the address of a MediaWiki Action API such as https://linkedopendata.eu/w/api.php, got "${address}"`, EXIT.usage);
  }
  if (!/^https?:$/u.test(url.protocol) || !url.pathname.endsWith('/api.php') || url.search !== '') {
    throw new CliError(`--api expects the address of a MediaWiki Action API, ending in /api.php, got "${address}"`, EXIT.usage);
  }
  return url.toString();
}

/** Items referenced by label (the profile's upload.links): by a link map, a search, or created. */
async function linkOptions(flags: UploadFlags, profile: Profile): Promise<LinkOptions | null> {
  const linking = flags.linkMap !== undefined || flags.linkSearch === true || flags.linkCreate === true;
  if (!linking) return null;
  const rules = profile.upload?.links ?? [];
  if (rules.length === 0) throw new CliError(`--link-map, --link-search and --link-create need links in the profile (upload.links); ${profile.name} has none`, EXIT.usage);
  const entries = await linkMapOrUsage(flags);
  const labels = entries === undefined && Object.keys(profile.itemLabels).length === 0 ? null : new LabelTable(entries ?? [], profile.itemLabels);
  return { rules, labels, search: flags.linkSearch === true, create: flags.linkCreate === true };
}

/** The credentials (--credentials FILE, else the environment); a real upload cannot go without. */
async function credentialsFor(flags: UploadFlags, dryRun: string | null, env: NodeJS.ProcessEnv): Promise<Credentials | null> {
  const credentials = flags.credentials !== undefined ? await credentialsFromFile(flags.credentials) : credentialsFromEnv(env, CREDENTIAL_ENV);
  if (credentials === null && dryRun === null) {
    throw new CliError(
      `uploading needs credentials: set ${CREDENTIAL_ENV.user} and ${CREDENTIAL_ENV.password} (a bot password from ` +
        `Special:BotPasswords), or ${CREDENTIAL_ENV.token}, or give --credentials FILE (--dry-run needs none)`,
      EXIT.usage,
    );
  }
  return credentials;
}

function defaultJournal(api: string): string {
  return `wbimport-upload-${new URL(api).host.replace(/[^A-Za-z0-9.-]/gu, '_')}.ndjson`;
}

/** The run's settings: the flags first, then the profile's upload settings, then the defaults. */
export async function uploadSettings(inputs: readonly string[], flags: UploadFlags, io: CliIo, version: string): Promise<UploadSettings> {
  const asked = dryRunOf(flags.dryRun, inputs);
  const pages = await pageInputs(asked.inputs, flags);
  const profile = await profileOrUsage(flags.profile);
  const api = apiAddress(flags.api, profile.wikibase.api);
  const links = await linkOptions(flags, profile);
  const credentials = await credentialsFor(flags, asked.dryRun, process.env);
  const contact = flags.contact ?? process.env['WBIMPORT_CONTACT'];
  const summary = flags.summary ?? profile.upload?.summary;
  return {
    names: pages.names,
    reading: reading(pages, flags, io),
    profile,
    api,
    credentials,
    dryRun: asked.dryRun,
    journalPath: flags.journal ?? defaultJournal(api),
    version,
    userAgent: userAgent(version, contact),
    timeoutMs: flags.timeout * 1000,
    maxlag: flags.maxlag ?? profile.upload?.maxlag ?? 5,
    editsPerMinute: flags.editsPerMinute ?? profile.upload?.editsPerMinute ?? 30,
    backoff: { initialDelayMs: flags.backoff, retries: flags.maxRetries },
    ...(flags.seed === undefined ? {} : { seed: flags.seed }),
    ...(summary === undefined ? {} : { summary }),
    tags: flags.tag ?? profile.upload?.tags ?? [],
    bot: flags.bot,
    duplicates: flags.duplicates,
    links,
    redact: redactor(credentials),
  };
}
