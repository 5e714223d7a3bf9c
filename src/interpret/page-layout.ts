// Reads the layout of a seed-style page's statements (fallback indicator lines, reference values, lost references
// lines) into statements whose values can be placed, reporting the lines whose place the page does not tell.
import type { Diagnostic } from '../diagnostics/index.js';
import { languageName } from '../locale/index.js';
import type { ItemPage, PageStatement, SourceLine } from '../parse/index.js';
import type { Profile, ValueKind } from '../profile/index.js';
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

  constructor(profile: Profile, uiLanguage: string) {
    if (uiLanguage === FALLBACK_LANGUAGE) return;
    const indicator = languageName(FALLBACK_LANGUAGE, uiLanguage);
    const placed = new Set(profile.assignments.map((a) => a.kind));
    for (const definition of Object.values(profile.properties)) {
      const kind = definition.datatype as ValueKind;
      this.#lines.set(spaced(`${definition.label} ${indicator}`), {
        datatype: definition.datatype,
        ...(placed.has(kind) ? { kind } : {}),
      });
    }
  }

  /** Whether the line is an indicator line, and then what it tells of its property's values. */
  read(line: string): Indicator | null {
    if (this.#lines.size === 0) return null;
    return this.#lines.get(spaced(line)) ?? null;
  }
}

export interface Indicator {
  readonly datatype: string;
  /** The kind the profile's assignments place, absent when they place none of this datatype (items, ids). */
  readonly kind?: ValueKind;
}

/** Datatypes whose values Wikibase shows as links, which the flattening prunes. */
const LINKED: ReadonlySet<string> = new Set(['wikibase-item', 'wikibase-property', 'wikibase-lexeme', 'wikibase-form', 'wikibase-sense', 'commonsMedia', 'url', 'geo-shape', 'tabular-data']);

const spaced = (text: string): string => text.replace(/\s+/gu, ' ').trim();

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
  const indicators = new FallbackIndicators(profile, page.uiLanguage);
  const isQualifier = qualifierKinds(profile);
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
      if (next === undefined || indicators.read(next.text) !== null) {
        // Nothing of this property's is left: a pruned statement (or snak), which held a place among its kind.
        if (indicator.kind !== undefined) uncertain.add(indicator.kind);
      }
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
      if (shape !== null && !isQualifier(shape.kind, shape.unit)) {
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
      statements.push({
        section: statement.section,
        value,
        qualifiers,
        // A statement that lost its references line: its count is unknown, and none of its references are read.
        references: last ? statement.references : 0,
        referencesSpan: last ? statement.referencesSpan : value.span,
      });
    });
  }
  return { statements, diagnostics };
}
