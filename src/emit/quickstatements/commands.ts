// An item's plan as QuickStatements V1 command lines, columns separated by tabs.
import type { Plan, PlannedSnak, PlannedStatement } from './plan.js';

/** The subject of every command: the item's id, or LAST (the item the preceding CREATE made). */
export function subjectOf(plan: Plan): string {
  return plan.id ?? 'LAST';
}

const pairs = (snaks: readonly PlannedSnak[], prefix: 'P' | 'S'): string[] =>
  snaks.flatMap((s) => [`${prefix}${s.property.slice(1)}`, s.value]);

/**
 * One line for the statement with its qualifiers and first reference (all S pairs of a line form one
 * reference), and one more line per further reference. QuickStatements finds the statement again by its value
 * and adds the reference to it (the way OpenRefine exports several references, OpenRefine PR #2340): `!S`,
 * meant to start a new reference on the same line, still yields a single reference
 * (magnusmanske/quickstatements issue #46).
 */
export function statementLines(subject: string, statement: PlannedStatement): string[] {
  const head = [subject, statement.property, statement.value];
  const [first, ...rest] = statement.references;
  return [
    [...head, ...pairs(statement.qualifiers, 'P'), ...pairs(first ?? [], 'S')].join('\t'),
    ...rest.map((reference) => [...head, ...pairs(reference, 'S')].join('\t')),
  ];
}

/** CREATE first for a new item; then terms and sitelinks, then statements, in the plan's order. */
export function v1Lines(plan: Plan): string[] {
  const subject = subjectOf(plan);
  return [
    ...(plan.id === undefined ? ['CREATE'] : []),
    ...plan.terms.map((t) => [subject, `${t.kind}${t.code}`, `"${t.text}"`].join('\t')),
    ...plan.statements.flatMap((s) => statementLines(subject, s)),
  ];
}
