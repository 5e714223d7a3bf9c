// The terms the mapping writes again and again (predicates, classes, ranks), made once per syntax and vocabulary.
import type { Rank } from '../../model/index.js';
import type { TermSyntax } from './syntax/term-syntax.js';
import { CC, GEO, PROV, RDF, RDFS, SCHEMA, SKOS, WIKIBASE, XSD, type Vocabulary } from './vocabulary.js';

const XSD_DECIMAL = `${XSD}decimal`;
const XSD_DOUBLE = `${XSD}double`;
const XSD_INTEGER = `${XSD}integer`;
const XSD_DATETIME = `${XSD}dateTime`;
export const WKT_LITERAL = `${GEO}wktLiteral`;
export { XSD_DATETIME };

/** Where a snak stands: its simple value's predicate (and value node's) depends on it. */
export const TRUTHY = 0;
export const MAIN = 1;
export const QUALIFIER = 2;
export const REFERENCE = 3;
export type SnakRole = typeof TRUTHY | typeof MAIN | typeof QUALIFIER | typeof REFERENCE;

/** One property's predicates: `p:`, `wdno:`, and by role its simple (`wdt:`, `ps:`, `pq:`, `pr:`) and value ones. */
export interface PropertyTerms<T> {
  readonly claim: T;
  readonly novalue: T;
  readonly simple: readonly [T, T, T, T];
  /** None for truthy triples, which have no value node. */
  readonly value: readonly [null, T, T, T];
}

/** A scheme, then anything: what makes an IRI absolute. */
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:/iu;

/** More than any Wikibase has in use; cleared when full, so memory stays flat whatever the input. */
const PROPERTY_CACHE_LIMIT = 20_000;

export class RdfTerms<T> {
  readonly #properties = new Map<string, PropertyTerms<T>>();
  readonly type: T;
  readonly label: T;
  readonly prefLabel: T;
  readonly name: T;
  readonly description: T;
  readonly altLabel: T;
  readonly item: T;
  readonly statement: T;
  readonly bestRank: T;
  readonly rank: T;
  readonly ranks: Readonly<Record<Rank, T>>;
  readonly wasDerivedFrom: T;
  readonly reference: T;
  readonly quantityValue: T;
  readonly quantityAmount: T;
  readonly quantityUpperBound: T;
  readonly quantityLowerBound: T;
  readonly quantityUnit: T;
  readonly timeValue: T;
  readonly timeValueProp: T;
  readonly timePrecision: T;
  readonly timeTimezone: T;
  readonly timeCalendarModel: T;
  readonly globeValue: T;
  readonly geoLatitude: T;
  readonly geoLongitude: T;
  readonly geoPrecision: T;
  readonly geoGlobe: T;
  readonly dataset: T;
  readonly about: T;
  readonly license: T;
  readonly softwareVersion: T;
  readonly version: T;
  readonly dateModified: T;

  constructor(
    readonly syntax: TermSyntax<T>,
    readonly vocabulary: Vocabulary,
  ) {
    const wb = (local: string): T => syntax.name(WIKIBASE, local);
    this.type = syntax.name(RDF, 'type');
    this.label = syntax.name(RDFS, 'label');
    this.prefLabel = syntax.name(SKOS, 'prefLabel');
    this.name = syntax.name(SCHEMA, 'name');
    this.description = syntax.name(SCHEMA, 'description');
    this.altLabel = syntax.name(SKOS, 'altLabel');
    this.item = wb('Item');
    this.statement = wb('Statement');
    this.bestRank = wb('BestRank');
    this.rank = wb('rank');
    this.ranks = { preferred: wb('PreferredRank'), normal: wb('NormalRank'), deprecated: wb('DeprecatedRank') };
    this.wasDerivedFrom = syntax.name(PROV, 'wasDerivedFrom');
    this.reference = wb('Reference');
    this.quantityValue = wb('QuantityValue');
    this.quantityAmount = wb('quantityAmount');
    this.quantityUpperBound = wb('quantityUpperBound');
    this.quantityLowerBound = wb('quantityLowerBound');
    this.quantityUnit = wb('quantityUnit');
    this.timeValue = wb('TimeValue');
    this.timeValueProp = wb('timeValue');
    this.timePrecision = wb('timePrecision');
    this.timeTimezone = wb('timeTimezone');
    this.timeCalendarModel = wb('timeCalendarModel');
    this.globeValue = wb('GlobecoordinateValue');
    this.geoLatitude = wb('geoLatitude');
    this.geoLongitude = wb('geoLongitude');
    this.geoPrecision = wb('geoPrecision');
    this.geoGlobe = wb('geoGlobe');
    this.dataset = syntax.name(SCHEMA, 'Dataset');
    this.about = syntax.name(SCHEMA, 'about');
    this.license = syntax.name(CC, 'license');
    this.softwareVersion = syntax.name(SCHEMA, 'softwareVersion');
    this.version = syntax.name(SCHEMA, 'version');
    this.dateModified = syntax.name(SCHEMA, 'dateModified');
  }

  /** The property's predicates, made once per run. */
  property(p: string): PropertyTerms<T> {
    let terms = this.#properties.get(p);
    if (terms === undefined) {
      const v = this.vocabulary;
      const name = (namespace: string): T => this.syntax.name(namespace, p);
      terms = {
        claim: name(v.claim),
        novalue: name(v.novalue),
        simple: [name(v.direct), name(v.statementProp), name(v.qualifier), name(v.referenceProp)],
        value: [null, name(v.statementValue), name(v.qualifierValue), name(v.referenceValue)],
      };
      if (this.#properties.size >= PROPERTY_CACHE_LIMIT) this.#properties.clear();
      this.#properties.set(p, terms);
    }
    return terms;
  }

  /**
   * An IRI that comes with the data (a URL value, a unit, a globe, a calendar model, the licence). RDF takes only
   * absolute IRIs (a parser refuses the whole document otherwise): one without a scheme is reported, and null.
   */
  dataIri(iri: string, what: string, report: (detail: string) => void): T | null {
    if (ABSOLUTE_IRI.test(iri)) return this.syntax.iri(iri);
    report(`${what} ${JSON.stringify(iri)} is not an absolute IRI, so that triple is not written`);
    return null;
  }

  decimal(value: string): T {
    return this.syntax.typed(value, XSD_DECIMAL);
  }

  double(value: string): T {
    return this.syntax.typed(value, XSD_DOUBLE);
  }

  integer(value: string): T {
    return this.syntax.typed(value, XSD_INTEGER);
  }
}
