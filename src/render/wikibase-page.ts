// Renders an item as a real Wikibase (MediaWiki 1.39, Wikibase REL1_39, Extension:CLDR) shows it in a UI language,
// flattened seed-style (trafilatura's extract(): link text pruned, whitespace collapsed), as in
// ../shared/real-wikibase-pages/flat (property labels in English only) and flat-labelled (in every language).
import { languageName } from '../locale/index.js';
import type { Item, PropertyId, Reference, Snak, Statement } from '../model/index.js';
import { uiPhrases, type UiPhrases } from '../parse/index.js';
import type { Profile } from '../profile/index.js';
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

class SnakLines {
  readonly #indicator: string | null;

  constructor(
    private readonly profile: Profile,
    private readonly ui: string,
    options: WikibasePageOptions,
  ) {
    this.#indicator = ui === FALLBACK || options.propertyLabels === 'every' ? null : languageName(FALLBACK, ui);
  }

  /** The property's label with the fallback indicator, where the page shows it; else nothing. */
  label(property: PropertyId): string[] {
    if (this.#indicator === null) return [];
    return [`${this.profile.properties[property]?.label ?? property} ${this.#indicator}`];
  }

  /** A value's line, none for a link. */
  value(snak: Snak): string[] {
    const line = formatSnak(snak, this.ui, this.profile);
    return 'text' in line ? [line.text] : [];
  }

  /** Snaks in the order given, each with its label line. */
  snaks(snaks: Readonly<Record<string, readonly Snak[]>> | undefined, order: readonly string[] | undefined): string[] {
    const properties = [...new Set([...(order ?? []), ...Object.keys(snaks ?? {})])] as PropertyId[];
    return properties.flatMap((p) => (snaks?.[p] ?? []).flatMap((snak) => [...this.label(p), ...this.value(snak)]));
  }
}

function statementLines(statement: Statement, snaks: SnakLines, phrases: UiPhrases): string[] {
  const value = snaks.value(statement.mainsnak);
  // A statement whose value is a link is pruned whole by the flattening, with its references line.
  if (value.length === 0) return [];
  const references: readonly Reference[] = statement.references ?? [];
  return [
    ...value,
    ...snaks.snaks(statement.qualifiers, statement['qualifiers-order']),
    phrases.references.render(references.length),
    ...references.flatMap((r) => snaks.snaks(r.snaks, r['snaks-order'])),
  ];
}

/**
 * The page: title (label, or the fallback label with its indicator, or the placeholder) and id, the skin's skip
 * links, the description likewise, the UI language's aliases as `- alias` lines, the terms table, then every
 * statement group in claim order (no Identifiers section: stock Wikibase has none), each preceded by its
 * property's label line where the page shows one.
 */
export function renderWikibasePage(item: Item, ui: string, profile: Profile, options: WikibasePageOptions = {}): string {
  if (item.id === undefined) throw new RangeError('an item page needs an item id for its title');
  const phrases = uiPhrases(ui);
  const snaks = new SnakLines(profile, ui, options);
  const statements = Object.entries(item.claims ?? {}).flatMap(([property, list]) => [
    ...snaks.label(property as PropertyId),
    ...list.flatMap((statement) => statementLines(statement, snaks, phrases)),
  ]);
  const lines = [
    `${shownTerm(item.labels, ui) ?? phrases.labelEmpty} (${item.id})`,
    ...phrases.chrome,
    shownTerm(item.descriptions, ui) ?? phrases.descriptionEmpty,
    ...(item.aliases?.[ui] ?? []).map((alias) => `- ${alias.value}`),
    ...termsTable(item, phrases),
    phrases.statements,
    ...statements,
  ];
  return lines.map((line) => line.replace(/\s+/gu, ' ').trim()).join('\n');
}
