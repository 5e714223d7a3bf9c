// Turns a parsed page into an item draft: terms and statements with properties, by the profile.
import type { Diagnostic } from '../diagnostics/index.js';
import { languageCodeForName } from '../locale/index.js';
import type { ItemPage, PageStatement, PortalPage, SourceLine } from '../parse/index.js';
import type { Profile } from '../profile/index.js';
import { NO_ITEM_LABELS, type ItemLabelLookup } from '../resolve/item-labels.js';
import type { PageAddress } from '../parse/index.js';
import { Assigner } from './assign.js';
import { rowTerms } from './row-terms.js';
import { classifyValue, type ClassifiedValue, type ClassifyContext, type ValueShape } from './classify-value.js';
import type { DraftSnak, DraftStatement, DraftTerm, ItemDraft } from './draft.js';
import { layOutStatements } from './page-layout.js';
import { UnitTable } from './unit-table.js';

export interface InterpretResult {
  readonly draft: ItemDraft | null;
  readonly diagnostics: Diagnostic[];
}

export interface InterpretContext {
  readonly profile: Profile;
  readonly uiLanguage: string;
  readonly units: UnitTable;
  readonly stringPatterns: readonly RegExp[];
  /** Items a page names by label only (unresolved labels are reported, their statements not written). */
  readonly itemLabels: ItemLabelLookup;
}

export function interpretContext(profile: Profile, uiLanguage: string, itemLabels: ItemLabelLookup = NO_ITEM_LABELS): InterpretContext {
  const stringPatterns = profile.assignments
    .filter((a) => a.kind === 'string' && a.pattern !== undefined)
    .map((a) => new RegExp(a.pattern ?? '', 'u'));
  return { profile, uiLanguage, units: new UnitTable(profile), stringPatterns, itemLabels };
}

/** What the assignment rules see of a value (built field by field: a spread of several shapes is slow per value). */
function shapeOf(value: ClassifiedValue, text: string): ValueShape {
  return value.unit === undefined ? { kind: value.kind, text: text.trim() } : { kind: value.kind, unit: value.unit, text: text.trim() };
}

function terms(page: ItemPage, ctx: InterpretContext, diagnostics: Diagnostic[]): DraftTerm[] {
  const out: DraftTerm[] = [];
  for (const row of page.terms) out.push(...rowTerms(row, languageCodeForName(row.languageName, ctx.uiLanguage), diagnostics));
  // With no terms table, the title's label is the only label the page shows, in its UI language.
  if (page.terms.length === 0 && page.titleLabel !== undefined) {
    out.push({ kind: 'label', language: ctx.uiLanguage, value: page.titleLabel, span: page.titleSpan });
    if (page.description !== undefined) {
      out.push({ kind: 'description', language: ctx.uiLanguage, value: page.description, span: page.titleSpan });
    }
  } else if (page.terms.length > 0) {
    // The title shows a label and description with language fallback: one the table does not show is in a
    // language the page does not tell. Reported, not guessed, never silently dropped.
    const title = page.titleLabel;
    // A term shown by fallback carries the fallback indicator: its language's name, after a space.
    const shows = (shown: string, term: string | undefined): boolean =>
      term !== undefined &&
      (shown === term || (shown.startsWith(`${term} `) && languageCodeForName(shown.slice(term.length + 1), ctx.uiLanguage) !== null));
    if (title !== undefined && !page.terms.some((row) => shows(title, row.label))) {
      diagnostics.push({ code: 'term-unplaced', severity: 'error', span: page.titleSpan, term: 'label', value: title });
    }
    const description = page.description;
    if (description !== undefined && !page.terms.some((row) => shows(description, row.description))) {
      const span = page.descriptionSpan ?? page.titleSpan;
      diagnostics.push({ code: 'term-unplaced', severity: 'error', span, term: 'description', value: description });
    }
  }
  return out;
}

/** The UI language's aliases the heading shows, but those its terms row already gives. */
function headingAliases(page: ItemPage, ctx: InterpretContext): DraftTerm[] {
  const row = page.terms.find((r) => languageCodeForName(r.languageName, ctx.uiLanguage) === ctx.uiLanguage);
  return (page.headingAliases ?? [])
    .filter((alias) => !(row?.aliases.includes(alias.text) ?? false))
    .map((alias) => ({ kind: 'alias', language: ctx.uiLanguage, value: alias.text, span: alias.span }));
}

/** The qualifier lines of a statement not imported: each named, so that no line goes unreported. */
function dropQualifiers(lines: readonly SourceLine[], diagnostics: Diagnostic[]): void {
  for (const line of lines) diagnostics.push({ code: 'qualifier-dropped', severity: 'error', span: line.span, value: line.text.trim() });
}

/** Whether a statement's qualifier values could as well be statements of their own, run into it. */
function runsTogether(statement: PageStatement, assigner: Assigner, classify: ClassifyContext): boolean {
  return statement.qualifiers.some((line) => {
    const q = classifyValue(line, statement.section, classify);
    return 'value' in q && assigner.placesAsStatement(shapeOf(q.value, line.text));
  });
}

export function interpretItemPage(page: ItemPage, ctx: InterpretContext): InterpretResult {
  const diagnostics: Diagnostic[] = [];
  const classify: ClassifyContext = {
    uiLanguage: ctx.uiLanguage,
    units: ctx.units,
    conceptUriBase: ctx.profile.wikibase.conceptUriBase,
    stringPatterns: ctx.stringPatterns,
  };
  const assigner = new Assigner(ctx.profile);
  const statements: DraftStatement[] = [];
  const layout = layOutStatements(page, ctx.profile, classify);
  /** Kinds of values whose order was lost here (a block that may hold two statements). */
  const uncertain = new Set<string>();
  /**
   * A statement not imported: its qualifier lines are reported. Where the page names no property, those that could
   * be statements of their own (run into it by pruned references lines) may have held places among their kind, so
   * the later values of that kind lose their order.
   */
  const drop = (statement: PageStatement): void => {
    dropQualifiers(statement.qualifiers, diagnostics);
    if (statement.property !== undefined) return;
    for (const line of statement.qualifiers) {
      const q = classifyValue(line, statement.section, classify);
      if ('value' in q && assigner.placesAsStatement(shapeOf(q.value, line.text))) uncertain.add(q.value.kind);
    }
  };
  /** The property of the statement placed last (null: the block before was not placed), whose group may go on. */
  let previous: string | null = null;
  diagnostics.push(...layout.diagnostics);
  for (const statement of layout.statements) {
    const main = classifyValue(statement.value, statement.section, classify);
    const before = previous;
    previous = null;
    if ('diagnostic' in main) {
      diagnostics.push(main.diagnostic);
      if (main.holdsPlaceOf !== undefined) assigner.assign(main.holdsPlaceOf, statement.qualifiers.length > 0);
      drop(statement);
      continue;
    }
    const shape = shapeOf(main.value, statement.value.text);
    const qualified = statement.qualifiers.length > 0;
    if (statement.property === undefined && uncertain.has(shape.kind)) {
      const why = `a ${shape.kind} value before it could not be placed, so its property cannot be told`;
      diagnostics.push({ code: 'value-uncertain', severity: 'warning', span: statement.value.span, value: statement.value.text.trim(), why });
      drop(statement);
      continue;
    }
    // A property the page names (its label line) decides; the order of values only where the page names none.
    const choice = statement.property === undefined ? assigner.assign(shape, qualified) : assigner.assignNamed(statement.property, shape, qualified);
    if (choice === null && statement.property !== undefined) {
      const why = `the page names ${statement.property} for it, and no assignment of the profile places such a value there`;
      diagnostics.push({ code: 'value-uncertain', severity: 'warning', span: statement.value.span, value: statement.value.text.trim(), why });
      drop(statement);
      continue;
    }
    if (choice === null && main.value.unknownUnit !== undefined) {
      diagnostics.push({ code: 'unit-unknown', severity: 'error', span: statement.value.span, unit: main.value.unknownUnit });
      drop(statement);
      continue;
    }
    if (choice === null) {
      diagnostics.push({
        code: 'value-unassigned',
        severity: 'error',
        span: statement.value.span,
        kind: main.value.kind,
        value: statement.value.text,
      });
      drop(statement);
      continue;
    }
    if (statement.property === undefined && choice.qualifiers.length > 0 && choice.property !== before && runsTogether(statement, assigner, classify)) {
      // Values that each could be a statement of their own, after no statement of the property they would qualify:
      // one qualified statement, or several whose references lines the flattening pruned. Only the group they
      // continue (the non-euro pattern's amount in its currency, then in Euro) tells them apart; without it, report.
      const why = `it reads as one ${choice.property} statement with qualifiers or as several statements run together (pruned references lines), and no statement of ${choice.property} stands before it`;
      for (const line of [statement.value, ...statement.qualifiers]) {
        diagnostics.push({ code: 'value-uncertain', severity: 'warning', span: line.span, value: line.text.trim(), why });
        const q = classifyValue(line, statement.section, classify);
        if ('value' in q) uncertain.add(q.value.kind);
      }
      continue;
    }
    // Qualifier values carry no property name either: the statement's rule places them by kind and order.
    const placeQualifier = assigner.qualifiers(choice.qualifiers);
    const qualifiers: DraftSnak[] = [];
    const qualifierKinds: string[] = [];
    for (const line of statement.qualifiers) {
      const q = classifyValue(line, statement.section, classify);
      if ('diagnostic' in q) {
        diagnostics.push(q.diagnostic);
        continue;
      }
      qualifierKinds.push(q.value.kind);
      const placed = placeQualifier(shapeOf(q.value, line.text));
      if (placed === null) {
        diagnostics.push({ code: 'value-unassigned', severity: 'error', span: line.span, kind: `qualifier ${q.value.kind}`, value: line.text });
        // No qualifier of this statement: maybe the next statement's value, run into it, whose place is then lost.
        if (statement.property === undefined) uncertain.add(q.value.kind);
        continue;
      }
      qualifiers.push({ property: placed.property, datatype: placed.datatype, datavalue: q.value.datavalue, span: line.span });
    }
    // A statement rule's qualifiers come together (the EU KG's exchange rate and its date): values that fill only
    // some of them may be the next statement's, run into this one when the flattening pruned its references line.
    // The page cannot tell, so the block is reported, and the later values of its kinds lose their order.
    const filled = new Set(qualifiers.map((q) => q.property));
    if (qualifiers.length > 0 && statement.property === undefined && choice.qualifiers.some((r) => !r.properties.some((p) => filled.has(p)))) {
      const why = 'its qualifier values do not complete the pattern its property takes: the next statement may have run into it (a pruned references line)';
      for (const line of [statement.value, ...statement.qualifiers]) {
        diagnostics.push({ code: 'value-uncertain', severity: 'warning', span: line.span, value: line.text.trim(), why });
      }
      uncertain.add(shape.kind);
      for (const kind of qualifierKinds) uncertain.add(kind);
      continue;
    }
    if (statement.references > 0) {
      diagnostics.push({
        code: 'references-not-shown',
        severity: 'warning',
        span: statement.referencesSpan,
        count: statement.references,
      });
    }
    previous = choice.property;
    statements.push({
      property: choice.property,
      datatype: choice.datatype,
      datavalue: main.value.datavalue,
      span: statement.value.span,
      rank: choice.rank,
      qualifiers,
    });
  }
  const allTerms = [...terms(page, ctx, diagnostics), ...headingAliases(page, ctx)];
  return { draft: { id: page.id, span: page.titleSpan, terms: allTerms, statements }, diagnostics };
}

/** The language identified from a portal page's text, when its address does not say. */
export interface IdentifiedLanguage {
  readonly language: string;
  readonly confidence: number;
  readonly reliable: boolean;
}

/**
 * A portal page's summary becomes a statement of its item in its language. With no item, the page is reported
 * with the language its text is in; with an item but no language, an identified language is used only when the
 * identification is reliable.
 */
export function interpretPortalPage(
  page: PortalPage,
  address: PageAddress | null,
  ctx: InterpretContext,
  identified: IdentifiedLanguage | null = null,
): InterpretResult {
  if (address === null) {
    const language = identified === null ? {} : { language: `${identified.language}${identified.reliable ? '' : '?'}` };
    return { draft: null, diagnostics: [{ code: 'portal-unattached', severity: 'error', span: page.span, ...language }] };
  }
  const diagnostics: Diagnostic[] = [];
  let language = address.language;
  if (language === undefined) {
    if (identified === null || !identified.reliable) {
      const guess = identified === null ? {} : { guess: identified.language, confidence: identified.confidence };
      return { draft: null, diagnostics: [{ code: 'language-unidentified', severity: 'error', span: page.span, ...guess }] };
    }
    language = identified.language;
    diagnostics.push({ code: 'language-identified', severity: 'info', span: page.span, language, confidence: identified.confidence });
  }
  const property = ctx.profile.portalProperty;
  if (property === undefined) return { draft: null, diagnostics: [{ code: 'portal-unmapped', severity: 'error', span: page.span }] };
  const statement: DraftStatement = {
    property,
    datatype: ctx.profile.properties[property]?.datatype ?? 'monolingualtext',
    datavalue: { value: { text: page.text, language }, type: 'monolingualtext' },
    rank: 'normal',
    qualifiers: [],
    span: page.span,
  };
  return { draft: { id: address.id, span: page.span, terms: [], statements: [statement] }, diagnostics };
}
