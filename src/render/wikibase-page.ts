// Renders an item as a real Wikibase (MediaWiki 1.39, Wikibase REL1_39, Extension:CLDR) shows it in a UI language,
// flattened seed-style (trafilatura's extract(): link text pruned, whitespace collapsed), as in
// ../shared/real-wikibase-pages/flat (property labels in English only) and flat-labelled (in every language).
import { languageName } from '../locale/index.js';
import type { Item, PropertyId, Reference, Snak, Statement } from '../model/index.js';
import { uiPhrases, type UiPhrases } from '../parse/index.js';
import type { Profile } from '../profile/index.js';
import { collapse, flatten, type Block } from './link-density.js';
import { formatSnak } from './value.js';

/** The language Wikibase falls back to for terms and property labels the UI language lacks. */
const FALLBACK = 'en';

export interface WikibasePageOptions {
  /**
   * Which languages the wiki's property labels are in: `english` (then a non-English page shows each property's
   * English label with the fallback indicator, `EU contribution Englisch`, as plain text: the label is a link and
   * goes, the indicator stays) or `every` (labels in the UI language: links, which the flattening drops).
   */
  readonly propertyLabels?: 'english' | 'every';
  /** The text of a value shown as a link (a linked item's label); by default the linked entity's id. */
  readonly linkText?: LinkText;
}

/** A term in the UI language, else the fallback language's with its fallback indicator (the language's name). */
function shownTerm(terms: Item['labels'], ui: string): string | undefined {
  const own = terms?.[ui]?.value;
  if (own !== undefined) return own;
  const fallback = terms?.[FALLBACK]?.value;
  return fallback === undefined ? undefined : `${fallback} ${languageName(FALLBACK, ui)}`;
}

/**
 * The terms table: the UI language's row, then English's. A cell that holds text ends its line with ` |`; the
 * aliases cell (links, dropped) leaves a lone `|` line, except on the last row when it is empty.
 */
function termsTable(item: Item, phrases: UiPhrases): string[] {
  const ui = phrases.language;
  const languages = ui === FALLBACK ? [ui] : [ui, FALLBACK];
  const lines = [`${phrases.termsHeader.join(' | ')} |`, '---|'.repeat(phrases.termsHeader.length)];
  languages.forEach((language, i) => {
    lines.push(`${languageName(language, ui)} | ${item.labels?.[language]?.value ?? phrases.labelEmpty} |`);
    lines.push(`${item.descriptions?.[language]?.value ?? phrases.descriptionEmpty} |`);
    const last = i === languages.length - 1;
    if (!last || (item.aliases?.[language]?.length ?? 0) > 0) lines.push('|');
  });
  return lines;
}

/**
 * The link text of a value Wikibase shows as a link: the linked entity's label where known, with the language it
 * is in (when not the UI language, the page adds the fallback indicator after the link, as plain text).
 */
export type LinkText = (snak: Snak, ui: string) => { readonly text: string; readonly language: string } | undefined;

/** The block of one snak's value: its formatted text, or its link's text (which the flattening weighs as link). */
function valueBlock(snak: Snak, ui: string, profile: Profile, linkText: LinkText | undefined): Block {
  const line = formatSnak(snak, ui, profile);
  if ('text' in line) return { inlines: [{ text: line.text, link: false }] };
  if (line.omitted !== 'link' || snak.snaktype !== 'value') return { inlines: [] };
  const label = linkText?.(snak, ui);
  if (label !== undefined) {
    const link = { text: label.text, link: true };
    return { inlines: label.language === ui ? [link] : [link, { text: ` ${languageName(label.language, ui)}`, link: false }] };
  }
  // Unknown label: Wikibase shows the entity's id (a string-valued link shows the string itself).
  const v = snak.datavalue;
  const text = v.type === 'wikibase-entityid' ? v.value.id : v.type === 'string' ? v.value : undefined;
  return { inlines: [{ text: text ?? '', link: true }] };
}

/**
 * Builds the blocks of the statements section as Wikibase's HTML nests them (groups, statements, snaks, reference
 * lists), empty blocks left out as the flattening drops them before measuring.
 */
class StatementBlocks {
  readonly #indicator: string | null;
  /** Each snak's value block, to tell afterwards which values the flattened page still shows. */
  readonly values = new Map<Snak, Block>();
  /** Each statement's references line. */
  readonly headings = new Map<Statement, Block>();

  constructor(
    private readonly profile: Profile,
    private readonly phrases: UiPhrases,
    private readonly options: WikibasePageOptions,
  ) {
    const ui = phrases.language;
    this.#indicator = ui === FALLBACK || options.propertyLabels === 'every' ? null : languageName(FALLBACK, ui);
  }

  /** A property's label: a link (English text), with the fallback indicator as plain text where the page shows it. */
  label(property: PropertyId): Block {
    const label = { text: this.profile.properties[property]?.label ?? property, link: true };
    return { inlines: this.#indicator === null ? [label] : [label, { text: ` ${this.#indicator}`, link: false }] };
  }

  /**
   * A snak: its property container (the label; a main snak's is empty, but keeps a line break, so it stays), then
   * its value container, whose body holds the value (the type selector and indicators are empty, so dropped).
   */
  snak(snak: Snak, labelled: boolean): Block {
    const value = valueBlock(snak, this.phrases.language, this.profile, this.options.linkText);
    this.values.set(snak, value);
    const valueContainer: Block = { children: [{ children: [value] }] };
    return { children: labelled ? [{ children: [this.label(snak.property)] }, valueContainer] : [{ children: [] }, valueContainer] };
  }

  /** A snak list (qualifiers, a reference's snaks): one block per property, each holding its snaks. */
  snakList(snaks: Readonly<Record<string, readonly Snak[]>> | undefined, order: readonly string[] | undefined): Block[] {
    const properties = [...new Set([...(order ?? []), ...Object.keys(snaks ?? {})])];
    return properties
      .filter((p) => (snaks?.[p]?.length ?? 0) > 0)
      .map((p) => ({ children: [{ children: (snaks?.[p] ?? []).map((s) => this.snak(s, true)) }] }));
  }

  /**
   * A statement: its rank selector (only a blank icon: a block without text), the main snak with its qualifiers'
   * list (left out when empty), and the references: their counter line, then their list (left out when empty).
   */
  statement(statement: Statement): Block {
    const qualifiers = this.snakList(statement.qualifiers, statement['qualifiers-order']);
    const references: readonly Reference[] = statement.references ?? [];
    const mainsnak: Block = { children: [{ children: [this.snak(statement.mainsnak, false)] }] };
    const heading: Block = { inlines: [{ text: this.phrases.references.render(references.length), link: false }] };
    this.headings.set(statement, heading);
    const referenceViews: Block[] = references.map((r) => ({ children: [{ children: this.snakList(r.snaks, r['snaks-order']) }] }));
    return {
      children: [
        { children: [{ children: [] }] },
        { children: qualifiers.length > 0 ? [mainsnak, { children: [{ children: qualifiers }] }] : [mainsnak] },
        { children: referenceViews.length > 0 ? [heading, { children: [{ children: referenceViews }] }] : [heading] },
      ],
    };
  }

  /** A statement group: its property's label, then its statement list view holding its statements. */
  group(property: PropertyId, statements: readonly Statement[]): Block {
    return {
      children: [{ children: [this.label(property)] }, { children: [{ children: statements.map((s) => this.statement(s)) }] }],
    };
  }
}

/** The statements section's lines, and whether a snak's value (a statement's references line) is among them. */
function statementsSection(item: Item, phrases: UiPhrases, profile: Profile, options: WikibasePageOptions) {
  const blocks = new StatementBlocks(profile, phrases, options);
  const groups = Object.entries(item.claims ?? {}).map(([property, list]) => blocks.group(property as PropertyId, list));
  // The groups' list is the last block of its own list view.
  const { lines, kept } = flatten({ children: [{ children: groups }] }, true);
  const keeps = (block: Block | undefined): boolean => block !== undefined && kept.has(block);
  return {
    lines,
    shown: (snak: Snak) => keeps(blocks.values.get(snak)),
    closed: (statement: Statement) => keeps(blocks.headings.get(statement)),
  };
}

/**
 * The page: title (label, or the fallback label with its indicator, or the placeholder) and id, the skin's skip
 * links, the description likewise, the UI language's aliases as `- alias` lines, the terms table, then every
 * statement group in claim order (no Identifiers section: stock Wikibase has none) as the flattening leaves it:
 * link-dense blocks pruned (see link-density.ts).
 */
export function renderWikibasePage(item: Item, ui: string, profile: Profile, options: WikibasePageOptions = {}): string {
  if (item.id === undefined) throw new RangeError('an item page needs an item id for its title');
  const phrases = uiPhrases(ui);
  const lines = [
    `${shownTerm(item.labels, ui) ?? phrases.labelEmpty} (${item.id})`,
    ...phrases.chrome,
    shownTerm(item.descriptions, ui) ?? phrases.descriptionEmpty,
    ...(item.aliases?.[ui] ?? []).map((alias) => `- ${alias.value}`),
    ...termsTable(item, phrases),
    phrases.statements,
    ...statementsSection(item, phrases, profile, options).lines,
  ];
  return lines.map(collapse).join('\n');
}

/** What an item's rendered page shows of its statements. */
export interface ShownStatements {
  /**
   * The statements whose value line the flattening keeps, each with the qualifiers whose value lines it keeps
   * (what a reader of the page can know, and all it may produce).
   */
  readonly claims: NonNullable<Item['claims']>;
  /** Whether a shown statement lost its references line to the pruning (its lines then run into the next ones). */
  readonly referencesLinePruned: boolean;
  /** Whether the pruning took a statement whose value is text (not a link): the values after it then shift up. */
  readonly textStatementPruned: boolean;
}

export function wikibasePageStatements(item: Item, ui: string, profile: Profile, options: WikibasePageOptions = {}): ShownStatements {
  const { shown, closed } = statementsSection(item, uiPhrases(ui), profile, options);
  const claims = Object.entries(item.claims ?? {}).map(([property, list]) => {
    const statements = list
      .filter((statement) => shown(statement.mainsnak))
      .map((statement) => {
        const qualifiers = Object.entries(statement.qualifiers ?? {})
          .map(([p, snaks]) => [p, snaks.filter(shown)] as const)
          .filter(([, snaks]) => snaks.length > 0);
        return { ...statement, qualifiers: Object.fromEntries(qualifiers) };
      });
    return [property, statements] as const;
  });
  const all = Object.values(item.claims ?? {}).flat();
  return {
    claims: Object.fromEntries(claims.filter(([, list]) => list.length > 0)),
    referencesLinePruned: all.some((st) => shown(st.mainsnak) && !closed(st)),
    textStatementPruned: all.some((st) => 'text' in formatSnak(st.mainsnak, ui, profile) && !shown(st.mainsnak)),
  };
}
