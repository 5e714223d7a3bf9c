// Merges the drafts of one item (from any number of pages) into one Wikibase item, keeping identical values once.
import type { Diagnostic, Span } from '../diagnostics/index.js';
import type { DraftSitelink, DraftSnak, DraftStatement, DraftTerm, ItemDraft } from '../interpret/index.js';
import { snakHash } from '../hash/snak-hash.js';
import {
  canonicalJson,
  statementId,
  valueKey,
  type CompleteItem,
  type ItemId,
  type PropertyId,
  type Snak,
  type SnakMap,
  type Term,
} from '../model/index.js';
import type { Profile } from '../profile/index.js';

/** Where each statement of a built item came from, for diagnostics about it. */
export type StatementSpans = ReadonlyMap<string, Span>;

/** Where a statement came from, if it was read from a page (statements without an id never were). */
export function spanOf(spans: StatementSpans, statement: { readonly id?: string | undefined }): Span | undefined {
  return statement.id === undefined ? undefined : spans.get(statement.id);
}

export interface BuiltItem {
  readonly item: CompleteItem;
  readonly spans: StatementSpans;
  /** Where the first page of the item shows it. */
  readonly where: Span | undefined;
}

const describeValue = (s: DraftSnak): string => {
  const v = s.datavalue;
  switch (v.type) {
    case 'quantity':
      return v.value.amount;
    case 'time':
      return `${v.value.time} (precision ${v.value.precision})`;
    case 'monolingualtext':
      return `${v.value.text}@${v.value.language}`;
    case 'string':
      return v.value;
    default:
      return canonicalJson(v.value);
  }
};

/**
 * What makes two statements the same: their main value, their qualifiers' properties and values (in order) and their
 * rank, each value by the model's one definition of the same value.
 */
export function statementKey(statement: DraftStatement): string {
  let key = `${statement.rank}|${statement.property}|${valueKey(statement.datavalue)}`;
  for (const q of statement.qualifiers) key += `\u0000${q.property}|${valueKey(q.datavalue)}`;
  return key;
}

/**
 * What names a kept statement (its id is made from this): `canonicalJson` of its value, its qualifiers' properties
 * and values, and its rank, written out here without building that object first. Ids stay what they were before
 * statements were compared by `statementKey`.
 */
export function statementName(statement: DraftStatement): string {
  let qualifiers = '';
  for (const q of statement.qualifiers) {
    qualifiers += `${qualifiers === '' ? '' : ','}[${JSON.stringify(q.property)},${canonicalJson(q.datavalue)}]`;
  }
  return `{"datavalue":${canonicalJson(statement.datavalue)},"qualifiers":[${qualifiers}],"rank":${JSON.stringify(statement.rank)}}`;
}

function toSnak(s: DraftSnak, hashes: boolean): Snak {
  if (!hashes) return { snaktype: 'value', property: s.property, datavalue: s.datavalue, datatype: s.datatype };
  const snak = { snaktype: 'value' as const, property: s.property, datavalue: s.datavalue };
  return { snaktype: 'value', property: s.property, hash: snakHash(snak), datavalue: s.datavalue, datatype: s.datatype };
}

export interface BuildOptions {
  /**
   * Whether snaks carry their hash (Wikibase's, over the value's whole text: a good part of building an entity). An
   * entity only written as RDF never shows them; true unless said.
   */
  readonly snakHashes?: boolean;
}

export class EntityBuilder {
  readonly #labels = new Map<string, DraftTerm>();
  readonly #descriptions = new Map<string, DraftTerm>();
  readonly #aliases = new Map<string, string[]>();
  readonly #statements = new Map<PropertyId, { key: string; statement: DraftStatement }[]>();
  readonly #sitelinks = new Map<string, DraftSitelink>();
  #where: Span | undefined;

  constructor(
    readonly id: ItemId,
    private readonly profile: Profile,
  ) {}

  add(draft: ItemDraft): Diagnostic[] {
    const diagnostics: Diagnostic[] = [];
    this.#where ??= draft.span;
    for (const term of draft.terms) this.#addTerm(term, diagnostics);
    for (const statement of draft.statements) this.#addStatement(statement, diagnostics);
    for (const link of draft.sitelinks ?? []) this.#addSitelink(link, diagnostics);
    return diagnostics;
  }

  /** A site links one page: the first page's title is kept, another is reported (its badges join an equal one's). */
  #addSitelink(link: DraftSitelink, diagnostics: Diagnostic[]): void {
    const kept = this.#sitelinks.get(link.site);
    if (kept === undefined) {
      this.#sitelinks.set(link.site, link);
    } else if (kept.title !== link.title) {
      diagnostics.push({ code: 'sitelink-conflict', severity: 'error', span: link.span, item: this.id, site: link.site, kept: kept.title, dropped: link.title });
    } else if (link.badges.some((b) => !kept.badges.includes(b))) {
      this.#sitelinks.set(link.site, { ...kept, badges: [...new Set([...kept.badges, ...link.badges])] });
    }
  }

  #addTerm(term: DraftTerm, diagnostics: Diagnostic[]): void {
    if (term.kind === 'alias') {
      const list = this.#aliases.get(term.language) ?? [];
      if (!list.includes(term.value)) list.push(term.value);
      this.#aliases.set(term.language, list);
      return;
    }
    const map = term.kind === 'label' ? this.#labels : this.#descriptions;
    const existing = map.get(term.language);
    if (existing === undefined) {
      map.set(term.language, term);
    } else if (existing.value !== term.value) {
      diagnostics.push({
        code: 'term-conflict',
        severity: 'error',
        span: term.span,
        item: this.id,
        term: term.kind,
        language: term.language,
        kept: existing.value,
        dropped: term.value,
      });
    }
  }

  #addStatement(statement: DraftStatement, diagnostics: Diagnostic[]): void {
    const key = statementKey(statement);
    const list = this.#statements.get(statement.property) ?? [];
    if (list.some((s) => s.key === key)) return;
    const multiple = this.profile.properties[statement.property]?.multiple ?? true;
    // A non-euro project holds two amounts per property, the local one (normal) and the euro one (preferred):
    // only a second value of the same rank contradicts the first.
    const kept = list.find((s) => s.statement.rank === statement.rank);
    if (!multiple && kept !== undefined) {
      diagnostics.push({
        code: 'value-conflict',
        severity: 'error',
        span: statement.span,
        item: this.id,
        property: statement.property,
        kept: describeValue(kept.statement),
        dropped: describeValue(statement),
      });
      return;
    }
    list.push({ key, statement });
    this.#statements.set(statement.property, list);
  }

  build(options: BuildOptions = {}): BuiltItem {
    const hashes = options.snakHashes ?? true;
    const spans = new Map<string, Span>();
    const claims: CompleteItem['claims'] = {};
    for (const [property, list] of this.#statements) {
      claims[property] = list.map(({ statement }) => {
        const id = statementId(this.id, `${property}\u0000${statementName(statement)}`);
        spans.set(id, statement.span);
        const qualifiers: SnakMap = {};
        for (const q of statement.qualifiers) (qualifiers[q.property] ??= []).push(toSnak(q, hashes));
        const order = Object.keys(qualifiers) as PropertyId[];
        return {
          mainsnak: toSnak(statement, hashes),
          type: 'statement',
          ...(order.length > 0 ? { qualifiers, 'qualifiers-order': order } : {}),
          id,
          rank: statement.rank,
        };
      });
    }
    const terms = (map: Map<string, DraftTerm>): Record<string, Term> =>
      Object.fromEntries([...map].map(([language, t]) => [language, { language, value: t.value }]));
    const item: CompleteItem = {
      type: 'item',
      id: this.id,
      labels: terms(this.#labels),
      descriptions: terms(this.#descriptions),
      aliases: Object.fromEntries(
        [...this.#aliases].map(([language, values]) => [language, values.map((value) => ({ language, value }))]),
      ),
      claims,
      sitelinks: Object.fromEntries(
        [...this.#sitelinks.values()].map(({ site, title, badges }) => [site, { site, title, badges: [...badges] }]),
      ),
    };
    return { item, spans, where: this.#where };
  }
}
