// What the RDF mapping needs to know beyond the entity: URI bases, datatypes, revision info, sites, flavour.
import type { PropertyId } from '../../model/index.js';

/** One wiki of the site table: what a sitelink's article node needs. */
export interface Site {
  /** The site's group (`wikipedia`, `wikivoyage`, …), written as the site's `wikibase:wikiGroup`. */
  readonly group: string;
  /** The content language, the article's `schema:inLanguage` and its name's tag. */
  readonly language: string;
  /** The page URL with `$1` for the title, e.g. `https://en.wikipedia.org/wiki/$1`. */
  readonly pagePath: string;
}

/**
 * The RDF flavours, named as Wikibase names them: `full-dump` is what `dumpRdf.php` writes (a `wikibase:Dump` header
 * once with the licence and format version; per entity its data node with page counts); `dump` is what
 * `Special:EntityData?flavor=dump` writes for one entity (its data node with licence and format version).
 */
export const RDF_FLAVORS = ['full-dump', 'dump'] as const;
export type RdfFlavor = (typeof RDF_FLAVORS)[number];

export interface RdfSettings {
  /** Concept URI base, e.g. https://linkedopendata.eu/entity/ */
  readonly conceptUriBase: string;
  /** The base of the `schema:Dataset` node about each entity, e.g. …/wiki/Special:EntityData/ */
  readonly dataUriBase: string;
  readonly license?: string;
  /** Property datatypes; a snak's own `datatype` field is used only where a property is missing here. */
  readonly datatypes: Readonly<Partial<Record<PropertyId, string>>>;
  /** Revision and modification time of each entity, when known (the dataset node's version and date). */
  readonly revision?: number;
  readonly modified?: string;
  /** Sites by global id (`enwiki`), before the built-in Wikimedia rule (see sites.ts). */
  readonly sites?: Readonly<Record<string, Site>>;
  /** The flavour chosen for every entity; by default a dump's entities get `full-dump`, others `dump`. */
  readonly flavor?: RdfFlavor;
}

/** The version of Wikibase's RDF format that this mapping follows. */
export const RDF_FORMAT_VERSION = '1.0.0';
