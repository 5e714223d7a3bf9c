// Wikibase's RDF namespaces for one Wikibase, derived from its concept URI base as Wikibase derives them.
export const WIKIBASE = 'http://wikiba.se/ontology#';
export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
export const SKOS = 'http://www.w3.org/2004/02/skos/core#';
export const SCHEMA = 'http://schema.org/';
export const XSD = 'http://www.w3.org/2001/XMLSchema#';
export const PROV = 'http://www.w3.org/ns/prov#';
export const CC = 'http://creativecommons.org/ns#';
export const GEO = 'http://www.opengis.net/ont/geosparql#';
export const OWL = 'http://www.w3.org/2002/07/owl#';
/** The unit of unitless quantities, which RDF names on wikidata.org whatever the Wikibase. */
export const UNITLESS_UNIT = 'http://www.wikidata.org/entity/Q199';

export interface Vocabulary {
  /** Prefix name → namespace, in the order a Turtle header lists them. */
  readonly prefixes: Readonly<Record<string, string>>;
  readonly entity: string;
  readonly data: string;
  readonly statement: string;
  readonly value: string;
  readonly reference: string;
  readonly direct: string;
  readonly claim: string;
  readonly statementProp: string;
  readonly statementValue: string;
  readonly qualifier: string;
  readonly qualifierValue: string;
  readonly referenceProp: string;
  readonly referenceValue: string;
  readonly novalue: string;
  /** The normalized forms (external ids, quantities), which a property's description names; no Turtle prefix. */
  readonly directNormalized: string;
  readonly statementValueNormalized: string;
  readonly qualifierValueNormalized: string;
  readonly referenceValueNormalized: string;
}

/**
 * Wikibase puts statements under the concept base and everything else beside it: when the base ends
 * in `entity/`, `prop/`, `value/` and `reference/` hang off what comes before that segment.
 */
export function vocabulary(conceptUriBase: string, dataUriBase: string): Vocabulary {
  const top = conceptUriBase.endsWith('entity/') ? conceptUriBase.slice(0, -'entity/'.length) : conceptUriBase;
  const v = {
    entity: conceptUriBase,
    data: dataUriBase,
    statement: `${conceptUriBase}statement/`,
    value: `${top}value/`,
    reference: `${top}reference/`,
    direct: `${top}prop/direct/`,
    claim: `${top}prop/`,
    statementProp: `${top}prop/statement/`,
    statementValue: `${top}prop/statement/value/`,
    qualifier: `${top}prop/qualifier/`,
    qualifierValue: `${top}prop/qualifier/value/`,
    referenceProp: `${top}prop/reference/`,
    referenceValue: `${top}prop/reference/value/`,
    novalue: `${top}prop/novalue/`,
    directNormalized: `${top}prop/direct-normalized/`,
    statementValueNormalized: `${top}prop/statement/value-normalized/`,
    qualifierValueNormalized: `${top}prop/qualifier/value-normalized/`,
    referenceValueNormalized: `${top}prop/reference/value-normalized/`,
  };
  const prefixes = {
    wikibase: WIKIBASE,
    rdf: RDF,
    rdfs: RDFS,
    skos: SKOS,
    schema: SCHEMA,
    xsd: XSD,
    prov: PROV,
    cc: CC,
    geo: GEO,
    owl: OWL,
    wd: v.entity,
    wdata: v.data,
    wds: v.statement,
    wdv: v.value,
    wdref: v.reference,
    wdt: v.direct,
    p: v.claim,
    ps: v.statementProp,
    psv: v.statementValue,
    pq: v.qualifier,
    pqv: v.qualifierValue,
    pr: v.referenceProp,
    prv: v.referenceValue,
    wdno: v.novalue,
  };
  return { ...v, prefixes };
}
