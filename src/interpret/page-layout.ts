// Reads the layout of a seed-style page's statements (fallback indicator lines, reference values, lost references
// lines) into statements whose values can be placed, reporting the lines whose place the page does not tell.
import type { Diagnostic } from '../diagnostics/index.js';
import { languageName } from '../locale/index.js';
import type { PropertyId } from '../model/index.js';
import type { ItemPage, PageStatement, SourceLine } from '../parse/index.js';
import type { Profile, ValueKind } from '../profile/index.js';
import { weakMemo } from '../util/memo.js';
import { classifyValue, type ClassifyContext } from './classify-value.js';

/** The language Wikibase falls back to for a property label the UI language lacks: the wiki's content language. */
const FALLBACK_LANGUAGE = 'en';

/**
 * A fallback indicator line: a property's label in the fallback language and that language's name in the UI
 * language (`EU contribution Englisch`), which a non-English page shows, as plain text, before each statement
 * group, qualifier and reference snak whose property has no label in the UI language. Never a value. Gives the
 * value kind the property's values have, as the profile says (undefined: one the assignments never place).
 */
export class FallbackIndicators {
  readonly #lines = new Map<string, Indicator>();
  /**
   * The last word every line of the table ends with (the language's name), or null: most lines a page holds are
   * values (summaries of thousands of characters), and one that does not end so is none, spaced or not.
   */
  #lastWord: string | null = null;

  constructor(profile: Profile, uiLanguage: string) {
    if (uiLanguage === FALLBACK_LANGUAGE) return;
    const indicator = languageName(FALLBACK_LANGUAGE, uiLanguage);
    const placed = new Set(profile.assignments.map((a) => a.kind));
    for (const [property, definition] of Object.entries(profile.properties)) {
      const kind = definition.datatype as ValueKind;
      const line = spaced(`${definition.label} ${indicator}`);
      // A label several properties share (the EU KG's national project ids) names none of them for certain.
      const shared = this.#lines.has(line);
      this.#lines.set(line, {
        datatype: definition.datatype,
        ...(placed.has(kind) ? { kind } : {}),
        ...(shared ? {} : { property: property as PropertyId }),
      });
    }
    const lastWords = new Set([...this.#lines.keys()].map((line) => line.slice(line.lastIndexOf(' ') + 1)));
    const [only] = lastWords;
    if (lastWords.size === 1 && only !== undefined && only !== '') this.#lastWord = only;
  }

  /** Whether the line is an indicator line, and then what it tells of its property's values. */
  read(line: string): Indicator | null {
    if (this.#lines.size === 0) return null;
    // `spaced` keeps a line's last run of non-space characters as it is, at its end.
    if (this.#lastWord !== null && !line.trimEnd().endsWith(this.#lastWord)) return null;
    return this.#lines.get(spaced(line)) ?? null;
  }
}

export interface Indicator {
  readonly datatype: string;
  /** The property the line names (absent when its label is several properties'). */
  readonly property?: PropertyId;
  /** The kind the profile's assignments place, absent when they place none of this datatype (items, ids). */
  readonly kind?: ValueKind;
}

/** Datatypes whose values Wikibase shows as links, which the flattening prunes. */
const LINKED: ReadonlySet<string> = new Set(['wikibase-item', 'wikibase-property', 'wikibase-lexeme', 'wikibase-form', 'wikibase-sense', 'commonsMedia', 'url', 'geo-shape', 'tabular-data']);

const spaced = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/**
 * A profile's indicator tables, one per UI language, built on first use: the same for every page of that language
 * (building one asks ICU for a language name and walks every property: a few percent of a run when done per page).
 */
const indicatorsFor = weakMemo('interpret.fallback-indicators', (profile: Profile) => {
  const byLanguage = new Map<string, FallbackIndicators>();
  return (uiLanguage: string): FallbackIndicators => {
    let table = byLanguage.get(uiLanguage);
    if (table === undefined) byLanguage.set(uiLanguage, (table = new FallbackIndicators(profile, uiLanguage)));
    return table;
  };
});

/** The kinds of values any qualifier rule of the profile places. */
function qualifierKinds(profile: Profile): (kind: ValueKind, unit: string | undefined) => boolean {
  const rules = profile.assignments.flatMap((a) => a.qualifiers);
  return (kind, unit) => rules.some((r) => r.kind === kind && (r.units === undefined || (unit !== undefined && r.units.includes(unit as never))));
}

export interface StatementLayout {
  readonly statements: PageStatement[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Lays out a page's statements. Between two references lines stand, in order: the values of the previous
 * statement's references (when it has any), the next statement's value and its qualifier values; the flattening
 * may also have dropped a references line (then two statements share one) or a whole statement. So:
 * - fallback indicator lines are dropped; one followed by no value marks a statement or snak the flattening
 *   pruned, which held a place among the values of its kind;
 * - after a references line with a count, a single value is the next statement's; several cannot be told apart
 *   (reference values, the statement, its qualifiers), so they are reported, not imported;
 * - a value no qualifier rule of the profile places starts a new statement (the previous one lost its
 *   references line);
 * - once a value of some kind could not be placed, the later values of that kind are reported too: the order that
 *   gives them their properties is lost.
 */
export function layOutStatements(page: ItemPage, profile: Profile, classify: ClassifyContext): StatementLayout {
  const indicators = indicatorsFor(profile)(page.uiLanguage);
  const isQualifier = qualifierKinds(profile);
  const qualifierProperties = new Set<string>(profile.assignments.flatMap((a) => a.qualifiers.flatMap((q) => q.properties)));
  const statements: PageStatement[] = [];
  const diagnostics: Diagnostic[] = [];
  /** Kinds whose order was lost; null kind: every kind. */
  const uncertain = new Set<ValueKind | null>();
  let previousReferences = 0;
  /** The value lines right after an indicator line: they are values of its property. */
  const propertyOf = new Map<SourceLine, Indicator>();
  /** The property of the statement group read last, as its indicator told (a group's later statements have none). */
  let group: Indicator | null = null;
  const kindOf = (line: SourceLine, section: PageStatement['section']): { kind: ValueKind; unit?: string } | null => {
    const c = classifyValue(line, section, classify);
    if ('value' in c) return c.value.unit === undefined ? { kind: c.value.kind } : { kind: c.value.kind, unit: c.value.unit };
    return c.holdsPlaceOf === undefined ? null : { kind: c.holdsPlaceOf.kind };
  };
  const report = (line: SourceLine, why: string): void => {
    diagnostics.push({ code: 'value-uncertain', severity: 'warning', span: line.span, value: line.text.trim(), why });
  };

  for (const statement of page.statements) {
    const lines = [statement.value, ...statement.qualifiers];
    const values: SourceLine[] = [];
    let indicated = false;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as SourceLine;
      const indicator = indicators.read(line.text);
      if (indicator === null) {
        const before = lines[i - 1];
        const own = before === undefined ? null : indicators.read(before.text);
        // A property whose values are links never owns the line after its label: its value was pruned.
        if (own !== null && !LINKED.has(own.datatype)) propertyOf.set(line, own);
        values.push(line);
        continue;
      }
      indicated = true;
      diagnostics.push({ code: 'line-skipped', severity: 'info', span: line.span, as: 'a property label with its fallback indicator' });
      const next = lines[i + 1];
      const valueless = next === undefined || indicators.read(next.text) !== null;
      if (valueless) {
        // Nothing of this property's is left: a pruned statement (or snak), which held a place among its kind.
        if (indicator.kind !== undefined) uncertain.add(indicator.kind);
      }
      // A block that opens with the label of a property whose values are gone (pruned links): the group read last
      // is over, and the values after it name no group for certain.
      if (i === 0 && (valueless || LINKED.has(indicator.datatype))) group = null;
    }
    if (values.length === 0) {
      // A references line with nothing before it: a statement pruned whole but for that line (its kind unknown
      // unless an indicator line told it).
      if (!indicated) uncertain.add(null);
      previousReferences = statement.references;
      continue;
    }
    const afterReferences = previousReferences > 0;
    previousReferences = statement.references;
    if (afterReferences && values.length > 1) {
      for (const line of values) {
        const shape = kindOf(line, statement.section);
        if (shape !== null) uncertain.add(shape.kind);
        report(line, 'after a references line, the values of those references and of the next statement cannot be told apart');
      }
      group = null;
      continue;
    }
    // A value no qualifier rule places starts a new statement: the one before it lost its references line.
    let current: SourceLine[] = [];
    const groups: SourceLine[][] = [];
    for (const line of values) {
      const shape = current.length === 0 ? null : kindOf(line, statement.section);
      // A value under the label line of a property no qualifier rule has starts a statement of its own.
      const named = current.length === 0 ? undefined : propertyOf.get(line)?.property;
      if ((shape !== null && !isQualifier(shape.kind, shape.unit)) || (named !== undefined && !qualifierProperties.has(named))) {
        groups.push(current);
        current = [];
      }
      current.push(line);
    }
    groups.push(current);
    groups.forEach((lines, g) => {
      const [value, ...qualifiers] = lines as [SourceLine, ...SourceLine[]];
      group = propertyOf.get(value) ?? group;
      if (group !== null && group.kind === undefined) {
        // Under a property whose values no rule places (an id, say): never read as some other property's value.
        const { datatype } = group;
        for (const line of lines) diagnostics.push({ code: 'value-unassigned', severity: 'error', span: line.span, kind: datatype, value: line.text.trim() });
        return;
      }
      // Classified here only once some order is lost (most pages: never), the interpreter classifies it anyway.
      const shape = uncertain.size === 0 ? null : kindOf(value, statement.section);
      if (shape !== null && (uncertain.has(null) || uncertain.has(shape.kind))) {
        for (const line of lines) report(line, `a ${shape.kind} value before it could not be placed, so its property cannot be told`);
        return;
      }
      const last = g === groups.length - 1;
      // The page names the value's property: its label line stands before it, or before its group's first value
      // (a group's other values follow their references lines unlabelled).
      const named = group?.property;
      statements.push({
        section: statement.section,
        value,
        qualifiers,
        // A statement that lost its references line: its count is unknown, and none of its references are read.
        references: last ? statement.references : 0,
        referencesSpan: last ? statement.referencesSpan : value.span,
        ...(named === undefined ? {} : { property: named }),
      });
    });
  }
  return { statements, diagnostics };
}
