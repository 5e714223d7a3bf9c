// The options that say how entities are named and dated in RDF, shared by the commands that write or load RDF.
import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { RDF_FLAVORS, readSiteTable, type RdfFlavor, type RdfSettings, type Site } from '../emit/index.js';
import { DatatypesFileError, readDatatypesFile, type DatatypeTable } from '../files/index.js';
import type { Profile } from '../profile/index.js';
import { CliError, EXIT } from './exit-codes.js';
import { wholeNumber } from './numbers.js';

export interface RdfFlags {
  conceptUri?: string;
  dataUri?: string;
  datatypes?: string;
  revision?: number;
  modified?: string;
  sites?: string;
  flavor?: RdfFlavor;
}

/**
 * --concept-uri, --data-uri, --datatypes and --sites; with `version`, also --revision and --modified (the dataset
 * node's) and --flavor (the RDF's shape).
 */
export function addRdfOptions(command: Command, { version = true }: { version?: boolean } = {}): Command {
  command
    .option('--concept-uri <base>', "the Wikibase's concept URI base (default: the profile's), e.g. https://linkedopendata.eu/entity/")
    .option('--data-uri <base>', "the base of the entities' data URIs, which also name their graphs (default: the profile's), e.g. …/wiki/Special:EntityData/")
    .option('--datatypes <file>', 'a JSON object of property datatypes, added to the profile\'s: {"P31": "wikibase-item", …}')
    .option(
      '--sites <file>',
      'the site table for sitelinks: a JSON list of {globalId, group, language, pagePath}, an object with such a "sites" list, ' +
        "or MediaWiki's action=sitematrix answer (default: Wikimedia's wikis, by their global ids)",
    );
  if (!version) return command;
  return command
    .option('--revision <n>', "the entities' revision id, written as schema:version in RDF", wholeNumber('--revision', 1))
    .option('--modified <time>', "the entities' modification time (UTC), written as schema:dateModified in RDF (a dump's: its header's)")
    .addOption(
      new Option(
        '--flavor <name>',
        "the RDF's shape, named as Wikibase names it: full-dump (dumpRdf.php: a wikibase:Dump header once, page counts per " +
          'entity) or dump (Special:EntityData?flavor=dump: licence and version on each entity) (default: full-dump for ' +
          'the entities of a JSON dump, dump for the rest)',
      ).choices(RDF_FLAVORS),
    );
}

async function readSites(path: string): Promise<Record<string, Site>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new CliError(`cannot read --sites ${path}: ${error instanceof Error ? error.message : String(error)}`, EXIT.usage);
  }
  const table = readSiteTable(raw);
  if ('problems' in table) throw new CliError(`--sites ${path}: not a site table: ${table.problems.slice(0, 3).join('; ')}`, EXIT.usage);
  return table.sites;
}

const URL_BASE = /^https?:\/\/[^\s]+\/$/u;

async function readDatatypes(path: string): Promise<DatatypeTable> {
  try {
    return await readDatatypesFile(path);
  } catch (error) {
    if (error instanceof DatatypesFileError) throw new CliError(`--datatypes ${error.message}`, EXIT.usage);
    throw error;
  }
}

/** The RDF settings: the profile's, overridden by the command line's. */
export async function rdfSettings(profile: Profile, flags: RdfFlags): Promise<RdfSettings> {
  for (const [flag, value] of [['--concept-uri', flags.conceptUri], ['--data-uri', flags.dataUri]] as const) {
    if (value !== undefined && !URL_BASE.test(value)) {
      throw new CliError(`${flag} expects an http(s) URI base ending in "/", got "${value}"`, EXIT.usage);
    }
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
    ...(flags.revision === undefined ? {} : { revision: flags.revision }),
    ...(flags.modified === undefined ? {} : { modified: flags.modified }),
    ...(flags.sites === undefined ? {} : { sites: await readSites(flags.sites) }),
    ...(flags.flavor === undefined ? {} : { flavor: flags.flavor }),
  };
}
