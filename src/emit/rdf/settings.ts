// What the RDF mapping needs to know beyond the entity: URI bases, datatypes, revision info.
import type { PropertyId } from '../../model/index.js';

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
}

/** The version of Wikibase's RDF format that this mapping follows. */
export const RDF_FORMAT_VERSION = '1.0.0';
