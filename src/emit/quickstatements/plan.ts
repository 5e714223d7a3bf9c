// What of an item QuickStatements can write, in value syntax, shared by V1 and CSV; everything else is reported.
import type { Item, ItemId, PropertyId, Snak, SnakMap, Statement } from '../../model/index.js';
import { matchKey } from './matching.js';
import { codeProblem, type TextProblem } from './text.js';
import { snakSyntax, type ValueContext } from './values.js';

/** How one output format spells texts; `format` is the name its `format-limit` diagnostics carry. */
export interface Dialect {
  readonly format: string;
  /** A text between double quotes in a value (`"…"`, `it:"…"`). */
  readonly quotedText: (text: string) => TextProblem;
  /** A label, description, alias or sitelink title, as this format writes it. */
  readonly termText: (text: string) => TextProblem;
}

/** L label, D description, A alias, S sitelink (`code` is then the site id). */
export type TermKind = 'L' | 'D' | 'A' | 'S';

export interface PlannedTerm {
  readonly kind: TermKind;
  readonly code: string;
  readonly text: string;
}

export interface PlannedSnak {
  readonly property: PropertyId;
  readonly value: string;
}

export interface PlannedStatement extends PlannedSnak {
  /** How diagnostics name it: "the P835 #2 statement" (its place among the item's P835 statements). */
  readonly where: string;
  readonly qualifiers: readonly PlannedSnak[];
  /** Each reference's snaks, in its `snaks-order`. */
  readonly references: readonly (readonly PlannedSnak[])[];
}

export interface Plan {
  /** Undefined for an item still to be created (written as CREATE, then LAST or an empty qid). */
  readonly id: ItemId | undefined;
  /** Labels, descriptions, aliases, then sitelinks, each in the order the item stores them. */
  readonly terms: readonly PlannedTerm[];
  /** In the item's property order, each property's statements in their order. */
  readonly statements: readonly PlannedStatement[];
}

export interface PlanContext {
  readonly conceptUriBase: string;
  readonly dialect: Dialect;
  /** Receives the end of "<format> cannot express <detail>" for everything the plan leaves out or changes. */
  readonly report: (detail: string) => void;
}

const TERM_NAMES: Record<TermKind, string> = { L: 'label', D: 'description', A: 'alias', S: 'sitelink' };

export function planItem(item: Item, ctx: PlanContext): Plan {
  return { id: item.id, terms: planTerms(item, ctx), statements: planStatements(item, ctx) };
}

function planTerms(item: Item, ctx: PlanContext): PlannedTerm[] {
  const terms: PlannedTerm[] = [];
  const add = (kind: TermKind, code: string, text: string, where: string): void => {
    const problem = codeProblem(code) ?? ctx.dialect.termText(text);
    if (problem === null) terms.push({ kind, code, text });
    else ctx.report(`${problem}, in ${where}; the ${TERM_NAMES[kind]} is left out`);
  };
  for (const [lang, term] of Object.entries(item.labels ?? {})) add('L', lang, term.value, `the ${lang} label`);
  for (const [lang, term] of Object.entries(item.descriptions ?? {})) {
    add('D', lang, term.value, `the ${lang} description`);
  }
  for (const [lang, list] of Object.entries(item.aliases ?? {})) {
    list.forEach((term, i) => add('A', lang, term.value, `the ${lang} alias #${i + 1}`));
  }
  for (const [site, link] of Object.entries(item.sitelinks ?? {})) {
    const before = terms.length;
    add('S', site, link.title, `the ${site} sitelink`);
    if (terms.length > before && link.badges.length > 0) {
      ctx.report(`the badges ${link.badges.join(', ')}, in the ${site} sitelink; it is written without them`);
    }
  }
  return terms;
}

/** A snak map's snaks in its order list, then any property the list misses, each property's snaks in order. */
export function orderedSnaks(map: SnakMap, order: readonly PropertyId[] = []): Snak[] {
  const properties = [...order, ...(Object.keys(map) as PropertyId[]).filter((p) => !order.includes(p))];
  return [...new Set(properties)].flatMap((p) => map[p] ?? []);
}

function planStatements(item: Item, ctx: PlanContext): PlannedStatement[] {
  const planned: PlannedStatement[] = [];
  for (const [property, statements] of Object.entries(item.claims ?? {}) as [PropertyId, Statement[]][]) {
    const written = new Map<string, string>();
    statements.forEach((statement, i) => {
      const where = `the ${property} #${i + 1} statement`;
      const result = planStatement(property, statement, where, ctx);
      if (result === null) return;
      const key = matchKey(statement.mainsnak);
      const earlier = written.get(key);
      if (earlier !== undefined) {
        ctx.report(
          `a second ${property} statement whose value QuickStatements takes for the one of ${earlier} (it finds ` +
            `statements by value, and would add this one's qualifiers and references to that one), in ${where}; ` +
            'the statement is left out',
        );
        return;
      }
      written.set(key, where);
      planned.push(result.statement);
      for (const loss of result.losses) ctx.report(loss);
      // V1 and CSV have no rank: QuickStatements gives every statement it adds the normal rank.
      if (statement.rank !== 'normal') {
        ctx.report(`the ${statement.rank} rank, in ${where}; it is written with normal rank`);
      }
    });
  }
  return planned;
}

function planStatement(
  property: PropertyId,
  statement: Statement,
  where: string,
  ctx: PlanContext,
): { statement: PlannedStatement; losses: string[] } | null {
  // `losses` are whole details, reported only if the statement is written after all.
  const valueContext: ValueContext = { conceptUriBase: ctx.conceptUriBase, quotedText: ctx.dialect.quotedText };
  const main = snakSyntax(statement.mainsnak, valueContext);
  if ('problem' in main) {
    ctx.report(`${main.problem}, in ${where}; the statement is left out`);
    return null;
  }
  const losses = main.losses.map((l) => `${l}, in ${where}`);
  const qualifiers: PlannedSnak[] = [];
  for (const snak of orderedSnaks(statement.qualifiers ?? {}, statement['qualifiers-order'])) {
    const q = snakSyntax(snak, valueContext);
    if ('problem' in q) {
      // Without one of its qualifiers the statement would claim something else: none of it is written.
      ctx.report(`${q.problem}, in the ${snak.property} qualifier of ${where}; the statement is left out`);
      return null;
    }
    losses.push(...q.losses.map((l) => `${l}, in the ${snak.property} qualifier of ${where}`));
    qualifiers.push({ property: snak.property, value: q.text });
  }
  const references: PlannedSnak[][] = [];
  (statement.references ?? []).forEach((reference, r) => {
    const snaks = orderedSnaks(reference.snaks, reference['snaks-order']);
    if (snaks.length === 0) {
      ctx.report(`an empty reference (reference ${r + 1}), in ${where}; it is left out`);
      return;
    }
    const planned: PlannedSnak[] = [];
    const refLosses: string[] = [];
    for (const snak of snaks) {
      const s = snakSyntax(snak, valueContext);
      if ('problem' in s) {
        // Part of a reference would cite something else: the whole reference stays out, the statement stands.
        const part = `the ${snak.property} snak of reference ${r + 1} of ${where}`;
        ctx.report(`${s.problem}, in ${part}; the reference is left out`);
        return;
      }
      refLosses.push(...s.losses.map((l) => `${l}, in reference ${r + 1} of ${where}`));
      planned.push({ property: snak.property, value: s.text });
    }
    losses.push(...refLosses);
    references.push(planned);
  });
  return { statement: { property, value: main.text, where, qualifiers, references }, losses };
}
