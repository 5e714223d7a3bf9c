// An item in Wikibase's RDF mapping: type, terms, truthy statements, full statements, and the dataset node.
import { DataFactory, type Quad } from 'n3';
import { bestRankStatements, namedStatement, type IdentifiedItem, type PropertyId, type Snak } from '../../model/index.js';
import type { RdfSettings } from './settings.js';
import { RDF_FORMAT_VERSION } from './settings.js';
import { snakQuads, statementQuads, type StatementContext } from './statement-rdf.js';
import { CC, RDF, RDFS, SCHEMA, SKOS, WIKIBASE, XSD, vocabulary, type Vocabulary } from './vocabulary.js';

const { namedNode, literal, quad } = DataFactory;

export class ItemRdf {
  readonly vocabulary: Vocabulary;

  constructor(private readonly settings: RdfSettings) {
    this.vocabulary = vocabulary(settings.conceptUriBase, settings.dataUriBase);
  }

  quads(item: IdentifiedItem): Quad[] {
    const v = this.vocabulary;
    const entity = namedNode(`${v.entity}${item.id}`);
    const out: Quad[] = [quad(entity, namedNode(`${RDF}type`), namedNode(`${WIKIBASE}Item`))];
    for (const { language, value } of Object.values(item.labels ?? {})) {
      const label = literal(value, language);
      out.push(quad(entity, namedNode(`${RDFS}label`), label));
      out.push(quad(entity, namedNode(`${SKOS}prefLabel`), label));
      out.push(quad(entity, namedNode(`${SCHEMA}name`), label));
    }
    for (const { language, value } of Object.values(item.descriptions ?? {})) {
      out.push(quad(entity, namedNode(`${SCHEMA}description`), literal(value, language)));
    }
    for (const aliases of Object.values(item.aliases ?? {})) {
      for (const { language, value } of aliases) out.push(quad(entity, namedNode(`${SKOS}altLabel`), literal(value, language)));
    }
    const ctx: StatementContext = {
      vocabulary: v,
      datatypeOf: (p: PropertyId, snak: Snak) => this.settings.datatypes[p] ?? snak.datatype,
      written: new Set(),
    };
    // The entity's own triples first, then statement and value nodes, so Turtle groups each subject once.
    const nodes: Quad[] = [];
    for (const [property, given] of Object.entries(item.claims ?? {})) {
      const statements = given.map((s) => namedStatement(item.id, property, s));
      const best = new Set(bestRankStatements(statements));
      for (const statement of statements) {
        if (best.has(statement)) {
          out.push(...snakQuads(entity, statement.mainsnak, { simple: v.direct, value: '' }, ctx, `${statement.id}-truthy`));
        }
        const [link, ...rest] = statementQuads(entity, statement, best.has(statement), ctx);
        if (link !== undefined) out.push(link);
        nodes.push(...rest);
      }
    }
    return [...out, ...nodes, ...this.datasetQuads(item)];
  }

  datasetQuads(item: IdentifiedItem): Quad[] {
    const v = this.vocabulary;
    const data = namedNode(`${v.data}${item.id}`);
    const out = [
      quad(data, namedNode(`${RDF}type`), namedNode(`${SCHEMA}Dataset`)),
      quad(data, namedNode(`${SCHEMA}about`), namedNode(`${v.entity}${item.id}`)),
    ];
    if (this.settings.license !== undefined) out.push(quad(data, namedNode(`${CC}license`), namedNode(this.settings.license)));
    out.push(quad(data, namedNode(`${SCHEMA}softwareVersion`), literal(RDF_FORMAT_VERSION)));
    const revision = this.settings.revision ?? item.lastrevid;
    if (revision !== undefined) {
      out.push(quad(data, namedNode(`${SCHEMA}version`), literal(String(revision), namedNode(`${XSD}integer`))));
    }
    const modified = this.settings.modified ?? item.modified;
    if (modified !== undefined) {
      out.push(quad(data, namedNode(`${SCHEMA}dateModified`), literal(modified, namedNode(`${XSD}dateTime`))));
    }
    return out;
  }
}
