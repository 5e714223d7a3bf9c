// An entity in Wikibase's RDF mapping: type, terms, truthy statements, full statements, a property's own triples,
// sitelinks, and the data node, in the flavour asked for (see settings.ts).
import {
  bestRankStatements,
  statementIdOf,
  type IdentifiedEntity,
  type PropertyId,
  type Snak,
  type Statement,
} from '../../model/index.js';
import { EntityTerms } from './entity-terms.js';
import { propertyTriples } from './property-rdf.js';
import { RdfTerms, XSD_DATETIME } from './rdf-terms.js';
import type { RdfFlavor, RdfSettings } from './settings.js';
import { RDF_FORMAT_VERSION } from './settings.js';
import { sitelinkTriples } from './sitelink-rdf.js';
import { languageWritable, statementTriples, truthyTriples, type StatementContext } from './statement-rdf.js';
import type { TermSyntax } from './syntax/term-syntax.js';
import { vocabulary as vocabularyOf, type Vocabulary } from './vocabulary.js';

const ignore = (): void => {};

/**
 * The mapping in one syntax: an entity's triples as a flat list (subject, predicate, object, subject, …), in the
 * order Wikibase writes them: the entity's own triples, then statement, value and reference nodes, then the dataset.
 */
export class RdfMapping<T> {
  readonly terms: RdfTerms<T>;
  readonly more: EntityTerms<T>;

  constructor(
    private readonly settings: RdfSettings,
    syntax: TermSyntax<T>,
    readonly vocabulary: Vocabulary = vocabularyOf(settings.conceptUriBase, settings.dataUriBase),
  ) {
    this.terms = new RdfTerms(syntax, this.vocabulary);
    this.more = new EntityTerms(syntax);
  }

  /** The datatype of a snak's property: the settings' (from the property itself), else the snak's own field. */
  readonly #datatypeOf = (p: PropertyId, snak: Snak): string | undefined => this.settings.datatypes[p] ?? snak.datatype;

  /**
   * `report` hears, once each, what RDF cannot say (the triple is then left out). The flavour decides the data node:
   * `full-dump` gives page counts and leaves licence and format version to the dump's header.
   */
  triples(item: IdentifiedEntity, report: (detail: string) => void = ignore, flavor: RdfFlavor = 'dump'): T[] {
    const t = this.terms;
    const s = t.syntax;
    const entity = s.name(this.vocabulary.entity, item.id);
    const out: T[] = [entity, t.type, item.type === 'property' ? this.more.property : t.item];
    const reported = new Set<string>();
    const once = (detail: string): void => {
      if (reported.has(detail)) return;
      reported.add(detail);
      report(detail);
    };
    for (const { language, value } of Object.values(item.labels ?? {})) {
      if (!languageWritable(language, 'a label', once)) continue;
      const label = s.lang(value, language);
      out.push(entity, t.label, label, entity, t.prefLabel, label, entity, t.name, label);
    }
    for (const { language, value } of Object.values(item.descriptions ?? {})) {
      if (languageWritable(language, 'a description', once)) out.push(entity, t.description, s.lang(value, language));
    }
    for (const aliases of Object.values(item.aliases ?? {})) {
      for (const { language, value } of aliases) {
        if (languageWritable(language, 'an alias', once)) out.push(entity, t.altLabel, s.lang(value, language));
      }
    }
    const ctx: StatementContext<T> = {
      terms: t,
      datatypeOf: this.#datatypeOf,
      written: new Set(),
      report: once,
    };
    // The entity's own triples first, then statement and value nodes, so Turtle groups each subject once.
    const nodes: T[] = [];
    for (const [property, given] of Object.entries(item.claims ?? {}) as [PropertyId, Statement[]][]) {
      const best = new Set(bestRankStatements(given));
      for (const statement of given) {
        const id = statementIdOf(item.id, property, statement);
        const isBest = best.has(statement);
        if (isBest) truthyTriples(out, entity, statement, id, ctx);
        statementTriples(out, nodes, entity, statement, id, isBest, ctx);
      }
    }
    if (item.type === 'property') propertyTriples(out, nodes, entity, item, t, this.more);
    for (const term of nodes) out.push(term);
    if (item.type === 'item') sitelinkTriples(out, entity, item, this.settings.sites, t, this.more, once);
    this.datasetTriples(out, item, once, flavor);
    return out;
  }

  datasetTriples(out: T[], item: IdentifiedEntity, report: (detail: string) => void = ignore, flavor: RdfFlavor = 'dump'): void {
    const t = this.terms;
    const s = t.syntax;
    const data = s.name(this.vocabulary.data, item.id);
    out.push(data, t.type, t.dataset, data, t.about, s.name(this.vocabulary.entity, item.id));
    if (flavor === 'dump') {
      const license = this.#license((detail) => report(`the dataset node: ${detail}`));
      if (license !== null) out.push(data, t.license, license);
      out.push(data, t.softwareVersion, s.plain(RDF_FORMAT_VERSION));
    }
    const revision = this.settings.revision ?? item.lastrevid;
    if (revision !== undefined) out.push(data, t.version, t.integer(String(revision)));
    // In a dump the run's time is the header's; an entity's own is the one its line has.
    const modified = flavor === 'dump' ? (this.settings.modified ?? item.modified) : item.modified;
    if (modified !== undefined) out.push(data, t.dateModified, s.typed(modified, XSD_DATETIME));
    if (flavor === 'full-dump') this.#pageCounts(out, data, item);
  }

  /** The page properties a dump gives each entity: statements; for items also sitelinks and identifiers. */
  #pageCounts(out: T[], data: T, item: IdentifiedEntity): void {
    const t = this.terms;
    let statements = 0;
    let identifiers = 0;
    for (const [property, list] of Object.entries(item.claims ?? {}) as [PropertyId, Statement[]][]) {
      statements += list.length;
      for (const statement of list) if (this.#datatypeOf(property, statement.mainsnak) === 'external-id') identifiers += 1;
    }
    out.push(data, this.more.statements, t.integer(String(statements)));
    if (item.type !== 'item') return;
    out.push(data, this.more.sitelinks, t.integer(String(Object.keys(item.sitelinks ?? {}).length)));
    out.push(data, this.more.identifiers, t.integer(String(identifiers)));
  }

  #license(report: (detail: string) => void): T | null {
    return this.settings.license === undefined ? null : this.terms.dataIri(this.settings.license, 'the licence', report);
  }

  /** A dump's header, written once before its entities: the licence, the format version, the dump's time. */
  dumpHeader(report: (detail: string) => void = ignore): T[] {
    const t = this.terms;
    const e = this.more;
    const s = t.syntax;
    const dump = e.dump;
    const out: T[] = [dump, t.type, t.dataset, dump, t.type, e.ontology];
    const license = this.#license((detail) => report(`the dump header: ${detail}`));
    if (license !== null) out.push(dump, t.license, license);
    out.push(dump, t.softwareVersion, s.plain(RDF_FORMAT_VERSION));
    if (this.settings.modified !== undefined) out.push(dump, t.dateModified, s.typed(this.settings.modified, XSD_DATETIME));
    out.push(dump, e.imports, e.ontologyDocument);
    return out;
  }
}
