// An item in Wikibase's RDF mapping: type, terms, truthy statements, full statements, and the dataset node.
import { DataFactory, type Quad, type Quad_Object, type Quad_Predicate, type Quad_Subject, type Term } from 'n3';
import { bestRankStatements, statementIdOf, type IdentifiedItem, type PropertyId, type Snak, type Statement } from '../../model/index.js';
import { RdfTerms, XSD_DATETIME } from './rdf-terms.js';
import type { RdfSettings } from './settings.js';
import { RDF_FORMAT_VERSION } from './settings.js';
import { languageWritable, statementTriples, truthyTriples, type StatementContext } from './statement-rdf.js';
import { N3Terms } from './syntax/n3-terms.js';
import type { TermSyntax } from './syntax/term-syntax.js';
import { vocabulary as vocabularyOf, type Vocabulary } from './vocabulary.js';

const ignore = (): void => {};

/**
 * The mapping in one syntax: an entity's triples as a flat list (subject, predicate, object, subject, …), in the
 * order Wikibase writes them: the entity's own triples, then statement, value and reference nodes, then the dataset.
 */
export class RdfMapping<T> {
  readonly terms: RdfTerms<T>;

  constructor(
    private readonly settings: RdfSettings,
    syntax: TermSyntax<T>,
    readonly vocabulary: Vocabulary = vocabularyOf(settings.conceptUriBase, settings.dataUriBase),
  ) {
    this.terms = new RdfTerms(syntax, this.vocabulary);
  }

  /** `report` hears, once each, what RDF cannot say (the triple is then left out). */
  triples(item: IdentifiedItem, report: (detail: string) => void = ignore): T[] {
    const t = this.terms;
    const s = t.syntax;
    const entity = s.name(this.vocabulary.entity, item.id);
    const out: T[] = [entity, t.type, t.item];
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
      datatypeOf: (p: PropertyId, snak: Snak) => this.settings.datatypes[p] ?? snak.datatype,
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
    for (const term of nodes) out.push(term);
    this.datasetTriples(out, item, once);
    return out;
  }

  datasetTriples(out: T[], item: IdentifiedItem, report: (detail: string) => void = ignore): void {
    const t = this.terms;
    const s = t.syntax;
    const data = s.name(this.vocabulary.data, item.id);
    out.push(data, t.type, t.dataset, data, t.about, s.name(this.vocabulary.entity, item.id));
    const license = this.settings.license === undefined ? null : t.dataIri(this.settings.license, 'the licence', (detail) => report(`the dataset node: ${detail}`));
    if (license !== null) out.push(data, t.license, license);
    out.push(data, t.softwareVersion, s.plain(RDF_FORMAT_VERSION));
    const revision = this.settings.revision ?? item.lastrevid;
    if (revision !== undefined) out.push(data, t.version, t.integer(String(revision)));
    const modified = this.settings.modified ?? item.modified;
    if (modified !== undefined) out.push(data, t.dateModified, s.typed(modified, XSD_DATETIME));
  }
}

function toQuads(terms: readonly Term[]): Quad[] {
  const quads: Quad[] = [];
  for (let i = 0; i < terms.length; i += 3) {
    quads.push(DataFactory.quad(terms[i] as Quad_Subject, terms[i + 1] as Quad_Predicate, terms[i + 2] as Quad_Object));
  }
  return quads;
}

/** The mapping as RDF/JS quads (n3's), for code that wants terms rather than text. */
export class ItemRdf {
  readonly vocabulary: Vocabulary;
  readonly #mapping: RdfMapping<Term>;

  constructor(settings: RdfSettings) {
    this.#mapping = new RdfMapping(settings, new N3Terms());
    this.vocabulary = this.#mapping.vocabulary;
  }

  quads(item: IdentifiedItem): Quad[] {
    return toQuads(this.#mapping.triples(item));
  }

  datasetQuads(item: IdentifiedItem): Quad[] {
    const terms: Term[] = [];
    this.#mapping.datasetTriples(terms, item);
    return toQuads(terms);
  }
}
